import { US_STATES } from '../jd/us-states';
import type { CompInput } from './advice';
import type { CompData, CompPlace } from './comp-data';

/**
 * Place matching: the metro and city a recruiter typed ("Boston-Cambridge", "SF Bay Area",
 * "NYC", "Seattle, WA", "Palo Alto") against the one list of places in the comp data, which
 * the coastal premium, the BLS metros and the JD guide's metro rows all point into. Case and
 * punctuation are ignored and a name must match whole words, so "sf" matches "SF Bay Area"
 * but not "Sfax".
 *
 * A city name says nothing about the state on its own (Bellevue is in Washington and in
 * Nebraska), so a match counts only when the role gives no state, or gives one the place
 * spans. The state may be in the state field or written after the city ("Redmond, OR",
 * "Oakland Michigan"); a state name at the end is read as the state, not as the metro, so
 * "Rochester, New York" is not New York City. The state field alone never picks a metro.
 */

type PlaceInput = Pick<CompInput, 'metro' | 'city' | 'state'>;

/** Lower case, every run of other characters turned into one space, padded for whole-word search. */
export function normalisePlace(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return words ? ` ${words} ` : '';
}

const wordsOf = (text: string): string[] => normalisePlace(text).split(' ').filter(Boolean);

/** "wa", "washington", "d c" -> the two-letter code. */
const STATE_CODES = new Map<string, string>([
  ...Object.entries(US_STATES).flatMap(([code, name]): [string, string][] => [
    [code.toLowerCase(), code],
    [wordsOf(name).join(' '), code],
  ]),
  ['d c', 'DC'],
]);
const LONGEST_STATE_NAME = Math.max(...[...STATE_CODES.keys()].map((k) => k.split(' ').length));

/** Words written after a U.S. place that add nothing: the country, a ZIP code. */
const COUNTRY = ['usa', 'us', 'u s', 'u s a', 'united states', 'united states of america'];

function withoutTrailingNoise(words: string[]): string[] {
  const out = [...words];
  for (;;) {
    const last = out[out.length - 1];
    if (last !== undefined && /^\d+$/.test(last)) {
      out.pop();
      continue;
    }
    const country = COUNTRY.find((c) => {
      const tail = c.split(' ');
      return out.length > tail.length && out.slice(-tail.length).join(' ') === c;
    });
    if (!country) return out;
    out.splice(out.length - country.split(' ').length);
  }
}

/**
 * The states the role's state field names: [] when it is empty, null when it names something
 * that is not a U.S. state. "WA", "Washington", "Washington State", "NY/NJ" are all read.
 */
export function statesOfField(text: string): string[] | null {
  let words = withoutTrailingNoise(wordsOf(text));
  if (words.length === 0) return [];
  if (words[words.length - 1] === 'state' && words.length > 1) words = words.slice(0, -1);
  if (words[0] === 'state' && words[1] === 'of' && words.length > 2) words = words.slice(2);
  const whole = STATE_CODES.get(words.join(' ')) ?? (words.join(' ') === 'washington dc' ? 'DC' : undefined);
  if (whole) return [whole];
  const codes = words.map((w) => (w.length === 2 ? STATE_CODES.get(w) : undefined));
  return codes.every((c): c is string => c !== undefined) ? codes : null;
}

interface PlaceText {
  words: string[];
  /** A state written at the end, after at least one other word ("Bellevue, NE"). */
  tail: { start: number; code: string } | null;
}

function readPlaceText(text: string): PlaceText {
  const words = withoutTrailingNoise(wordsOf(text));
  for (let size = Math.min(LONGEST_STATE_NAME, words.length - 1); size >= 1; size--) {
    const code = STATE_CODES.get(words.slice(-size).join(' '));
    if (code) return { words, tail: { start: words.length - size, code } };
  }
  return { words, tail: null };
}

/** True when the place's name or an alias is in the text and no state given rules it out. */
function namesPlace(text: PlaceText, fieldStates: string[], place: CompPlace): boolean {
  if (fieldStates.length > 0 && !fieldStates.some((s) => place.states.includes(s))) return false;
  for (const needle of [place.name, ...place.aliases].map(wordsOf)) {
    if (needle.length === 0) continue;
    for (let i = 0; i + needle.length <= text.words.length; i++) {
      if (needle.some((w, k) => text.words[i + k] !== w)) continue;
      const end = i + needle.length;
      // Entirely inside the trailing state: "New York" in "Rochester, New York" is the state.
      if (text.tail && i >= text.tail.start) continue;
      // Before the trailing state: that state must be one the place spans ("Redmond, OR" is not).
      if (text.tail && end <= text.tail.start && !place.states.includes(text.tail.code)) continue;
      // Otherwise the alias runs into the tail ("Washington DC"), or there is no tail.
      return true;
    }
  }
  return false;
}

/** The ids of every place the role's metro or city names, under the state rule. */
export function matchedPlaceIds(input: PlaceInput, data: Pick<CompData, 'places'>): Set<string> {
  const fieldStates = statesOfField(input.state);
  const matched = new Set<string>();
  if (fieldStates === null) return matched; // a state we cannot read matches no metro
  const texts = [input.metro, input.city].filter((t) => t.trim()).map(readPlaceText);
  for (const place of data.places)
    if (texts.some((text) => namesPlace(text, fieldStates, place))) matched.add(place.id);
  return matched;
}

/**
 * The coastal metro the role is in (San Francisco, Seattle, New York, Boston), or null.
 * `matched` is the role's `matchedPlaceIds`, when the caller has worked them out already.
 */
export function findCoastalMetro(
  input: PlaceInput,
  data: CompData,
  matched: ReadonlySet<string> = matchedPlaceIds(input, data),
): string | null {
  const metros = data.modifiers.find((m) => m.id === 'mod-coastal')?.metros ?? [];
  return metros.find((m) => m.places.some((id) => matched.has(id)))?.name ?? null;
}

/** The first BLS top metro the role's metro or city names, or undefined. */
export function findBlsMetro(
  input: PlaceInput,
  data: CompData,
  matched: ReadonlySet<string> = matchedPlaceIds(input, data),
) {
  return data.blsMetros.find((m) => matched.has(m.place));
}

/** The BLS top state the role's state names (full name or two-letter code), or undefined. */
export function findBlsState(input: Pick<CompInput, 'state'>, data: CompData) {
  const state = normalisePlace(input.state);
  if (!state) return undefined;
  return data.blsStates.find((s) => normalisePlace(s.state) === state || normalisePlace(s.code) === state);
}

/** The JD guide's metro rows (one per level) for the role's place, or for Remote (US) when remote. */
export function findMetroLevelRows(
  input: PlaceInput & Pick<CompInput, 'workMode'>,
  data: CompData,
  matched?: ReadonlySet<string>,
) {
  if (input.workMode === 'remote') return data.metroLevelRanges.filter((r) => r.remote);
  const places = matched ?? matchedPlaceIds(input, data);
  const metro = data.metroLevelRanges.find((r) => !r.remote && r.places.some((id) => places.has(id)))?.metro;
  return metro ? data.metroLevelRanges.filter((r) => r.metro === metro) : [];
}
