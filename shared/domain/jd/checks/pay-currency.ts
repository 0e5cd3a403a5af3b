/**
 * Which currency a posted figure is in. An explicit mark decides first ("A$", "CHF", "₹", "SGD");
 * then the place the posting names: boards in Sydney, Toronto or Singapore write their own dollar
 * as "$", and a figure with no mark at all is in the local money. Only a figure read as US
 * dollars may be held against a US pay band.
 */
import { CANADA_WORDS } from '../canada';
import { findLocationsInText, firstLocationAt, US_STATES } from '../us-states';
import type { JdView } from '../view';

/** Marks written before a figure; longer ones first, so "US$" is not read as "$", and "AUD $" is one mark. */
export const CURRENCY_BEFORE = String.raw`((?:USD|CAD|AUD|NZD|SGD|HKD)\s?\$|US\$|USD|CA\$|C\$|CAD|AU\$|A\$|AUD|NZ\$|NZD|S\$|SGD|HK\$|HKD|R\$|BRL|CHF|INR|Rs\.?|₹|JPY|CNY|RMB|¥|EUR|GBP|SEK|NOK|DKK|PLN|\$|€|£)`;
/** Marks written after a figure, bare or in brackets; "LPA" is lakhs per annum, the way Indian postings give a salary. */
export const CURRENCY_AFTER = String.raw`\(?(USD|EUR|GBP|CAD|AUD|NZD|SGD|HKD|CHF|INR|JPY|CNY|RMB|BRL|SEK|NOK|DKK|PLN|LPA|dollars|euros?|pounds|€|£)(?![A-Za-z])\)?`;

/** A "$" (or "dollars") with no country: the dollar of the posting's place. */
export const BARE_DOLLAR = '$';
/** A figure with no mark at all: the money of the posting's place. */
export const NO_MARK = '';

const MARKS: [RegExp, string][] = [
  [/^(?:\$|dollars)$/i, BARE_DOLLAR],
  [/^(?:us\$|usd)/i, 'USD'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp|pounds)$/i, 'GBP'],
  [/^(?:cad|ca\$|c\$)/i, 'CAD'],
  [/^(?:aud|au\$|a\$)/i, 'AUD'],
  [/^(?:nzd|nz\$)/i, 'NZD'],
  [/^(?:sgd|s\$)/i, 'SGD'],
  [/^(?:hkd|hk\$)/i, 'HKD'],
  [/^(?:brl|r\$)$/i, 'BRL'],
  [/^(?:inr|rs\.?|₹|lpa)$/i, 'INR'],
  [/^jpy$/i, 'JPY'],
  [/^(?:cny|rmb)$/i, 'CNY'],
  [/^(?:chf|sek|nok|dkk|pln)$/i, ''],
];

/**
 * The currency the first explicit mark names: in "$118,000 - $142,000 CAD" the code after the
 * figures says which dollar the "$" is. BARE_DOLLAR when "$" is the only mark, NO_MARK when there
 * is none. "¥" is yen unless the posting is placed in China, so it counts as a bare mark here.
 */
export function currencyOfMarks(...marks: (string | undefined)[]): string {
  let bare = NO_MARK;
  for (const mark of marks) {
    if (!mark) continue;
    if (mark === '¥') {
      bare = '¥';
      continue;
    }
    const hit = MARKS.find(([re]) => re.test(mark));
    if (hit?.[1] === BARE_DOLLAR) bare = bare || BARE_DOLLAR;
    else if (hit) return hit[1] || mark.toUpperCase();
  }
  return bare;
}

/**
 * Places by the money they pay in: a city, a region or the country's name. A city that shares
 * its name with a US one ("Dublin, OH", "Paris, TX") is read as the US one when a state follows.
 */
const PLACES: [RegExp, string][] = [
  [
    /\b(?:Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|New South Wales|NSW|Queensland|QLD)\b/,
    'AUD',
  ],
  [/\b(?:New Zealand|Auckland|Wellington|Christchurch|Aotearoa)\b/, 'NZD'],
  // "Pte. Ltd." is the suffix of a Singapore private company, named where a board writes a district.
  [/\bSingapore\b|\bPte\.?\s+Ltd\b/i, 'SGD'],
  [/\bHong Kong\b/, 'HKD'],
  [CANADA_WORDS, 'CAD'],
  [/\b(?:United Kingdom|UK|England|Scotland|London|Edinburgh|Glasgow|Bristol|Leeds)\b/, 'GBP'],
  [
    /\b(?:Germany|Deutschland|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Netherlands|Amsterdam|Rotterdam|Utrecht|Eindhoven|France|Paris|Spain|Madrid|Barcelona|Ireland|Dublin|Italy|Milan|Portugal|Lisbon|Belgium|Brussels|Austria|Vienna|Finland|Helsinki|Estonia|Tallinn)\b/,
    'EUR',
  ],
  [/\b(?:Switzerland|Zurich|Zürich|Geneva|Basel|Lausanne)\b/, 'CHF'],
  [/\b(?:India|Bengaluru|Bangalore|Hyderabad|Pune|Mumbai|Chennai|Gurugram|Gurgaon|Noida|Delhi)\b/, 'INR'],
  [/\b(?:Japan|Tokyo|Osaka)\b/, 'JPY'],
  [/\b(?:China|Shanghai|Beijing|Shenzhen)\b/, 'CNY'],
  [/\b(?:Brazil|Brasil|São Paulo|Sao Paulo|Rio de Janeiro)\b/, 'BRL'],
  [/\b(?:Poland|Warsaw|Krak[oó]w|Wroc[lł]aw)\b/, 'PLN'],
  [/\b(?:Sweden|Stockholm|Gothenburg)\b/, 'SEK'],
  [/\b(?:Norway|Oslo)\b/, 'NOK'],
  [/\b(?:Denmark|Copenhagen)\b/, 'DKK'],
];

/**
 * The longest match of each of PLACES: a pattern with no quantifier matches no more characters
 * than its source has (with one, no bound is known and the whole text is searched). Kept per
 * pattern, so one unbounded pattern does not send every other one through the whole text.
 */
const PLACE_MATCH_MAX = new Map(
  PLACES.map(([re]) => [re, /[*+{]|[^(]\?/.test(re.source) ? Number.POSITIVE_INFINITY : re.source.length]),
);

/** Currencies whose postings write them "$". */
const DOLLARS = new Set(['USD', 'AUD', 'NZD', 'SGD', 'HKD', 'CAD']);

/**
 * Words that place a posting in the US besides a "City, ST": "Remote (US)", "United States",
 * a state's name, a city postings write without its state. "US" after a word in capitals is
 * the "ABOUT US" or "JOIN US" of a heading, not the country.
 */
const US_WORDS = new RegExp(
  String.raw`\b(?:United States|USA|U\.S\.(?:A\.)?)|(?<![A-Z]{2,}\s)\bUS\b|\b(?:${Object.values(US_STATES).join('|')}|New York|NYC|San Francisco|Bay Area|Silicon Valley|Seattle|Austin|Boston|Chicago|Los Angeles|Denver|Atlanta|Miami|Dallas|Houston|Philadelphia|San Diego)\b`,
);

/** Pay extras only Australian (superannuation) or New Zealand (KiwiSaver) employers add to a salary. */
const LOCAL_EXTRAS: [RegExp, string][] = [
  [
    /^[^\n]{0,40}?(?:\+|\bplus\b|\band\b|\bwith\b|\bincl(?:uding|usive of|\.)?|\binc\.?|\bexcl(?:uding|usive of|\.)?)\s*(?:[\d.]+%\s*)?(?:super|superannuation)\b/i,
    'AUD',
  ],
  [/^[^\n]{0,40}?\bkiwisaver\b/i, 'NZD'],
];

/**
 * The posting's text without its "About us" sections, which name offices rather than where the
 * job is. The unheaded lines under the title stay: they are where a board writes the place.
 */
function placeText(view: JdView): string {
  // Cut by position, in one pass: a copy of the whole text per section was most of the garbage a
  // check run made.
  let text = '';
  let at = 0;
  for (const s of view.sections('company')) {
    if (!s.heading || s.start < at) continue;
    text += `${view.text.slice(at, s.start)}\n`;
    at = s.end;
  }
  return at === 0 ? view.text : text + view.text.slice(at);
}

const placeByView = new WeakMap<JdView, string>();

/**
 * The money of the place the posting names first: a "City, ST" or other US words mean US
 * dollars, a city or country elsewhere its own money, and no place at all the US, where most
 * postings we read come from.
 */
function placeCurrency(view: JdView): string {
  const known = placeByView.get(view);
  if (known) return known;
  const text = placeText(view);
  const us = [firstLocationAt(text), text.search(US_WORDS)].filter((i) => i >= 0);
  const usFirst = us.length > 0 ? Math.min(...us) : Number.POSITIVE_INFINITY;
  const mentions = (re: RegExp) => text.match(new RegExp(re.source, `${re.flags}g`))?.length ?? 0;
  // Only a place named no later than the first US one can decide, so once a US place is known
  // the search stops just past it (far enough for any name in PLACES to end there).
  let first = usFirst;
  let currency = 'USD';
  for (const [re, local] of PLACES) {
    const reach = usFirst + (PLACE_MATCH_MAX.get(re) as number) + 1;
    const found = (Number.isFinite(reach) ? text.slice(0, reach) : text).search(re);
    const at = found > usFirst ? -1 : found;
    // The same words read both ways ("Perth, WA", "Wellington, FL"): the country the posting
    // names more often elsewhere wins, and the US reading on a draw.
    const tie = at === usFirst && mentions(re) > findLocationsInText(text).length + mentions(US_WORDS);
    if (at >= 0 && (at < first || tie)) {
      first = at;
      currency = local;
    }
  }
  placeByView.set(view, currency);
  return currency;
}

/** The posting names a place outside the US before any US one, so a "City, ST" in it is no US location. */
export function placedAbroad(view: JdView): boolean {
  return placeCurrency(view) !== 'USD';
}

/** The posting names a place in Canada before any other. */
export function placedInCanada(view: JdView): boolean {
  return placeCurrency(view) === 'CAD';
}

/**
 * The currency of a figure ending at `end` whose marks left it bare ("$", "¥" or none).
 * "+ super" right after it is Australian wherever the posting says it is; otherwise the place
 * decides, and a "$" in a place without its own dollar is the US dollar.
 */
export function currencyInPlace(view: JdView, mark: string, end: number): string {
  const after = view.text.slice(end, end + 60);
  for (const [re, currency] of LOCAL_EXTRAS) if (mark !== '¥' && re.test(after)) return currency;
  const local = placeCurrency(view);
  if (mark === BARE_DOLLAR) return DOLLARS.has(local) ? local : 'USD';
  if (mark === '¥') return local === 'CNY' ? 'CNY' : 'JPY';
  return local;
}
