/** The pay checks: a range is posted where a law or the market expects one, and it matches the intake and the band. */
import type { JdCheckContext, JdFinding, PayTransparencyLaw } from '../types';
import { parseLocation } from '../us-states';
import { finding, type JdView } from '../view';
import { placedAbroad } from './pay-currency';
import { applicableLaws, placesFor } from './pay-laws';
import { findPayRange, type PostedPay, singleFigure } from './pay-read';

/** How far under the band's floor an inferred band lets a posted range sit (the comp advisor's tolerance). */
const BELOW_BAND_TOLERANCE = 0.1;

/** How a rate is read as a year, in the words a finding shows. */
const ANNUAL_BASIS: Record<Exclude<PostedPay['period'], 'year'>, string> = {
  hour: '2,080 hours',
  day: '260 working days',
  week: '52 weeks',
  month: '12 months',
};

const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** Pay checks: a range is posted (an error where a pay-transparency law requires one), and it is not below the band. */
export function payChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];
  const pay = findPayRange(view);
  const compSection = view.sections('compensation')[0];
  const where = compSection ? { start: compSection.start, end: compSection.end } : null;

  if (!pay) {
    const places = placesFor(view, ctx);
    const remote =
      ctx.workMode === 'remote' ||
      parseLocation(ctx.location)?.remote === true ||
      places.some((p) => p.remote);
    const applicable = applicableLaws(view, ctx, remote);
    const laws = applicable.map((a) => a.law);
    const viaBase = applicable.some((a) => a.viaBase);
    const asOf = ctx.asOf ?? '9999-12-31';
    const inForce = laws.filter((l) => l.postingRequirement && l.effective <= asOf);
    const upcoming = laws.filter((l) => l.postingRequirement && l.effective > asOf);
    const onRequest = laws.filter((l) => !l.postingRequirement && l.effective <= asOf);
    const single = singleFigure(view);
    const what = single
      ? single.openEnded
        ? `The JD gives only an open-ended figure (${single.span.text}), which is not a range`
        : `The JD gives one figure (${single.span.text}) rather than a range`
      : 'The JD has no pay range';
    const span = single?.span ?? where;
    // The band and the example are US dollars: a posting placed abroad is told to post its range in its own money.
    const fix = placedAbroad(view)
      ? 'Add a base range in the local currency and say what moves an offer within it.'
      : ctx.payBand
        ? `Add a base range, for example "${money(ctx.payBand.min)}-${money(ctx.payBand.max)} base", and say what moves an offer within it.`
        : 'Add a base range (for example "$150,000-$185,000 base") and say what moves an offer within it.';
    const named = (l: PayTransparencyLaw) => `${l.jurisdiction}'s ${l.law} (in force since ${l.effective})`;
    // A stated figure is the pay when the pay is fixed, and the laws that ask for a range take a
    // single figure then; whether it is fixed is not in the text, so it is a warning, never an error.
    if (single && !single.openEnded) {
      if (single.saysFixed) return out;
      const lawNote =
        inForce.length > 0
          ? ` ${inForce.map(named).join(' and ')} ${inForce.length > 1 ? 'accept' : 'accepts'} one figure only when the pay for the role is truly fixed.`
          : ' One figure is fine only when the pay for the role is truly fixed.';
      out.push(
        finding(
          view,
          'missing-pay-range',
          'warning',
          span,
          `${what}.${lawNote} If offers can move, post the range they move within.`,
          `If the pay is fixed, say so ("a fixed base salary of ${single.span.text}"); if offers can move, ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`,
        ),
      );
      return out;
    }
    if (inForce.length > 0) {
      out.push(
        finding(
          view,
          'missing-pay-range',
          'error',
          span,
          `${what}, and ${inForce.map(named).join(' and ')} ${inForce.length > 1 ? 'require' : 'requires'} one in postings for ${viaBase ? 'a remote role of an employer based there' : places.length > 1 ? 'the places it names' : 'this location'}.`,
          fix,
        ),
      );
    } else if (upcoming.length > 0 || onRequest.length > 0) {
      const law = (upcoming[0] ?? onRequest[0]) as PayTransparencyLaw;
      out.push(
        finding(
          view,
          'missing-pay-range',
          'warning',
          span,
          upcoming.length > 0
            ? `${what}; about half of qualified developers skip such postings, and ${law.jurisdiction}'s ${law.law} will require one from ${law.effective}.`
            : `${what}; about half of qualified developers skip such postings, and ${law.jurisdiction}'s ${law.law} already makes you give it on request.`,
          fix,
        ),
      );
    } else {
      out.push(
        finding(
          view,
          'missing-pay-range',
          'warning',
          span,
          remote && places.length === 0
            ? `${what}; about half of qualified developers skip such postings, and a remote role open to people in states such as Colorado, New York or Washington falls under their pay-transparency laws.`
            : `${what}, and about half of qualified developers skip postings without one.`,
          fix,
        ),
      );
    }
    return out;
  }

  // The role spec is the one source of the posted range: a JD that says otherwise shows it until
  // one side changes, and no band fix may move the JD away from the spec.
  const differs = differsFromSpec(view, pay, ctx.rolePay ?? null);
  if (differs) out.push(differs);

  const band = ctx.payBand;
  // An inferred band (level, archetype and place read from the text) is a rougher guess, so only
  // a range well under it counts: its middle more than 10% under the band's floor.
  const below = band
    ? ctx.payBandInferred
      ? (pay.min + pay.max) / 2 < band.min * (1 - BELOW_BAND_TOLERANCE)
      : (pay.min + pay.max) / 2 < band.min
    : false;
  // The bands are US dollars: a range in any other money, a Sydney or Toronto "$" included,
  // is never held against them (the pay reader decides the currency from marks, then place).
  if (band && below && pay.currency === 'USD') {
    const posted =
      pay.period !== 'year'
        ? `${pay.span.text.trim()} (${money(pay.min)}-${money(pay.max)} a year at ${ANNUAL_BASIS[pay.period]})`
        : `${money(pay.min)}-${money(pay.max)}`;
    const basis = ctx.payBandBasis ? ` (${ctx.payBandBasis})` : ' for this archetype, level and metro';
    out.push(
      finding(
        view,
        'pay-out-of-band',
        'warning',
        pay.span,
        `The posted ${posted} sits below the ${money(band.min)}-${money(band.max)} band${basis}, so it aims at the wrong half of the market.`,
        ctx.rolePay
          ? `Raise the range in the intake to ${money(band.min)}-${money(band.max)} and the JD with it, or narrow the scope to match the lower figure.`
          : `Post ${money(band.min)}-${money(band.max)}, or narrow the scope to match the lower figure.`,
        // With a role spec, the range is changed there, never by a fix that leaves the two apart.
        pay.period === 'year' && !ctx.rolePay ? `${money(band.min)}-${money(band.max)}` : null,
      ),
    );
  }
  return out;
}

/** The generator's convention: a figure under 1,000 is an hourly rate, as "$85-$110 an hour". */
const HOURLY_BELOW = 1000;
const HOURS_A_YEAR = 2080;

/**
 * The JD's range against the intake's, compared as annual figures (the pay reader annualises an
 * hourly rate the same way), so an edited hourly rate shows too. An intake with no range or
 * half of one differs from any range the JD posts: the JD cannot be the only place it lives.
 */
function differsFromSpec(view: JdView, pay: PostedPay, spec: JdCheckContext['rolePay']): JdFinding | null {
  if (!spec) return null;
  const hourly = (spec.max ?? spec.min ?? HOURLY_BELOW) < HOURLY_BELOW;
  const annual = (n: number) => Math.round(hourly ? n * HOURS_A_YEAR : n);
  const posted = pay.period === 'year' ? `${money(pay.min)}-${money(pay.max)}` : pay.span.text.trim();
  if (spec.min === null || spec.max === null) {
    const has =
      spec.min === null && spec.max === null
        ? 'has no range yet'
        : `has only the ${spec.min === null ? 'maximum' : 'minimum'}`;
    return finding(
      view,
      'pay-differs-from-spec',
      'warning',
      pay.span,
      `The JD posts ${posted}, but the role's intake ${has}. The intake is the one source of the posted range: enter it there so the two agree.`,
      'Enter this range in the intake, or take it out of the JD.',
    );
  }
  const same =
    Math.round(pay.min) === annual(spec.min) &&
    Math.round(pay.max) === annual(spec.max) &&
    pay.currency === spec.currency;
  if (same) return null;
  const sign = pay.currency === spec.currency ? '' : ` ${spec.currency}`;
  const intake = `${money(spec.min)}-${money(spec.max)}${hourly ? ' an hour' : ''}${sign}`;
  return finding(
    view,
    'pay-differs-from-spec',
    'warning',
    pay.span,
    `The JD posts ${posted}, but the role's intake says ${intake}. The intake is the one source of the posted range: change one side so they agree.`,
    `Post the intake's range, ${intake}, or change the range in the intake.`,
    pay.currency === spec.currency && pay.period === 'year' && !hourly
      ? `${money(spec.min)}-${money(spec.max)}`
      : null,
  );
}
