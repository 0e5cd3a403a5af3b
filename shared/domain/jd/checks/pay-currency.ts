/**
 * Which currency a posted figure is in. An explicit mark decides first ("A$", "CHF", "₹", "SGD");
 * a bare "$" is the local dollar of the place the posting names, since boards in Sydney, Toronto
 * or Singapore write their own dollar as "$". Only a figure read as US dollars may be held
 * against a US pay band.
 */
import { firstLocationAt } from '../us-states';

/** Marks written before a figure; longer ones first, so "US$" is not read as "$". */
export const CURRENCY_BEFORE = String.raw`(US\$|USD|CA\$|C\$|CAD|AU\$|A\$|AUD|NZ\$|NZD|S\$|SGD|HK\$|HKD|R\$|BRL|CHF|INR|Rs\.?|₹|JPY|CNY|RMB|¥|EUR|GBP|SEK|NOK|DKK|PLN|\$|€|£)`;
/** Marks written after a figure; "LPA" is lakhs per annum, the way Indian postings give a salary. */
export const CURRENCY_AFTER = String.raw`(USD|EUR|GBP|CAD|AUD|NZD|SGD|HKD|CHF|INR|JPY|CNY|RMB|BRL|SEK|NOK|DKK|PLN|LPA|dollars|euros?|pounds|€|£)(?![A-Za-z])`;

/** A bare "$": resolved against the posting's place by localDollar. */
export const BARE_DOLLAR = '$';

const MARKS: [RegExp, string][] = [
  [/^(?:us\$|usd|dollars)$/i, 'USD'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp|pounds)$/i, 'GBP'],
  [/^(?:cad|ca\$|c\$)$/i, 'CAD'],
  [/^(?:aud|au\$|a\$)$/i, 'AUD'],
  [/^(?:nzd|nz\$)$/i, 'NZD'],
  [/^(?:sgd|s\$)$/i, 'SGD'],
  [/^(?:hkd|hk\$)$/i, 'HKD'],
  [/^(?:brl|r\$)$/i, 'BRL'],
  [/^(?:inr|rs\.?|₹|lpa)$/i, 'INR'],
  // "¥" alone is read as yen: a posting in yuan writes "RMB" or "CNY" far more often than "¥".
  [/^(?:jpy|¥)$/i, 'JPY'],
  [/^(?:cny|rmb)$/i, 'CNY'],
  [/^(?:chf|sek|nok|dkk|pln)$/i, ''],
];

/**
 * The currency the first explicit mark names: in "$118,000 - $142,000 CAD" the code after the
 * figures says which dollar the "$" is. BARE_DOLLAR when "$" is the only mark, or there is none.
 */
export function currencyOfMarks(...marks: (string | undefined)[]): string {
  for (const mark of marks) {
    const hit = mark ? MARKS.find(([re]) => re.test(mark)) : undefined;
    if (mark && hit) return hit[1] || mark.toUpperCase();
  }
  return BARE_DOLLAR;
}

/** What a lakh ("35L", "35 lakh") or a crore ("1.2 Cr") multiplies by, and a "k". */
export function multiplierOf(unit: string | undefined): number {
  if (!unit) return 1;
  if (/^k$/i.test(unit)) return 1_000;
  if (/^(?:l|lakhs?|lacs?)$/i.test(unit)) return 100_000;
  if (/^(?:cr|crores?)$/i.test(unit)) return 10_000_000;
  return 1;
}

/** Places whose own dollar is written "$". A place is a city, a region or the country's name. */
const DOLLAR_PLACES: [RegExp, string][] = [
  [
    /\b(?:Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|New South Wales|NSW|Queensland|QLD)\b/,
    'AUD',
  ],
  [/\b(?:New Zealand|Auckland|Wellington|Christchurch|Aotearoa)\b/, 'NZD'],
  [/\bSingapore\b/, 'SGD'],
  [/\bHong Kong\b/, 'HKD'],
  [
    /\b(?:Canada|Canadian|Toronto|Vancouver|Montr[eé]al|Ottawa|Calgary|Edmonton|Winnipeg|Waterloo|Ontario|British Columbia|Alberta|Qu[eé]bec)\b/,
    'CAD',
  ],
];

/** Words that place a posting in the US besides a "City, ST": "Remote (US)", "United States", "US-based". */
const US_WORDS =
  /\b(?:United States|USA|U\.S\.(?:A\.)?)|\(US\b|\bUS[- ](?:based|only|remote|citizens?|time ?zones?)\b|\b(?:in|across|within|throughout) the US\b|\bRemote,? US\b/;

/** Pay extras only Australian (superannuation) or New Zealand (KiwiSaver) employers add to a salary. */
const LOCAL_EXTRAS: [RegExp, string][] = [
  [/^[^\n]{0,40}?(?:\+|\bplus\b|\band\b|\bwith\b)\s*(?:super|superannuation)\b/i, 'AUD'],
  [/^[^\n]{0,40}?\bkiwisaver\b/i, 'NZD'],
];

/**
 * The dollar a bare "$" at text[end] means. "+ super" right after a figure is Australian
 * wherever the posting says it is. Otherwise the place named first in the posting (outside
 * the company's own paragraph, which names its offices rather than the job's) decides: a
 * "City, ST" or other US words mean US dollars, a city or country with its own dollar means
 * that dollar, and no place at all is read as the US, where most postings we see come from.
 */
export function localDollar(text: string, placeText: string, end: number): string {
  const after = text.slice(end, end + 60);
  for (const [re, currency] of LOCAL_EXTRAS) if (re.test(after)) return currency;
  const us = [firstLocationAt(placeText), placeText.search(US_WORDS)].filter((i) => i >= 0);
  let first = us.length > 0 ? Math.min(...us) : Number.POSITIVE_INFINITY;
  let currency = 'USD';
  for (const [re, local] of DOLLAR_PLACES) {
    const at = placeText.search(re);
    // A tie is "Wellington, FL": the US reading of the same words wins.
    if (at >= 0 && at < first) {
      first = at;
      currency = local;
    }
  }
  return currency;
}
