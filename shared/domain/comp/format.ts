import type { CompSourceRef, CostEstimate, MoneyRange } from './advice';

/** $178K for whole thousands, $79,850 otherwise. */
export function formatUsd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (abs % 1000 === 0 && abs >= 1000) return `${sign}$${abs / 1000}K`;
  return `${sign}$${abs.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/** $155K-$200K, or a single figure when both ends agree. */
export function formatRange(range: MoneyRange): string {
  return range.min === range.max ? formatUsd(range.min) : `${formatUsd(range.min)}-${formatUsd(range.max)}`;
}

/** +15% to +22%, or -15% to -10%. */
export function formatPercentRange(min: number, max: number): string {
  const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;
  return min === max ? signed(min) : `${signed(min)} to ${signed(max)}`;
}

/** Rounds to the nearest $1,000; a half rounds up. */
export function roundToThousand(amount: number): number {
  return Math.round(amount / 1000) * 1000;
}

/** The band moved by `low`% at its low end and `high`% at its high end, each rounded to $1,000. */
export function applyPercent(band: MoneyRange, low: number, high: number): MoneyRange {
  return {
    min: roundToThousand((band.min * (100 + low)) / 100),
    max: roundToThousand((band.max * (100 + high)) / 100),
  };
}

/** 20-30%, or 15% when both ends agree. */
export function formatPercentSpan(min: number, max: number): string {
  return min === max ? `${min}%` : `${min}-${max}%`;
}

/** The line shown under a figure: its source and the year the figure describes. */
export function sourceLine(source: CompSourceRef): string {
  return `${source.label}, ${source.year}`;
}

/** What a cost line of the advisor means, with the percentages the advice was worked out with. */
export function costNote(kind: 'totalCost' | 'agencyFee', cost: CostEstimate): string {
  const basis = cost.basis === 'posted' ? 'posted range' : 'recommended band';
  const percent = formatPercentSpan(cost.percent.min, cost.percent.max);
  return kind === 'totalCost'
    ? `salary plus ${percent} for benefits, payroll taxes and overhead (${basis})`
    : `${percent} of first-year salary (${basis})`;
}

/** "60 days" when both ends agree, else "45-60 days": never "60-60 days". */
export function formatDays(minDays: number, maxDays: number, openEnded = false): string {
  if (openEnded) return `${minDays}+ days`;
  return minDays === maxDays ? `${minDays} days` : `${minDays}-${maxDays} days`;
}
