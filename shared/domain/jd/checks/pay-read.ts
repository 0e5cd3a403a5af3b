/**
 * Reading the pay a posting states: ranges in the formats job boards and ATS pages write
 * them (annualised, with their currency), and a single figure when there is no range.
 */
import type { Span } from '../text';
import type { JdView } from '../view';
import {
  BARE_DOLLAR,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  currencyInPlace,
  currencyOfMarks,
  NO_MARK,
} from './pay-currency';
import { AMOUNT, multiplierOf, value } from './pay-numbers';

export interface PostedPay {
  span: Span;
  /** Annual figures; hourly rates are multiplied by 2,080 hours, daily ones by 260, weekly by 52, monthly by 12. */
  min: number;
  max: number;
  /** ISO code; a bare "$" is the dollar of the posting's place (USD when it names none). */
  currency: string;
  /** How the posting states it; min and max are annual whatever this says. */
  period: 'year' | 'month' | 'week' | 'day' | 'hour';
}

/** How much of one section the pay reader scans: a pay line is short, and pasted junk can be long. */
export const SCAN_LIMIT = 20_000;
/** Below this, a yearly figure is a stipend or a budget, not a salary (unless marked hourly). */
const SALARY_FLOOR = 20_000;
/** Two single figures this far apart or less (in characters) can be the ends of one range. */
const PAIR_GAP = 160;

const CURRENCY = CURRENCY_BEFORE;
/** "$145,000/year - $165,000/year": a period after the first figure too. */
const FIRST_PERIOD = String.raw`(?<fp>\s{0,2}\/\s?(?:year|yr|annum|hour|hr|h|month|mo|week|wk|day)\b|\s(?:per|a|an) (?:year|annum|hour|month|week|day)\b)?`;
/** "a" (Portuguese, Spanish) and "bis" (German) join a range as "to" does. */
const SEPARATOR = String.raw`\s{0,3}(?:-|–|—|~|to|and|through|a|bis)\s{0,3}`;
const PERIOD = String.raw`(\s{0,3}(?:\/\s?(?:hour|hr|h|month|mo|year|yr|annum|week|wk|day)\b|per (?:hour|month|year|annum|week|day)\b|an hour\b|a (?:month|year|week|day)\b|[Hh]ourly\b|[Mm]onthly\b|[Aa]nnually\b|[Yy]early\b|[Ww]eekly\b|[Dd]aily\b|por m[êe]s|ao m[êe]s|por ano\b|pro Monat\b|pro Jahr\b))?`;
/** "$150k-$180k", "USD 150,000–180,000", "£60,000 - £75,000", "$70-85/hr". */
const RANGE = new RegExp(
  String.raw`${CURRENCY}\s?${AMOUNT}(?:\s?${CURRENCY_AFTER})?${FIRST_PERIOD}${SEPARATOR}(?:${CURRENCY})?\s?${AMOUNT}(?:\s?${CURRENCY_AFTER})?${PERIOD}`,
  'g',
);
/** "150,000 - 180,000 USD", "60.000 € - 75.000 €". */
const RANGE_AFTER = new RegExp(
  String.raw`()${AMOUNT}(?:\s?${CURRENCY_AFTER})?${FIRST_PERIOD}${SEPARATOR}()${AMOUNT}\s{0,3}${CURRENCY_AFTER}${PERIOD}`,
  'gi',
);
/** "150k - 200k base", "Salary: 150,000 - 180,000": no currency, so salary words must be beside it. */
const RANGE_BARE = new RegExp(
  String.raw`()${AMOUNT}()${FIRST_PERIOD}${SEPARATOR}()${AMOUNT}()${PERIOD}`,
  'g',
);
const YEARLY_SUFFIX = /\s*(?:\/\s?(?:year|yr|annum)|per (?:year|annum)|a year|annually|yearly)$/i;
const SINGLE = new RegExp(String.raw`${CURRENCY}\s?${AMOUNT}(?:\s?${CURRENCY_AFTER})?${PERIOD}`, 'g');

/** Words beside an amount that make it the salary, or something else. */
const SALARY_WORD =
  /^(?:base|salary|salaries|pay|paid|range|compensation|comp|wage|wages|ote|earnings|band|rate|ctc)$/i;
const OTHER_MONEY_WORD =
  /^(?:stipends?|budgets?|bonus|bonuses|allowances?|reimburse(?:d|ment|ments)?|credits?|relocation|signing|sign-on|per-diem|diem|learning|education|tuition|wellness|equipment|home-office|referral|match|gym|commissions?)$/i;
/** Text that says an unmarked small range is an hourly rate. */
const HOURLY_HINT = /\b(?:hour|hourly|hr|rate|contract(?:or)?|1099|w-?2|c2c|corp-to-corp)\b/i;

type Kind = 'salary' | 'other' | 'unknown';

/**
 * A job board's own guess at the pay, copied with the page: "$88K - $131K /yr (Glassdoor est.)".
 * It is not the employer's range; "(Employer est.)" is, and is read as pay.
 */
const BOARD_ESTIMATE =
  /^\s*(?:\/\s?(?:yr|year|hr|hour)\s*)?\((?!employer)[^()\n]{0,24}\b(?:est\.|estimated?)\)/i;

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
  if (BOARD_ESTIMATE.test(text.slice(end, end + 40))) return 'other';
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

function periodOf(period: string | undefined, first: string): PostedPay['period'] | null {
  const mark = `${period ?? ''} ${first}`;
  if (/\b(?:h|hr|hour|hourly)\b/i.test(mark)) return 'hour';
  if (/\b(?:mo|month|monthly|monat)\b|m[êe]s(?![a-z])/i.test(mark)) return 'month';
  if (/\b(?:wk|week|weekly)\b/i.test(mark)) return 'week';
  if (/\b(?:day|daily)\b/i.test(mark)) return 'day';
  if (/\b(?:year|yr|annum|annually|yearly|ano|jahr)\b/i.test(mark)) return 'year';
  return null;
}

/** Annualises two figures; null when they are not a salary (too small, or the wrong way round). */
function annual(
  min: number,
  max: number,
  stated: PostedPay['period'] | null,
  line: string,
): { min: number; max: number; period: PostedPay['period'] } | null {
  let period = stated;
  if (!period && max > 0 && max < 1000 && HOURLY_HINT.test(line)) period = 'hour';
  const factor = { hour: 2080, day: 260, week: 52, month: 12, year: 1 }[period ?? 'year'];
  const lo = min * factor;
  const hi = max * factor;
  if (period !== 'hour' && hi < SALARY_FLOOR) return null;
  if (!(lo > 0 && hi >= lo) || hi > lo * 4) return null;
  return { min: lo, max: hi, period: period ?? 'year' };
}

/** Every range read in text[from, to) (at most SCAN_LIMIT characters of it), annualised. */
function rangesIn(text: string, from: number, to: number): Candidate[] {
  const end = Math.min(to, from + SCAN_LIMIT);
  const slice = text.slice(from, end);
  const found: Candidate[] = [];
  const overlaps = (span: Span) => found.some((c) => span.start < c.span.end && c.span.start < span.end);
  for (const re of [RANGE, RANGE_AFTER, RANGE_BARE]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const [whole, cur, a, ak, cur0, , bcur, b, bk, curAfter, period] = m;
      // A yearly suffix stays outside the span, so a fix that swaps the range keeps "a year".
      const shown = whole.replace(YEARLY_SUFFIX, '');
      const span = { start: from + m.index, end: from + m.index + shown.length, text: shown };
      if (overlaps(span)) continue;
      const kind = kindAt(text, span.start, span.end);
      // A bare pair of numbers is pay only beside a salary word and with a "k" or salary-sized figures.
      if (
        re === RANGE_BARE &&
        (kind !== 'salary' || !(ak || bk || /\d{2,3}[,. ]\d{3}|\b\d{5,6}\b/.test(whole)))
      )
        continue;
      // "35-45 LPA" gives lakhs without writing the unit on either figure.
      const lakhs = !ak && !bk && /^lpa$/i.test(curAfter ?? '') ? multiplierOf('lakh') : 1;
      const pay = annual(
        value(a ?? '0', ak, bk) * lakhs,
        value(b ?? '0', bk, ak) * lakhs,
        periodOf(period, m.groups?.fp ?? ''),
        lineAround(text, span.start),
      );
      if (!pay) continue;
      // Lakhs and crores are counted only in Indian rupees.
      const inLakhs = lakhs > 1 || [ak, bk].some((u) => multiplierOf(u) >= multiplierOf('lakh'));
      const currency = currencyOfMarks(cur, bcur, cur0, curAfter, inLakhs ? 'INR' : undefined);
      found.push({ span, ...pay, currency, kind });
    }
  }
  found.push(...pairedFigures(text, from, end, slice).filter((c) => !overlaps(c.span)));
  return found.sort((x, y) => x.span.start - y.span.start);
}

/**
 * Two single figures that together make a range: "from $143,000 ... up to $198,200",
 * "Minimum: $150,000" then "Maximum: $180,000" on the next line. Both must be salary-sized,
 * in order, within PAIR_GAP characters, with nothing that names other money between them.
 */
function pairedFigures(text: string, from: number, end: number, slice: string): Candidate[] {
  const singles: { start: number; end: number; n: number; cur: string; period: string | undefined }[] = [];
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(slice); m; m = SINGLE.exec(slice)) {
    const [whole, cur, num, k, curAfter, period] = m;
    singles.push({
      start: from + m.index,
      end: from + m.index + whole.length,
      n: value(num ?? '0', k),
      cur: currencyOfMarks(cur, curAfter),
      period,
    });
  }
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < singles.length; i++) {
    const x = singles[i] as (typeof singles)[number];
    const y = singles[i + 1] as (typeof singles)[number];
    const gap = text.slice(x.end, y.start);
    if (y.start - x.end > PAIR_GAP || x.cur !== y.cur || /[.;!?]\s+[A-Z]/.test(gap)) continue;
    if (wordsOf(gap).some((w) => kindOfWord(w) === 'other')) continue;
    if (kindAt(text, x.start, x.end) === 'other' || kindAt(text, y.start, y.end) === 'other') continue;
    const pay = annual(x.n, y.n, periodOf(y.period ?? x.period, ''), lineAround(text, y.start));
    if (!pay || (pay.period === 'year' && x.n < SALARY_FLOOR)) continue;
    const span = { start: x.start, end: y.end, text: text.slice(x.start, y.end) };
    out.push({ span, ...pay, currency: x.cur, kind: kindAt(text, x.start, x.end) });
    i++;
  }
  return out.filter((c) => c.span.end <= end);
}

/**
 * The posted pay range: in the compensation sections first, then anywhere in the JD; a range
 * next to salary words (base, salary, pay, range, compensation) before any other, and never
 * one that is a stipend, a budget, a bonus or an allowance.
 */
export function findPayRange(view: JdView): PostedPay | null {
  const comp = view.sections('compensation');
  const areas = [...comp, ...view.flat.sections.filter((s) => s.id !== 'compensation')];
  const candidates: Candidate[] = [];
  for (const area of areas) {
    candidates.push(...rangesIn(view.text, area.start, area.end));
    // The first salary range read wins, so the sections after the one that holds it are not read.
    if (candidates.some((c) => c.kind === 'salary')) break;
  }
  const best =
    candidates.find((c) => c.kind === 'salary') ?? candidates.find((c) => c.kind === 'unknown') ?? null;
  if (!best) return null;
  const { kind: _kind, ...pay } = best;
  const bare = pay.currency === BARE_DOLLAR || pay.currency === NO_MARK || pay.currency === '¥';
  return bare ? { ...pay, currency: currencyInPlace(view, pay.currency, pay.span.end) } : pay;
}

/** A single salary figure: either a stated one ("Base: $165,000") or an open-ended one ("up to $200,000"). */
export interface SingleFigure {
  span: Span;
  /** "up to", "starting at", "from", "$X+", "or more": a bound, not the pay, so it is no range at all. */
  openEnded: boolean;
  /** The text beside it says the pay is fixed ("a fixed base salary", "paid the same base"). */
  saysFixed: boolean;
}

/** Words that say one figure is the whole pay: the case the laws that want a range accept. */
const FIXED_PAY =
  /\b(?:fixed|flat|non-negotiable|set) (?:base |annual |hourly )?(?:salary|pay|rate|wage)\b|\b(?:paid|pays|earns?) the same (?:base |annual )?(?:salary|pay|rate|wage)?\b|\bno (?:salary |pay )?(?:range|negotiation)\b/i;

/** Words that make a single figure one end of an unbounded range. */
const OPEN_BEFORE =
  /\b(?:up to|to as much as|as much as|as high as|maximum of|max(?:imum)?:?|starting (?:at|from)|starts at|from|at least|minimum of|min(?:imum)?:?|no less than)\s*$/i;
/** "+" or "plus" before another part of the package ("+ super", "plus bonus") adds to the figure; it does not open it. */
const OPEN_AFTER =
  /^\s*(?:(?:\+|plus\b)(?!\s*(?:bonus|equity|benefits|stock|commission|super|superannuation|kiwisaver|pension|rsus?)\b)|and up\b|or more\b|and above\b|or higher\b)/i;

/** A single salary figure, for saying the JD gives one figure rather than a range. */
export function singleFigure(view: JdView): SingleFigure | null {
  for (const area of view.flat.sections) {
    const end = Math.min(area.end, area.start + SCAN_LIMIT);
    const slice = view.text.slice(area.start, end);
    SINGLE.lastIndex = 0;
    for (let m = SINGLE.exec(slice); m; m = SINGLE.exec(slice)) {
      const [whole, , num, k, , period] = m;
      const stated = periodOf(period, '');
      const factor = { hour: 2080, day: 260, week: 52, month: 12, year: 1 }[stated ?? 'year'];
      const start = area.start + m.index;
      if (value(num ?? '0', k) * factor < SALARY_FLOOR) continue;
      if (kindAt(view.text, start, start + whole.length) === 'other') continue;
      // "$140,000 per year" is shown as the figure; the period stays out of the span, as a range's does.
      const shown = whole.replace(YEARLY_SUFFIX, '');
      const before = view.text.slice(Math.max(0, start - 30), start);
      const after = view.text.slice(start + whole.length, start + whole.length + 20);
      return {
        span: { start, end: start + shown.length, text: shown },
        openEnded: OPEN_BEFORE.test(before) || OPEN_AFTER.test(after),
        saysFixed: FIXED_PAY.test(view.text.slice(Math.max(0, start - 120), start + whole.length + 200)),
      };
    }
  }
  return null;
}
