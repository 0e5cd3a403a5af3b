import type { RoleSpec } from '../../roles';

/**
 * What the comp advisor answers for a role spec. The renderer's side panel, the CLI
 * (`reqdesk comp`) and later the JD checks read this one shape.
 */

/** Where a figure comes from: shown beside every figure the user sees. */
export interface CompSourceRef {
  /** Id of a row in the comp data's `sources` table. */
  sourceId: string;
  /** "KORE1 backend JD template", "BLS OES (SOC 15-1252)"... */
  label: string;
  /** The year the figure describes, e.g. 2026. */
  year: number;
  /** When this row of the data was last updated (YYYY-MM-DD); user edits move it. */
  updated: string;
}

export interface MoneyRange {
  min: number;
  max: number;
}

/** One step of the derivation: the base band, then each modifier and what it did. */
export interface DerivationStep {
  id: 'base' | 'coastal' | 'regulated-industry' | 'senior-specialty' | 'regulated-data' | 'remote';
  /** "Base band: data-intensive, senior", "Coastal metro (Boston): +15% to +22%". */
  label: string;
  /** One sentence on why this step applies. */
  detail: string;
  /** The band after this step. */
  band: MoneyRange;
  source: CompSourceRef;
}

/** Another source's view of the same role, for side-by-side comparison. */
export interface CompComparison {
  label: string;
  range: MoneyRange | null;
  median: number | null;
  note: string;
  source: CompSourceRef;
}

export interface CompWarning {
  id:
    | 'pay-missing'
    | 'pay-below-band'
    | 'pay-above-band'
    | 'pay-partial'
    | 'pay-other-currency'
    | 'no-band-for-level'
    | 'band-above-sources';
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** A cost of the hire in dollars, with the percentages it was worked out with and their source. */
export interface CostEstimate extends MoneyRange {
  /** Whether the dollars start from the posted range or the recommended band. */
  basis: 'posted' | 'recommended';
  /** The low and high percentage applied, as the comp data row has them (e.g. 20 and 30). */
  percent: { min: number; max: number };
  source: CompSourceRef;
}

export interface TimeToFill {
  /** Expected calendar days from open req to accepted offer. */
  minDays: number;
  maxDays: number;
  /** True when the source gives only a floor ("runs past 60 days"): shown as "60+ days". */
  openEnded: boolean;
  /** One sentence a recruiter can read to the hiring manager. */
  summary: string;
  source: CompSourceRef;
}

export interface CompAdvice {
  /** The fields the advisor still needs before it can recommend (e.g. ['archetype', 'level']). */
  missing: ('archetype' | 'level')[];
  /** The recommended band, USD base, after every modifier; null while `missing` is not empty. */
  band: MoneyRange | null;
  steps: DerivationStep[];
  comparisons: CompComparison[];
  warnings: CompWarning[];
  /** Salary plus the total-cost percentage (benefits, payroll taxes, overhead), from the posted range or the band. */
  totalCost: CostEstimate | null;
  /** Direct-hire agency fee: the fee percentage of first-year salary. */
  agencyFee: CostEstimate | null;
  timeToFill: TimeToFill | null;
}

/** The part of a role spec the advisor reads. */
export type CompInput = Pick<
  RoleSpec,
  'archetype' | 'level' | 'engagement' | 'industry' | 'workMode' | 'city' | 'state' | 'metro' | 'pay'
> & {
  /** Senior specialty (distributed systems, payments/ledger, shipped AI features): +10-15%. */
  specialty?: boolean;
};

/** The advisor's input from a role spec: one place, so the intake and a stored role get the same advice. */
export function compInputOf(spec: RoleSpec): CompInput {
  const { archetype, level, engagement, industry, workMode, city, state, metro, pay, specialty } = spec;
  return { archetype, level, engagement, industry, workMode, city, state, metro, pay, specialty };
}

/** An advisor input with nothing known but what is given: for ad-hoc advice and tests. */
export function compInput(given: Partial<CompInput> = {}): CompInput {
  return {
    archetype: null,
    level: null,
    engagement: null,
    industry: null,
    workMode: null,
    city: '',
    state: '',
    metro: '',
    pay: { min: null, max: null, currency: 'USD' },
    ...given,
  };
}
