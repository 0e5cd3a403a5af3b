import type { CompInput, CompWarning, MoneyRange } from './advice';
import type { CompData } from './comp-data';
import { formatRange, formatUsd } from './format';
import { sourceRef } from './source-ref';

type Level = NonNullable<CompInput['level']>;

export interface Ceiling {
  max: number;
  label: string;
  row: Parameters<typeof sourceRef>[1];
}

const named = (data: CompData, row: Ceiling['row'] & { label: string }) =>
  `${sourceRef(data, row).label}: ${row.label}`;

/**
 * The highest base pay any source in the data gives for this level: KORE1's bands (coastal
 * quotes included), both guides' level rows and the JD guide's metro rows. Modifiers that
 * compound past it produce a figure no source supports.
 */
export function highestSupported(data: CompData, level: Level, extra: Ceiling[] = []): Ceiling | null {
  const candidates: Ceiling[] = [
    ...extra,
    ...data.bands
      .filter((b) => b.levels.includes(level))
      .map((b) => ({ max: b.max, label: named(data, b), row: b })),
    ...data.levelRanges
      .filter((r) => r.level === level)
      .map((r) => ({ max: r.max, label: named(data, r), row: r })),
    ...data.metroLevelRanges
      .filter((r) => r.level === level)
      .map((r) => ({ max: r.max, label: named(data, r), row: r })),
  ];
  let best: Ceiling | null = null;
  for (const c of candidates) if (!best || c.max > best.max) best = c;
  return best;
}

/**
 * Warns when compounded modifiers carry the band's top past the highest figure any source
 * gives for the level. It warns rather than caps: the domain's own chains (the senior API
 * offer on the coast, then regulated, then specialty) can end a little above every quoted
 * range, and the derivation above the warning shows each step that got there.
 */
export function aboveSources(
  data: CompData,
  level: Level,
  band: MoneyRange,
  extra: Ceiling[] = [],
): CompWarning | null {
  const ceiling = highestSupported(data, level, extra);
  if (!ceiling || band.max <= ceiling.max) return null;
  return {
    id: 'band-above-sources',
    severity: 'warning',
    message: `The premiums compound to ${formatRange(band)}, and no source supports a top that high for this level: the highest figure in the data is ${formatUsd(ceiling.max)} (${ceiling.label}). Treat the band above ${formatUsd(ceiling.max)} as unsupported, and post above it only with a reason you can state.`,
  };
}
