import type { Span } from '../text';
import type { JdCheckContext, JdFinding, PayTransparencyLaw } from '../types';
import { findLocationsInText, type JdLocation, parseLocation } from '../us-states';
import { finding, type JdView } from '../view';

export interface PostedPay {
  span: Span;
  /** Annual figures; hourly rates are multiplied by 2,080 hours, monthly ones by 12. */
  min: number;
  max: number;
}

/** How much of one section the pay reader scans: a pay line is short, and pasted junk can be long. */
const SCAN_LIMIT = 20_000;
/** Below this, a yearly figure is a stipend or a budget, not a salary (unless marked hourly). */
const SALARY_FLOOR = 20_000;

/**
 * A number as postings write it: 165,000 or 165,000.00; 70.000 or 70.000,00 (European
 * thousands); 150, 62.50 or 62,50. Digit runs are bounded and a number never starts or ends
 * inside a longer one, so a run of thousands of digits fails at once instead of backtracking.
 */
const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?![\d])`;
const AMOUNT = String.raw`${NUMBER}(?:\s?([kK])(?![A-Za-z]))?`;
const CURRENCY = String.raw`(?:USD|US\$|CA\$|C\$|\$|€|£)`;
const SEPARATOR = String.raw`\s{0,3}(?:-|–|—|to|and)\s{0,3}`;
const PERIOD = String.raw`(\s{0,3}(?:\/\s?(?:hour|hr|h|month|mo)\b|per (?:hour|month)\b|an hour\b|a month\b|hourly\b|monthly\b))?`;
const RANGE = new RegExp(
  String.raw`${CURRENCY}\s?${AMOUNT}${SEPARATOR}${CURRENCY}?\s?${AMOUNT}${PERIOD}`,
  'g',
);
const RANGE_AFTER = new RegExp(
  String.raw`${AMOUNT}${SEPARATOR}${AMOUNT}\s{0,3}(?:USD|EUR|GBP|CAD|dollars|euros?|pounds|€|£)${PERIOD}`,
  'gi',
);
const SINGLE = new RegExp(String.raw`${CURRENCY}\s?${AMOUNT}${PERIOD}`, 'g');

/** Words beside an amount that make it the salary, or something else. */
const SALARY_WORD =
  /^(?:base|salary|salaries|pay|paid|range|compensation|comp|wage|wages|ote|earnings|band|rate)$/i;
const OTHER_MONEY_WORD =
  /^(?:stipends?|budgets?|bonus|bonuses|allowances?|reimburse(?:d|ment|ments)?|credits?|relocation|signing|sign-on|per-diem|diem|learning|education|tuition|wellness|equipment|home-office|referral|match|gym|commissions?)$/i;
/** Text that says an unmarked small range is an hourly rate. */
const HOURLY_HINT = /\b(?:hour|hourly|hr|rate|contract(?:or)?|1099|w-?2|c2c|corp-to-corp)\b/i;

/** "165,000.00" -> 165000; "70.000" -> 70000; "62,50" -> 62.5. */
function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  return Number(raw.replace(',', '.'));
}

function value(num: string, k: string | undefined, otherK: boolean): number {
  const n = parseNumber(num);
  return k || (otherK && n < 1000) ? n * 1000 : n;
}

type Kind = 'salary' | 'other' | 'unknown';

const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
    .filter(Boolean);

function kindOfWord(word: string): Kind {
  const parts = [word, ...word.split('-')];
  if (parts.some((w) => OTHER_MONEY_WORD.test(w))) return 'other';
  if (parts.some((w) => SALARY_WORD.test(w))) return 'salary';
  return 'unknown';
}

/**
 * What an amount at text[start, end) pays for. A noun right after it names it ("$1,000-$2,000
 * home-office stipend", "$150k-$180k base"); failing that, the nearest telling word before it in
 * the same sentence ("Base salary: ...", "a learning budget of ...").
 */
function kindAt(text: string, start: number, end: number): Kind {
  // The words right after, up to a joining word: "plus bonus" adds something else.
  const after = /^[^,.;:()\n]{0,40}/.exec(text.slice(end, end + 40))?.[0] ?? '';
  const joined = after.search(/(?:^|\s)(?:plus|and|with|or|but|also|on top|&|\+)(?=\s|$)/i);
  for (const word of wordsOf(joined === -1 ? after : after.slice(0, joined)).slice(0, 3)) {
    const kind = kindOfWord(word);
    if (kind !== 'unknown') return kind;
  }
  const before = text.slice(Math.max(0, start - 80), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.;!?]\s[^.;!?]*$/)) + 1);
  for (const word of wordsOf(sentence).slice(-6).reverse()) {
    const kind = kindOfWord(word);
    if (kind !== 'unknown') return kind;
  }
  return 'unknown';
}

interface Candidate extends PostedPay {
  kind: Kind;
}

/** The line of text around an offset, for hints such as "contract". */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return text.slice(start, nl === -1 ? Math.min(text.length, at + 200) : nl);
}

/** Every range read in text[from, to) (at most SCAN_LIMIT characters of it), annualised. */
function rangesIn(text: string, from: number, to: number): Candidate[] {
  const end = Math.min(to, from + SCAN_LIMIT);
  const slice = text.slice(from, end);
  const found: Candidate[] = [];
  for (const re of [RANGE, RANGE_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const [whole, a, ak, b, bk, period] = m;
      const span = { start: from + m.index, end: from + m.index + whole.length, text: whole };
      if (found.some((c) => span.start < c.span.end && c.span.start < span.end)) continue;
      let min = value(a ?? '0', ak, !!bk);
      let max = value(b ?? '0', bk, !!ak);
      const hourly = period ? /h/i.test(period.replace(/month/i, '')) : false;
      const monthly = period ? /mo/i.test(period) : false;
      if (hourly || (!monthly && max > 0 && max < 1000 && HOURLY_HINT.test(lineAround(text, span.start)))) {
        min *= 2080;
        max *= 2080;
      } else if (monthly) {
        min *= 12;
        max *= 12;
      } else if (max < SALARY_FLOOR) continue;
      if (!(min > 0 && max >= min)) continue;
      found.push({ span, min, max, kind: kindAt(text, span.start, span.end) });
    }
  }
  return found.sort((x, y) => x.span.start - y.span.start);
}

/**
 * The posted pay range: in the compensation sections first, then anywhere in the JD; a range
 * next to salary words (base, salary, pay, range, compensation) before any other, and never
 * one that is a stipend, a budget, a bonus or an allowance.
 */
export function findPayRange(view: JdView): PostedPay | null {
  const comp = view.sections('compensation');
  const areas = [...comp, ...view.flat.sections.filter((s) => s.id !== 'compensation')];
  const candidates = areas.flatMap((area) => rangesIn(view.text, area.start, area.end));
  const best =
    candidates.find((c) => c.kind === 'salary') ?? candidates.find((c) => c.kind === 'unknown') ?? null;
  return best ? { span: best.span, min: best.min, max: best.max } : null;
}

/** A single salary figure ("up to $200,000"), for saying the JD gives one figure rather than a range. */
function singleFigure(view: JdView): Span | null {
  for (const area of view.flat.sections) {
    const end = Math.min(area.end, area.start + SCAN_LIMIT);
    const slice = view.text.slice(area.start, end);
    SINGLE.lastIndex = 0;
    for (let m = SINGLE.exec(slice); m; m = SINGLE.exec(slice)) {
      const [whole, num, k, period] = m;
      const n = value(num ?? '0', k, false);
      const start = area.start + m.index;
      if (period || n < SALARY_FLOOR) continue;
      if (kindAt(view.text, start, start + whole.length) === 'other') continue;
      return { start, end: start + whole.length, text: whole };
    }
  }
  return null;
}

/**
 * The place with its state filled in from the local laws when only a city was given: "NYC" and
 * "New York City" are listed under New York City's law, so they are in NY.
 */
function withState(location: JdLocation | null, laws: PayTransparencyLaw[]): JdLocation | null {
  if (!location || location.state || !location.city.trim()) return location;
  const city = location.city.trim().toLowerCase();
  const local = laws.find(
    (l) => l.kind === 'local' && (l.cities ?? []).some((c) => c.toLowerCase() === city),
  );
  return local ? { ...location, state: local.state } : location;
}

function lawsFor(location: JdLocation | null, laws: PayTransparencyLaw[]): PayTransparencyLaw[] {
  const place = withState(location, laws);
  if (!place?.state) return [];
  const city = place.city.trim().toLowerCase();
  return laws.filter(
    (l) =>
      l.state === place.state &&
      (l.kind === 'state' || (l.cities ?? []).some((c) => c.toLowerCase() === city)),
  );
}

/**
 * The places whose laws apply: the given location when it names a state (or a city a local law
 * lists, such as "NYC"); when it does not ("Seattle", "Remote", nothing), every "City, ST" the
 * role's text names, taken together ("hybrid in Austin, TX or New York, NY" is both). The
 * company section is read only when nothing else names a place.
 */
function placesFor(view: JdView, ctx: JdCheckContext): JdLocation[] {
  const laws = ctx.data.payTransparency.laws;
  const given = withState(parseLocation(ctx.location), laws);
  if (given?.state) return [given];
  const roleText = view.flat.sections
    .filter((s) => s.id !== 'company')
    .map((s) => view.text.slice(s.start, Math.min(s.end, s.start + SCAN_LIMIT)))
    .join('\n');
  let inText = findLocationsInText(roleText);
  if (inText.length === 0)
    inText = view
      .sections('company')
      .flatMap((s) => findLocationsInText(view.text.slice(s.start, Math.min(s.end, s.start + SCAN_LIMIT))));
  return inText;
}

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
    const laws = [
      ...new Map(
        places.flatMap((p) => lawsFor(p, ctx.data.payTransparency.laws)).map((l) => [l.id, l]),
      ).values(),
    ];
    const asOf = ctx.asOf ?? '9999-12-31';
    const inForce = laws.filter((l) => l.postingRequirement && l.effective <= asOf);
    const upcoming = laws.filter((l) => l.postingRequirement && l.effective > asOf);
    const onRequest = laws.filter((l) => !l.postingRequirement && l.effective <= asOf);
    const single = singleFigure(view);
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
          `${what}, and ${inForce.map(named).join(' and ')} ${inForce.length > 1 ? 'require' : 'requires'} one in postings for ${places.length > 1 ? 'the places it names' : 'this location'}.`,
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
