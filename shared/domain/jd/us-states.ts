/** U.S. postal codes and names (50 states and DC), for reading "City, ST" locations. */
export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

const BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]));

export interface JdLocation {
  city: string;
  /** Two-letter code, or '' when unknown. */
  state: string;
  remote: boolean;
}

/** Reads "Denver, CO", "Denver, Colorado", "Remote (US)", "Remote - New York, NY", "NY". */
export function parseLocation(raw: string | null | undefined): JdLocation | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  const remote = /\bremote\b/i.test(text);
  const rest = text
    .replace(/\b(?:remote|hybrid|onsite|on-site|in office)\b\s*[-–:(]?\s*/gi, '')
    .replace(/[()]/g, ' ')
    .trim();
  const parts = rest
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const stateOf = (s: string) => {
    const up = s.replace(/\./g, '').trim().toUpperCase();
    if (US_STATES[up]) return up;
    return BY_NAME.get(s.trim().toLowerCase()) ?? '';
  };
  if (parts.length >= 2) {
    const state = stateOf(last.replace(/\s*\d{5}$/, ''));
    // A job board's header line puts the company first: "Acme Freight · Austin, TX".
    // "Hybrid remote in Raleigh, NC": the preposition before the city is not its name.
    const city = (
      parts
        .slice(0, -1)
        .join(', ')
        .split(/\s*[·|•]\s*|\s+[-–—]\s+/)
        .at(-1) ?? ''
    ).replace(/^(?:(?:based )?in|from|out of|near)\s+/i, '');
    return { city, state, remote };
  }
  const alone = stateOf(last);
  if (alone) return { city: '', state: alone, remote };
  return { city: last, state: '', remote };
}

const IN_TEXT = new RegExp(
  `\\b([A-Z][A-Za-z.'-]{1,30}(?: [A-Z][A-Za-z.'-]{1,30}){0,3}), (${Object.keys(US_STATES).join('|')}|${Object.values(US_STATES).join('|')})\\b`,
);

/** The first "City, ST" written in the text, if any. */
export function findLocationInText(text: string): JdLocation | null {
  const m = IN_TEXT.exec(text);
  if (!m) return null;
  return parseLocation(`${m[1]}, ${m[2]}`);
}

const IN_TEXT_ALL = new RegExp(IN_TEXT.source, 'g');

/** An ATS's place code: "US-OH-Columbus", "US-MN-Minneapolis". */
const ATS_PLACE_ALL = /\bUS-([A-Z]{2})-([A-Z][A-Za-z.'-]{1,30}(?: [A-Z][A-Za-z.'-]{1,30}){0,2})/g;

/** Every "City, ST" (or ATS place code) written in the text, in order, each place once. */
export function findLocationsInText(text: string): JdLocation[] {
  const written: { at: number; city: string; state: string }[] = [];
  for (const m of text.matchAll(IN_TEXT_ALL)) {
    const city = m[1] as string;
    const state = m[2] as string;
    // "California, Oregon and Washington" lists states; no city is named ("New York, New York" is one).
    const listed = BY_NAME.get(city.toLowerCase());
    if (listed && BY_NAME.has(state.toLowerCase()) && listed !== BY_NAME.get(state.toLowerCase())) continue;
    written.push({ at: m.index, city, state });
  }
  for (const m of text.matchAll(ATS_PLACE_ALL))
    written.push({ at: m.index, city: m[2] as string, state: m[1] as string });
  written.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const found: JdLocation[] = [];
  for (const { city, state } of written) {
    const place = parseLocation(`${city}, ${state}`);
    const key = place ? `${place.city.toLowerCase()}|${place.state}` : '';
    if (!place?.state || seen.has(key)) continue;
    seen.add(key);
    found.push(place);
  }
  return found;
}

/** Where the first "City, ST" in the text starts, or -1: for weighing it against places elsewhere. */
export function firstLocationAt(text: string): number {
  for (const m of text.matchAll(IN_TEXT_ALL)) if (parseLocation(`${m[1]}, ${m[2]}`)) return m.index;
  return -1;
}
