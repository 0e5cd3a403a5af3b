import { labels } from '../../questions';
import { roleLabels } from '../../role-labels';
import type { CompAdvice, CompInput, CompWarning, DerivationStep, MoneyRange, TimeToFill } from './advice';
import { aboveSources, type Ceiling } from './ceiling';
import type { CompBand, CompData, CompModifier, CompTimeToFill } from './comp-data';
import { compareWith } from './comparisons';
import {
  applyPercent,
  formatDays,
  formatPercentRange,
  formatRange,
  formatUsd,
  roundToThousand,
} from './format';
import { findCoastalMetro, matchedPlaceIds } from './match';
import { sourceRef } from './source-ref';

/**
 * The comp advisor: from the part of a role spec it reads and the comp dataset, the
 * recommended band with every step that led to it, other sources beside it, warnings about
 * the posted range, cost of the hire and expected time to fill. Pure: no I/O, same answer
 * for the same input.
 *
 * Arithmetic, the same at every step:
 * - A percentage modifier "+A% to +B%" moves the band's low end by A% and its high end by B%
 *   (so the band widens: the cautious premium at the bottom, the generous one at the top).
 *   A dollar modifier "+$X to +$Y" adds X to the low end and Y to the high end.
 * - Each step's band is rounded to the nearest $1,000 (a half rounds up), and the next step
 *   starts from that rounded band, so each line of the derivation can be redone by hand.
 *
 * Double counting, decided here:
 * - Coastal, one rule for every archetype: where KORE1 quotes a coastal band (API/services
 *   mid $135K-$165K, the senior API offer $175K-$215K), the lift that quote gives each end of
 *   the base band at that level applies to every archetype (see coastalStep); elsewhere the
 *   +15-22%. The percentage is never added on top of a quote, which would count the coast twice.
 * - Compounded premiums that pass every figure the sources give for the level are flagged
 *   (band-above-sources), not silently shown.
 * - Regulated industry and regulated data-intensive: both fire on the same fact (a financial
 *   services or healthcare employer). For the data-intensive archetype the +$20K-$35K is that
 *   premium in the form KORE1 gives for this archetype, so it replaces the +8-15% instead of
 *   stacking on it. The step comes last, as the domain file orders it.
 * - Coastal, then regulated industry, then senior specialty do compound: KORE1 chains them
 *   that way for the senior API offer ($175K-$215K coastal, then +8-15%, then +10-15%).
 * - Remote: Arc.dev's 10-15% lower average is shown as a comparison, never applied; and a
 *   remote role gets no coastal premium, since the hire need not live in that metro.
 */

export const REGULATED_INDUSTRIES: readonly NonNullable<CompInput['industry']>[] = [
  'financial-services',
  'healthcare',
];
/** A posted minimum more than this far under the band's floor is flagged as below the band. */
export const BELOW_BAND_TOLERANCE = 0.1;

const ID = {
  coastal: 'mod-coastal',
  regulated: 'mod-regulated-industry',
  specialty: 'mod-senior-specialty',
  regulatedData: 'mod-regulated-data',
  totalCost: 'fig-total-cost',
  agencyFee: 'fig-agency-fee',
} as const;

function modifier(data: CompData, id: string): CompModifier {
  const found = data.modifiers.find((m) => m.id === id);
  if (!found) throw new Error(`The comp data has no modifier ${id}.`);
  return found;
}

function percentArithmetic(from: MoneyRange, mod: CompModifier, to: MoneyRange): string {
  const end = (value: number, pct: number, result: number) =>
    `${formatUsd(value)} x ${(100 + pct) / 100} = ${formatUsd((value * (100 + pct)) / 100)}, rounded to ${formatUsd(result)}`;
  return `low end ${mod.min > 0 ? '+' : ''}${mod.min}% (${end(from.min, mod.min, to.min)}), high end ${mod.max > 0 ? '+' : ''}${mod.max}% (${end(from.max, mod.max, to.max)})`;
}

function percentStep(
  data: CompData,
  id: DerivationStep['id'],
  label: string,
  why: string,
  from: MoneyRange,
  mod: CompModifier,
): DerivationStep {
  const band = applyPercent(from, mod.min, mod.max);
  return {
    id,
    label: `${label}: ${formatPercentRange(mod.min, mod.max)}`,
    detail: `${why} Applied as: ${percentArithmetic(from, mod, band)}.`,
    band,
    source: sourceRef(data, mod),
  };
}

interface Derivation {
  band: MoneyRange;
  steps: DerivationStep[];
  warnings: CompWarning[];
}

function baseBand(
  data: CompData,
  archetype: NonNullable<CompInput['archetype']>,
  level: NonNullable<CompInput['level']>,
): { step: DerivationStep; warning: CompWarning | null } {
  const who = `${labels.archetype[archetype]}, ${labels.level[level].toLowerCase()}`;
  if (level === 'junior') {
    // KORE1's archetype bands start at mid. The junior base is BLS entry level (the salary
    // guide maps 0-2 years to the 10th-25th percentile): national, all software developers,
    // so it is the same for every archetype and the modifiers then apply as for any level.
    const p10 = data.blsPercentiles.find((p) => p.percentile === 10);
    const p25 = data.blsPercentiles.find((p) => p.percentile === 25);
    if (!p10 || !p25) throw new Error('The comp data has no BLS 10th and 25th percentiles.');
    const newer = p10.updated >= p25.updated ? p10 : p25;
    const band = { min: roundToThousand(p10.annual), max: roundToThousand(p25.annual) };
    return {
      step: {
        id: 'base',
        label: `Base band: ${who}`,
        detail: `KORE1 gives archetype bands from mid level up only, so the junior base is the BLS entry-level span instead: the 10th to 25th percentile for software developers (${formatUsd(p10.annual)}-${formatUsd(p25.annual)}, ${p10.year}), rounded to ${formatRange(band)}. It is national and the same for every archetype.`,
        band,
        source: sourceRef(data, newer),
      },
      warning: {
        id: 'no-band-for-level',
        severity: 'info',
        message:
          'KORE1 has no junior band for any archetype; the base comes from BLS entry-level pay (10th-25th percentile) instead. Check it against the junior ranges of the other guides below.',
      },
    };
  }
  const row = data.bands.find(
    (b) => b.archetype === archetype && b.variant === 'base' && b.levels.includes(level),
  );
  if (!row) throw new Error(`The comp data has no ${archetype} band for ${level}.`);
  const band = { min: roundToThousand(row.min), max: roundToThousand(row.max) };
  return {
    step: {
      id: 'base',
      label: `Base band: ${who}`,
      detail: `KORE1's band for this archetype and level, the 25th to 75th percentile of base pay outside the coastal metros: ${formatRange(band)}.`,
      band,
      source: sourceRef(data, row),
    },
    warning: null,
  };
}

/**
 * One coastal rule for every archetype. Where KORE1 quotes a coastal band for a level (API
 * mid, the senior API offer), that quote fixes how far the coast lifts each end of the base
 * band at that level, and the same lift applies to every archetype; so an archetype with a
 * lower base band never tops out above API on the coast. Where no quote covers the level,
 * the +15-22% premium applies. The premium is never added on top of a quote: that would
 * count the coast twice.
 */
function coastalStep(
  data: CompData,
  archetype: NonNullable<CompInput['archetype']>,
  level: NonNullable<CompInput['level']>,
  coastal: string,
  from: MoneyRange,
): DerivationStep {
  const mod = modifier(data, ID.coastal);
  const quoted: CompBand | undefined = data.bands.find(
    (b) => b.variant === 'coastal' && b.levels.includes(level),
  );
  const quotedBase = quoted
    ? data.bands.find(
        (b) => b.archetype === quoted.archetype && b.variant === 'base' && b.levels.includes(level),
      )
    : undefined;
  if (!quoted || !quotedBase) {
    return percentStep(
      data,
      'coastal',
      `Coastal metro (${coastal})`,
      `${coastal} is one of the four coastal metros (San Francisco, Seattle, New York, Boston).`,
      from,
      mod,
    );
  }
  const lowLift = quoted.min / quotedBase.min;
  const highLift = quoted.max / quotedBase.max;
  const band =
    quoted.archetype === archetype
      ? { min: roundToThousand(quoted.min), max: roundToThousand(quoted.max) }
      : { min: roundToThousand(from.min * lowLift), max: roundToThousand(from.max * highLift) };
  const pct = (lift: number) => `${lift >= 1 ? '+' : ''}${Math.round((lift - 1) * 1000) / 10}%`;
  const quoteLine = `KORE1 quotes ${formatRange(quoted)} on the coast for ${labels.archetype[quoted.archetype]} at this level, against ${formatRange(quotedBase)} elsewhere: ${pct(lowLift)} on the low end, ${pct(highLift)} on the high end.`;
  const applied =
    quoted.archetype === archetype
      ? 'That quote replaces the base band.'
      : `The same lift applies to every archetype: ${formatRange(from)} becomes ${formatRange(band)}.`;
  return {
    id: 'coastal',
    label: `Coastal metro (${coastal}): ${pct(lowLift)} / ${pct(highLift)}, from KORE1's coastal quote`,
    detail: `${coastal} is one of the four coastal metros. ${quoteLine} ${applied} The ${formatPercentRange(mod.min, mod.max)} premium is not added on top, as it would count the coast twice.`,
    band,
    source: sourceRef(data, quoted),
  };
}

function derive(
  input: CompInput,
  data: CompData,
  archetype: NonNullable<CompInput['archetype']>,
  level: NonNullable<CompInput['level']>,
  matched: ReadonlySet<string>,
): Derivation {
  const { step: base, warning } = baseBand(data, archetype, level);
  const steps: DerivationStep[] = [base];
  const warnings: CompWarning[] = warning ? [warning] : [];
  const asides: string[] = [];
  let band = base.band;

  const coastal = findCoastalMetro(input, data, matched);
  if (coastal && input.workMode === 'remote') {
    asides.push(
      `The role is remote, so the coastal premium for ${coastal} is left out: the hire need not live there.`,
    );
  } else if (coastal) {
    const step = coastalStep(data, archetype, level, coastal, band);
    steps.push(step);
    band = step.band;
  }

  const regulatedEmployer = input.industry !== null && REGULATED_INDUSTRIES.includes(input.industry);
  // The industry premiums are stated against KORE1's bands, which start at mid: the junior base
  // is national BLS entry pay, and the domain gives no regulated premium for it.
  const regulated = regulatedEmployer && level !== 'junior';
  if (regulatedEmployer && !regulated) {
    asides.push(
      'The regulated-industry premium is given for mid level and up only, so it is left out for a junior hire.',
    );
  }
  if (regulated && input.industry && archetype !== 'data') {
    const step = percentStep(
      data,
      'regulated-industry',
      `Regulated industry (${roleLabels.industry[input.industry]})`,
      'Financial services and healthcare employers pay more for the same backend work.',
      band,
      modifier(data, ID.regulated),
    );
    steps.push(step);
    band = step.band;
  }

  // The domain names this premium for senior level only; a lead band already prices that depth.
  if (input.specialty && level === 'senior') {
    const step = percentStep(
      data,
      'senior-specialty',
      'Senior specialty',
      'The hire brings distributed-systems depth, payments or ledger work in production, or AI features shipped on a live service.',
      band,
      modifier(data, ID.specialty),
    );
    steps.push(step);
    band = step.band;
  } else if (input.specialty) {
    asides.push('The specialty premium is for senior hires only, so it is left out at this level.');
  }

  if (regulated && input.industry && archetype === 'data') {
    const mod = modifier(data, ID.regulatedData);
    const next = { min: roundToThousand(band.min + mod.min), max: roundToThousand(band.max + mod.max) };
    steps.push({
      id: 'regulated-data',
      label: `Regulated data-intensive (${roleLabels.industry[input.industry]}): +${formatUsd(mod.min)} to +${formatUsd(mod.max)}`,
      detail: `In a regulated industry the schema this hire owns is what auditors examine. Applied as: low end ${formatUsd(band.min)} + ${formatUsd(mod.min)} = ${formatUsd(next.min)}, high end ${formatUsd(band.max)} + ${formatUsd(mod.max)} = ${formatUsd(next.max)}. It stands in for the percentage industry premium, which rewards the same thing, so the two are not stacked.`,
      band: next,
      source: sourceRef(data, mod),
    });
    band = next;
  }

  // KORE1 states the regulated data premium in dollars on its own band, so that sum is a
  // figure the source supports, not a compounding past it.
  const regulatedDataTop: Ceiling[] = steps.some((s) => s.id === 'regulated-data')
    ? [
        {
          max: base.band.max + modifier(data, ID.regulatedData).max,
          label: 'KORE1: this band plus its regulated data-intensive premium',
          row: modifier(data, ID.regulatedData),
        },
      ]
    : [];
  const unsupported = aboveSources(data, level, band, regulatedDataTop);
  if (unsupported) warnings.push(unsupported);

  if (asides.length > 0) base.detail = `${base.detail} ${asides.join(' ')}`;
  return { band, steps, warnings };
}

function payWarnings(input: CompInput, band: MoneyRange | null): CompWarning[] {
  const { min, max, currency } = input.pay;
  const warnings: CompWarning[] = [];
  if (min === null && max === null) {
    warnings.push({
      id: 'pay-missing',
      severity: 'error',
      message:
        'No pay range is posted. Roughly half of qualified developers pass over a posting without one, and pay-transparency laws (California, Colorado, New York, Washington, Illinois and about ten more states) make leaving it out a legal risk.',
    });
    return warnings;
  }
  if (min === null || max === null) {
    warnings.push({
      id: 'pay-partial',
      severity: 'warning',
      message: `Only the ${min === null ? 'maximum' : 'minimum'} is posted. Give both ends: a range with a one-line reason for its width reads better than half of one.`,
    });
  }
  if (currency !== 'USD') {
    warnings.push({
      id: 'pay-other-currency',
      severity: 'info',
      message: `The range is posted in ${currency}, and every band and source here is in U.S. dollars, so it is not checked against the band or used for the costs below. To compare, enter the range in USD as well.`,
    });
    return warnings;
  }
  if (!band) return warnings;
  const floor = band.min * (1 - BELOW_BAND_TOLERANCE);
  if (max !== null && max < band.min) {
    warnings.push({
      id: 'pay-below-band',
      severity: 'error',
      message: `The posted maximum (${formatUsd(max)}) is under the bottom of the recommended band (${formatUsd(band.min)}): the whole range sits below the market for this role.`,
    });
  } else if (min !== null && min < floor) {
    warnings.push({
      id: 'pay-below-band',
      severity: 'warning',
      message: `The posted minimum (${formatUsd(min)}) is more than ${BELOW_BAND_TOLERANCE * 100}% under the bottom of the recommended band (${formatUsd(band.min)}); candidates read the low end first.`,
    });
  }
  if (min !== null && min > band.max) {
    warnings.push({
      id: 'pay-above-band',
      severity: 'info',
      message: `The posted minimum (${formatUsd(min)}) is above the top of the recommended band (${formatUsd(band.max)}). Fine if intended; check it is not a typo.`,
    });
  }
  return warnings;
}

function figure(data: CompData, id: string) {
  const row = data.figures.find((f) => f.id === id);
  if (!row) throw new Error(`The comp data has no figure ${id}.`);
  return row;
}

function costs(
  input: CompInput,
  data: CompData,
  band: MoneyRange | null,
): Pick<CompAdvice, 'totalCost' | 'agencyFee'> {
  const { min, max, currency } = input.pay;
  const posted = min !== null && max !== null && currency === 'USD' ? { min, max } : null;
  const basisRange = posted ?? band;
  if (!basisRange) return { totalCost: null, agencyFee: null };
  const basis = posted ? ('posted' as const) : ('recommended' as const);
  const total = figure(data, ID.totalCost);
  const fee = figure(data, ID.agencyFee);
  return {
    totalCost: {
      ...applyPercent(basisRange, total.min, total.max),
      basis,
      percent: { min: total.min, max: total.max },
      source: sourceRef(data, total),
    },
    agencyFee:
      input.engagement === 'contract'
        ? null
        : {
            min: roundToThousand((basisRange.min * fee.min) / 100),
            max: roundToThousand((basisRange.max * fee.max) / 100),
            basis,
            percent: { min: fee.min, max: fee.max },
            source: sourceRef(data, fee),
          },
  };
}

function ttfRow(data: CompData, id: string): CompTimeToFill {
  const row = data.timeToFill.find((t) => t.id === id);
  if (!row) throw new Error(`The comp data has no time-to-fill row ${id}.`);
  return row;
}

const days = (row: CompTimeToFill) => formatDays(row.minDays, row.maxDays);

/**
 * Time to fill, composed from KORE1's desk figures and the hiring guide's industry data:
 * - no archetype yet: a spec that has not picked one runs like an "all of them" search (60+ days);
 * - lead / staff: KORE1's 6-10 weeks, whatever else holds;
 * - a focused search (archetype picked, both ends posted in USD, not below the band): KORE1's desk
 *   figures, 3-4 weeks for data-intensive and platform, 17-30 days for API and edge (the
 *   17-day average to the 30-day median with a four-round loop);
 * - otherwise the industry windows: senior 45-60 days, mid (and junior, which has no figure
 *   of its own) 35-45 days.
 */
function timeToFill(input: CompInput, data: CompData, warnings: CompWarning[]): TimeToFill | null {
  const rethink = ttfRow(data, 'ttf-change-approach');
  const rethinkLine = `If it is still open after ${rethink.minDays} days with a thin pool, change the approach.`;
  if (!input.archetype) {
    const row = ttfRow(data, 'ttf-all-of-them');
    return {
      minDays: row.minDays,
      maxDays: row.maxDays,
      // KORE1 says such searches run past this figure: a floor, not a window.
      openEnded: true,
      summary: `Until the spec picks one archetype the search behaves like one for "all of them", which runs past ${row.minDays} days; picking one is the biggest single saving.`,
      source: sourceRef(data, row),
    };
  }
  if (!input.level) return null;
  if (input.level === 'lead') {
    const row = ttfRow(data, 'ttf-lead-staff');
    return {
      minDays: row.minDays,
      maxDays: row.maxDays,
      openEnded: false,
      summary: `Lead and staff searches take ${days(row)} at KORE1, longer when one hire is asked to be developer, architect and on-call lead at once. ${rethinkLine}`,
      source: sourceRef(data, row),
    };
  }
  const { min, max, currency } = input.pay;
  const postedBoth = min !== null && max !== null;
  // A range in another currency was never compared with the band, so it cannot count as matching it.
  const otherCurrency = (min !== null || max !== null) && currency !== 'USD';
  const focused = postedBoth && !otherCurrency && !warnings.some((w) => w.id === 'pay-below-band');
  if (focused) {
    if (input.archetype === 'data' || input.archetype === 'platform') {
      const row = ttfRow(data, 'ttf-data-platform');
      return {
        minDays: row.minDays,
        maxDays: row.maxDays,
        openEnded: false,
        summary: `With one archetype and a posted range that meets the band, KORE1 fills ${labels.archetype[input.archetype].toLowerCase()} roles in ${days(row)}. ${rethinkLine}`,
        source: sourceRef(data, row),
      };
    }
    const fast = ttfRow(data, 'ttf-focused');
    const median = ttfRow(data, 'ttf-four-round');
    const edge = input.archetype === 'edge' ? ' Edge / BFF searches vary more than the others.' : '';
    return {
      minDays: fast.minDays,
      maxDays: median.maxDays,
      openEnded: false,
      summary: `With one archetype and a posted range that meets the band, KORE1 averages ${fast.minDays} days and its median with a four-round loop is ${median.maxDays}.${edge} ${rethinkLine}`,
      source: sourceRef(data, fast),
    };
  }
  const row = ttfRow(data, input.level === 'senior' ? 'ttf-senior' : 'ttf-backend-mid');
  const best = `${ttfRow(data, 'ttf-focused').minDays}-${ttfRow(data, 'ttf-four-round').maxDays} days`;
  const juniorNote =
    input.level === 'junior' ? ' (no junior figure is published; the mid-level window is used)' : '';
  return {
    minDays: row.minDays,
    maxDays: row.maxDays,
    openEnded: false,
    summary: `${otherCurrency ? `A range posted in ${currency} cannot be checked against the U.S. band, so plan on` : 'Without a posted range that meets the band, plan on'} the industry's ${days(row)} from open req to accepted offer${juniorNote}; a matched range and one archetype are what bring searches down to KORE1's ${best}. ${rethinkLine}`,
    source: sourceRef(data, row),
  };
}

export function adviseComp(input: CompInput, data: CompData): CompAdvice {
  const missing: CompAdvice['missing'] = [];
  if (!input.archetype) missing.push('archetype');
  if (!input.level) missing.push('level');
  // Place matching is the costly part: done once, for the coastal premium and the comparisons.
  const matched = matchedPlaceIds(input, data);
  const derivation =
    input.archetype && input.level ? derive(input, data, input.archetype, input.level, matched) : null;
  const band = derivation?.band ?? null;
  const warnings = [...payWarnings(input, band), ...(derivation?.warnings ?? [])];
  return {
    missing,
    band,
    steps: derivation?.steps ?? [],
    comparisons: compareWith(input, data, band, matched),
    warnings,
    ...costs(input, data, band),
    timeToFill: timeToFill(input, data, warnings),
  };
}
