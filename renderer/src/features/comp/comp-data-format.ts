import type { CompRow, CompTableName } from '../../../../shared/domain/comp/comp-data';
import { compTables } from '../../../../shared/domain/comp/comp-data';
import { formatPercentRange, formatRange, formatUsd } from '../../../../shared/domain/comp/format';

/** The kinds of comp data rows, in the order the settings screen shows them. */
export const COMP_TABLES: { table: CompTableName; title: string; description: string }[] = [
  {
    table: 'bands',
    title: 'Bands',
    description:
      'Base pay by archetype and level (25th to 75th percentile), the coastal quotes, and a span shown for comparison.',
  },
  {
    table: 'modifiers',
    title: 'Modifiers',
    description:
      'Premiums the advisor applies step by step, the remote discount it shows, and others for reference.',
  },
  {
    table: 'benchmarks',
    title: 'Benchmarks',
    description: 'What public sources report for a generic backend posting.',
  },
  { table: 'blsPercentiles', title: 'BLS percentiles', description: 'National pay of software developers.' },
  { table: 'blsStates', title: 'BLS states', description: 'The ten best-paying states.' },
  { table: 'blsMetros', title: 'BLS metros', description: 'The ten best-paying metros, annual mean wage.' },
  { table: 'levelRanges', title: 'Level ranges', description: 'Ranges by level from two other guides.' },
  {
    table: 'metroLevelRanges',
    title: 'Metro ranges',
    description: 'The JD guide’s ranges by metro and level.',
  },
  {
    table: 'timeToFill',
    title: 'Time to fill',
    description: 'Days from opening the req to an accepted offer.',
  },
  {
    table: 'figures',
    title: 'Other figures',
    description: 'Cost of a hire, ramp, total pay and the job market.',
  },
];

const FIELD_LABEL: Record<string, string> = {
  min: 'Minimum',
  max: 'Maximum',
  value: 'Value',
  annual: 'Annual',
  hourly: 'Hourly',
  median: 'Median',
  minDays: 'Fewest days',
  maxDays: 'Most days',
};

type Loose = Record<string, unknown>;
const num = (row: Loose, field: string) => (typeof row[field] === 'number' ? (row[field] as number) : null);

/** The unit of a row's figures, for labels and formatting. */
export function unitOf(
  table: CompTableName,
  row: CompRow,
): 'usd' | 'percent' | 'days' | 'count' | 'multiple' {
  if (table === 'timeToFill') return 'days';
  if (table === 'modifiers' || table === 'figures') return (row as Loose).unit as 'usd';
  return 'usd';
}

/** The figures a user may edit on this row: those it has, plus a median that may be left empty. */
export function editableFields(
  table: CompTableName,
  row: CompRow,
): { field: string; label: string; optional: boolean }[] {
  const record = row as unknown as Loose;
  const unit = unitOf(table, row);
  const suffix = unit === 'percent' ? ' (%)' : unit === 'usd' ? ' ($)' : '';
  return compTables[table].fields
    .filter((f) => f in record && (record[f] !== null || (table === 'levelRanges' && f === 'median')))
    .map((field) => ({
      field,
      label: `${FIELD_LABEL[field] ?? field}${field === 'hourly' ? ' ($/hour)' : field.endsWith('Days') ? '' : suffix}`,
      optional: table === 'levelRanges' && field === 'median',
    }));
}

function unitRange(unit: ReturnType<typeof unitOf>, min: number, max: number): string {
  switch (unit) {
    case 'usd':
      return formatRange({ min, max });
    case 'percent':
      return min === max ? `${min}%` : `${min}% to ${max}%`;
    case 'days':
      return min === max ? `${min} days` : `${min}-${max} days`;
    case 'count':
      return min === max
        ? min.toLocaleString('en-US')
        : `${min.toLocaleString('en-US')}-${max.toLocaleString('en-US')}`;
    case 'multiple':
      return min === max ? `${min}x` : `${min}-${max}x`;
  }
}

/** The row's figures as one line: "$115K-$145K", "+15% to +22%", "$79,850 ($38.39 an hour)". */
export function figureText(table: CompTableName, row: CompRow, overrides: Loose = {}): string {
  const r = { ...(row as unknown as Loose), ...overrides };
  const min = num(r, 'min');
  const max = num(r, 'max');
  switch (table) {
    case 'modifiers':
      if (min === null || max === null) return '';
      return r.unit === 'percent' ? formatPercentRange(min, max) : `+${formatUsd(min)} to +${formatUsd(max)}`;
    case 'benchmarks': {
      const value = num(r, 'value');
      if (value !== null) return formatUsd(value);
      return min !== null && max !== null ? formatRange({ min, max }) : '';
    }
    case 'blsPercentiles':
      return `${formatUsd(num(r, 'annual') ?? 0)} ($${num(r, 'hourly')} an hour)`;
    case 'blsStates':
    case 'blsMetros':
      return formatUsd(num(r, 'annual') ?? 0);
    case 'levelRanges': {
      const median = num(r, 'median');
      const range =
        min !== null && max !== null ? `${formatRange({ min, max })}${r.openEnded ? '+' : ''}` : '';
      return median !== null ? `${range}, median ${formatUsd(median)}` : range;
    }
    case 'timeToFill':
      return unitRange('days', num(r, 'minDays') ?? 0, num(r, 'maxDays') ?? 0);
    default:
      return min !== null && max !== null ? unitRange(unitOf(table, row), min, max) : '';
  }
}

/** Today on the user's own calendar, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
