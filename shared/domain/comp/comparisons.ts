import { labels } from '../../questions';
import type { CompComparison, CompInput, MoneyRange } from './advice';
import type { CompData } from './comp-data';
import { applyPercent } from './format';
import { findBlsMetro, findBlsState, findMetroLevelRows } from './match';
import { sourceRef } from './source-ref';

type Level = NonNullable<CompInput['level']>;

/** The salary guide's reading of BLS percentiles by level (entry 0-2 years ... staff 10+). */
export const LEVEL_PERCENTILES: Record<Level, [10 | 25 | 50 | 75, 25 | 50 | 75 | 90]> = {
  junior: [10, 25],
  mid: [25, 50],
  senior: [50, 75],
  lead: [75, 90],
};

const levelWord = (level: Level) => labels.level[level].toLowerCase();

function blsLevel(data: CompData, level: Level): CompComparison | null {
  const [lowP, highP] = LEVEL_PERCENTILES[level];
  const low = data.blsPercentiles.find((p) => p.percentile === lowP);
  const high = data.blsPercentiles.find((p) => p.percentile === highP);
  if (!low || !high) return null;
  return {
    label: `BLS, ${levelWord(level)} (${lowP}th-${highP}th percentile)`,
    range: { min: low.annual, max: high.annual },
    median: null,
    note: 'All U.S. software developers, every archetype; the salary guide reads this span of percentiles as the level.',
    source: sourceRef(data, low.updated >= high.updated ? low : high),
  };
}

function levelRange(data: CompData, guide: 'hiring-guide' | 'jd-guide', level: Level): CompComparison | null {
  const exact = data.levelRanges.find((r) => r.guide === guide && r.level === level);
  // The hiring guide stops at senior (7+ years): a lead is compared with its top row.
  const row =
    exact ??
    (level === 'lead' ? data.levelRanges.find((r) => r.guide === guide && r.level === 'senior') : undefined);
  if (!row) return null;
  const name = guide === 'hiring-guide' ? 'Hiring guide' : 'JD guide, national';
  const notes = [
    guide === 'hiring-guide'
      ? 'Aggregates Glassdoor, PayScale and Built In.'
      : 'From Glassdoor, the Stack Overflow survey and Robert Half.',
    exact ? '' : 'The guide has no lead level; this is its senior row.',
    row.openEnded ? 'The top is open-ended.' : '',
  ];
  return {
    label: `${name}: ${row.label}`,
    range: { min: row.min, max: row.max },
    median: row.median,
    note: notes.filter(Boolean).join(' '),
    source: sourceRef(data, row),
  };
}

function metroLevel(
  input: CompInput,
  data: CompData,
  level: Level,
  matched: ReadonlySet<string>,
): CompComparison | null {
  const rows = findMetroLevelRows(input, data, matched);
  const wanted = level === 'lead' ? 'senior' : level;
  const row = rows.find((r) => r.level === wanted);
  if (!row) return null;
  return {
    label: `JD guide, ${row.label}`,
    range: { min: row.min, max: row.max },
    median: null,
    note:
      level === 'lead'
        ? 'The metro table stops at senior; this is its senior row.'
        : "The guide's range for this metro and level.",
    source: sourceRef(data, row),
  };
}

/**
 * Other sources' views of the same role, for the side-by-side table: what matches the level,
 * the place and the work mode, then the generic-posting benchmarks and national averages.
 * `matched` is the role's `matchedPlaceIds`.
 */
export function compareWith(
  input: CompInput,
  data: CompData,
  band: MoneyRange | null,
  matched: ReadonlySet<string>,
): CompComparison[] {
  const out: (CompComparison | null)[] = [];
  const level = input.level;
  if (level) {
    out.push(levelRange(data, 'hiring-guide', level));
    out.push(levelRange(data, 'jd-guide', level));
    out.push(metroLevel(input, data, level, matched));
    out.push(blsLevel(data, level));
  }
  const state = findBlsState(input, data);
  if (state)
    out.push({
      label: `BLS, ${state.state}`,
      range: null,
      median: state.annual,
      note: "A top-paying state for software developers; the figure is the state's annual average across every level.",
      source: sourceRef(data, state),
    });
  const metro = findBlsMetro(input, data, matched);
  if (metro)
    out.push({
      label: `BLS, ${metro.metro}`,
      range: null,
      median: metro.annual,
      note: 'Annual mean wage in this metro, across every level (shown in the median column).',
      source: sourceRef(data, metro),
    });
  if (input.archetype === 'platform' && (level === 'mid' || level === 'senior')) {
    const span = data.bands.find((b) => b.archetype === 'platform' && b.variant === 'span');
    if (span)
      out.push({
        label: `KORE1: ${span.label}`,
        range: { min: span.min, max: span.max },
        median: null,
        note: 'KORE1 also gives one span for platform work from mid to senior.',
        source: sourceRef(data, span),
      });
  }
  if (input.workMode === 'remote' && band) {
    const remote = data.modifiers.find((m) => m.id === 'mod-remote');
    if (remote)
      out.push({
        label: `Remote: ${remote.min}% to ${remote.max}% (Arc.dev)`,
        range: applyPercent(band, remote.min, remote.max),
        median: null,
        note: 'Arc.dev finds remote engineers paid 10-15% under the national average; this is the recommended band with that discount, shown for reference and not applied.',
        source: sourceRef(data, remote),
      });
  }
  for (const b of data.benchmarks) {
    const kind =
      b.stat === 'total-comp'
        ? 'total compensation'
        : b.stat === 'average'
          ? 'national average, all levels'
          : b.stat === 'range'
            ? 'range'
            : 'typical pay';
    out.push({
      label: `${b.label} (${kind})`,
      range: b.min !== null && b.max !== null ? { min: b.min, max: b.max } : null,
      median: b.value,
      note: b.note,
      source: sourceRef(data, b),
    });
  }
  return out.filter((c): c is CompComparison => c !== null);
}
