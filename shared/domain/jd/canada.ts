/**
 * Places in Canada, for reading where a posting placed there is: "Toronto, ON", "Vancouver,
 * British Columbia", "Montréal, QC", or a city boards write without its province ("Toronto ·
 * Hybrid"). Canadian pay is in Canadian dollars, which no US band or US pay law covers.
 */

/** Postal codes and names of the provinces and territories. */
export const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Québec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

/** Cities postings name without their province, each with it. */
const CITIES: Record<string, string> = {
  Toronto: 'ON',
  Ottawa: 'ON',
  Waterloo: 'ON',
  Kitchener: 'ON',
  Mississauga: 'ON',
  Vancouver: 'BC',
  Montréal: 'QC',
  Montreal: 'QC',
  'Québec City': 'QC',
  'Quebec City': 'QC',
  Calgary: 'AB',
  Edmonton: 'AB',
  Winnipeg: 'MB',
  Halifax: 'NS',
};

/** Every name a province goes by, "Quebec" as often as "Québec", each to its code. */
const BY_NAME = new Map<string, string>([
  ...Object.entries(CA_PROVINCES).map(([code, name]): [string, string] => [name, code]),
  ['Quebec', 'QC'],
]);
const NAMES = [...BY_NAME.keys()].join('|');
const CODES = Object.keys(CA_PROVINCES).join('|');
const CITY_NAMES = Object.keys(CITIES).join('|');

/**
 * A letter of a city's name, or . ' ’ -: the same characters as [\p{L}.'’-], but an ASCII one is
 * matched by a small class and only a non-ASCII one by \p{L}, which is slow to test on every
 * capitalised word of a posting.
 */
const CITY_CHAR = String.raw`(?:[A-Za-z.'’-]|(?=[^\0-\x7f])\p{L})`;
const CITY = `[A-Z]${CITY_CHAR}{1,30}(?: [A-Z]${CITY_CHAR}{1,30}){0,2}`;
/** "Toronto, ON", "Vancouver, British Columbia": a city and its province. */
const CITY_PROVINCE = new RegExp(String.raw`\b(${CITY}), (${CODES}|${NAMES})\b`, 'u');
const CITY_ALONE = new RegExp(String.raw`\b(${CITY_NAMES})\b`, 'u');

/**
 * Words that place a posting in Canada: the country, a province by name, a city boards write
 * alone, or any city with its province's code ("Kelowna, BC").
 */
export const CANADA_WORDS = new RegExp(
  String.raw`\b(?:Canada|Canadian|${NAMES}|${CITY_NAMES})\b|\b${CITY}, (?:${CODES})\b`,
  'u',
);

export interface CanadianPlace {
  city: string;
  /** Two-letter code. */
  province: string;
}

/** The first Canadian city the text names, with its province, or null. */
export function findCanadianPlace(text: string): CanadianPlace | null {
  const m = CITY_PROVINCE.exec(text);
  if (m) {
    const [, city, province] = m as unknown as [string, string, string];
    return { city, province: CA_PROVINCES[province] ? province : (BY_NAME.get(province) as string) };
  }
  const alone = CITY_ALONE.exec(text)?.[1];
  return alone ? { city: alone, province: CITIES[alone] as string } : null;
}

/** "Toronto, ON, Canada"; "Canada" when no city is named. */
export function canadianLocation(place: CanadianPlace | null): string {
  return place ? `${place.city}, ${place.province}, Canada` : 'Canada';
}

/**
 * Whether a location as written is in Canada: it names the country, or ends in a province. One
 * that names the US as well ("Remote: US or Canada") is not.
 */
export function inCanada(location: string | null | undefined): boolean {
  const text = (location ?? '').trim();
  if (/\b(?:US|USA|U\.S\.|United States)\b/.test(text)) return false;
  if (/\bCanada\b/i.test(text)) return true;
  const last = text.split(',').at(-1)?.trim() ?? '';
  return text.includes(',') && (!!CA_PROVINCES[last] || BY_NAME.has(last));
}
