import { findAll, type Span } from '../text';
import type { JdCheckContext, JdFinding, PayTransparencyLaw } from '../types';
import { findLocationInText, type JdLocation, parseLocation } from '../us-states';
import { finding, type JdView } from '../view';

export interface PostedPay {
  span: Span;
  /** Annual figures; hourly rates are multiplied by 2,080 hours. */
  min: number;
  max: number;
}

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?([kK])\b)?`;
const CURRENCY = String.raw`(?:USD|US\$|CA\$|C\$|\$|€|£)`;
const HOURLY = String.raw`(\s*(?:\/\s*(?:hour|hr|h)\b|per hour|an hour|hourly|\/hr))?`;
const RANGE = new RegExp(
  String.raw`${CURRENCY}\s?${AMOUNT}\s*(?:-|–|—|to|and)\s*${CURRENCY}?\s?${AMOUNT}${HOURLY}`,
  'g',
);
const RANGE_AFTER = new RegExp(
  String.raw`${AMOUNT}\s*(?:-|–|—|to)\s*${AMOUNT}\s*(?:USD|dollars)${HOURLY}`,
  'gi',
);
const SINGLE = new RegExp(String.raw`${CURRENCY}\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?[kK]\b)?`, 'g');

function value(num: string, k: string | undefined, otherK: boolean): number {
  const n = Number(num.replace(/,/g, ''));
  return k || (otherK && n < 1000) ? n * 1000 : n;
}

/** The first pay range in the compensation sections, else anywhere in the JD. */
export function findPayRange(view: JdView): PostedPay | null {
  const comp = view.sections('compensation');
  const areas = [...comp, ...view.flat.sections.filter((s) => s.id !== 'compensation')];
  for (const area of areas) {
    for (const re of [RANGE, RANGE_AFTER]) {
      const hit = findAll(re, view.text, area.start, area.end)[0];
      if (!hit) continue;
      re.lastIndex = 0;
      const m = re.exec(hit.text);
      if (!m) continue;
      const [, a, ak, b, bk, hourly] = m;
      let min = value(a ?? '0', ak, !!bk);
      let max = value(b ?? '0', bk, !!ak);
      if (hourly || (max > 0 && max < 1000)) {
        min *= 2080;
        max *= 2080;
      }
      if (min > 0 && max >= min) return { span: hit, min, max };
    }
  }
  return null;
}

function lawsFor(location: JdLocation | null, laws: PayTransparencyLaw[]): PayTransparencyLaw[] {
  if (!location?.state) return [];
  const city = location.city.toLowerCase();
  return laws.filter(
    (l) =>
      l.state === location.state &&
      (l.kind === 'state' || (l.cities ?? []).some((c) => c.toLowerCase() === city)),
  );
}

const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** Pay checks: a range is posted (an error where a pay-transparency law requires one), and it is not below the band. */
export function payChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];
  const pay = findPayRange(view);
  const compSection = view.sections('compensation')[0];
  const where = compSection ? { start: compSection.start, end: compSection.end } : null;

  if (!pay) {
    const location = parseLocation(ctx.location) ?? findLocationInText(view.text);
    const remote = ctx.workMode === 'remote' || location?.remote === true;
    const laws = lawsFor(location, ctx.data.payTransparency.laws);
    const asOf = ctx.asOf ?? '9999-12-31';
    const inForce = laws.filter((l) => l.postingRequirement && l.effective <= asOf);
    const upcoming = laws.filter((l) => l.postingRequirement && l.effective > asOf);
    const onRequest = laws.filter((l) => !l.postingRequirement && l.effective <= asOf);
    const single = findAll(SINGLE, view.text).find((s) => {
      const n = Number(s.text.replace(/[^\d.]/g, ''));
      return /k$/i.test(s.text) ? n >= 20 : n >= 20_000;
    });
    const what = single
      ? `The JD gives one figure (${single.text}) rather than a range`
      : 'The JD has no pay range';
    const span = single ?? where;
    const fix = ctx.payBand
      ? `Add a base range, for example "${money(ctx.payBand.min)}-${money(ctx.payBand.max)} base", and say what moves an offer within it.`
      : 'Add a base range (for example "$150,000-$185,000 base") and say what moves an offer within it.';
    const named = (l: PayTransparencyLaw) => `${l.jurisdiction}'s ${l.law} (in force since ${l.effective})`;
    if (inForce.length > 0) {
      out.push(
        finding(
          view,
          'missing-pay-range',
          'error',
          span,
          `${what}, and ${inForce.map(named).join(' and ')} requires one in postings for this location.`,
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
          remote && !location?.state
            ? `${what}; about half of qualified developers skip such postings, and a remote role open to people in states such as Colorado, New York or Washington falls under their pay-transparency laws.`
            : `${what}, and about half of qualified developers skip postings without one.`,
          fix,
        ),
      );
    }
    return out;
  }

  const band = ctx.payBand;
  if (band && (pay.min + pay.max) / 2 < band.min)
    out.push(
      finding(
        view,
        'pay-out-of-band',
        'warning',
        pay.span,
        `The posted ${money(pay.min)}-${money(pay.max)} sits below the ${money(band.min)}-${money(band.max)} band for this archetype, level and metro, so it aims at the wrong half of the market.`,
        `Post ${money(band.min)}-${money(band.max)}, or narrow the scope to match the lower figure.`,
        `${money(band.min)}-${money(band.max)}`,
      ),
    );
  return out;
}

/** For the CLI and the UI: the laws that apply to a location, in force or not. */
export function payTransparencyLawsFor(location: string, laws: PayTransparencyLaw[]): PayTransparencyLaw[] {
  return lawsFor(parseLocation(location), laws);
}
