import type { CompInput } from './advice';
import type { CompData } from './comp-data';

/**
 * Place matching: the metro and city a recruiter typed ("Boston-Cambridge", "SF Bay Area",
 * "NYC", "Seattle, WA") against the names and aliases in the comp data. Case and punctuation
 * are ignored and an alias must match whole words, so "sf" matches "SF Bay Area" but not
 * "Sfax". Only metro and city are read: a state name ("New York", "Washington") says too
 * little about the metro.
 */

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

/** True when any alias (or name) appears as whole words in any of the texts. */
export function placeMatches(texts: string[], names: string[]): boolean {
  const haystacks = texts.map(normalisePlace).filter(Boolean);
  const needles = names.map(normalisePlace).filter(Boolean);
  return haystacks.some((h) => needles.some((n) => h.includes(n)));
}

const placeTexts = (input: Pick<CompInput, 'metro' | 'city'>) => [input.metro, input.city];

/** The coastal metro the role is in (San Francisco, Seattle, New York, Boston), or null. */
export function findCoastalMetro(input: Pick<CompInput, 'metro' | 'city'>, data: CompData): string | null {
  const metros = data.modifiers.find((m) => m.id === 'mod-coastal')?.metros ?? [];
  return metros.find((m) => placeMatches(placeTexts(input), [m.name, ...m.aliases]))?.name ?? null;
}

/** The first BLS top metro the role's metro or city names, or undefined. */
export function findBlsMetro(input: Pick<CompInput, 'metro' | 'city'>, data: CompData) {
  return data.blsMetros.find((m) => placeMatches(placeTexts(input), [m.metro, ...m.aliases]));
}

/** The BLS top state the role's state names (full name or two-letter code), or undefined. */
export function findBlsState(input: Pick<CompInput, 'state'>, data: CompData) {
  const state = normalisePlace(input.state);
  if (!state) return undefined;
  return data.blsStates.find((s) => normalisePlace(s.state) === state || normalisePlace(s.code) === state);
}

/** The JD guide's metro rows (one per level) for the role's place, or for Remote (US) when remote. */
export function findMetroLevelRows(input: Pick<CompInput, 'metro' | 'city' | 'workMode'>, data: CompData) {
  if (input.workMode === 'remote') return data.metroLevelRanges.filter((r) => r.remote);
  const metro = data.metroLevelRanges.find(
    (r) => !r.remote && placeMatches(placeTexts(input), [r.metro, ...r.aliases]),
  )?.metro;
  return metro ? data.metroLevelRanges.filter((r) => r.metro === metro) : [];
}
