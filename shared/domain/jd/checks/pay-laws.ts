/** Which pay-transparency laws a posting falls under: the role's places, and the employer's base for a remote role. */
import type { JdCheckContext, PayTransparencyLaw } from '../types';
import { findLocationsInText, type JdLocation, parseLocation } from '../us-states';
import type { JdView } from '../view';
import { SCAN_LIMIT } from './pay-read';

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
export function placesFor(view: JdView, ctx: JdCheckContext): JdLocation[] {
  const laws = ctx.data.payTransparency.laws;
  const given = withState(parseLocation(ctx.location), laws);
  if (given?.state) return [given];
  const roleText = view.flat.sections
    .filter((s) => s.id !== 'company')
    .map((s) => view.text.slice(s.start, Math.min(s.end, s.start + SCAN_LIMIT)))
    .join('\n');
  return findLocationsInText(roleText);
}

/** "headquartered in Denver, CO", "a New York, NY company", "based in Chicago, IL": where the employer sits. */
const BASE_WORDS =
  /\b(?:headquarter(?:s|ed)|\bHQ\b|based (?:in|out of)|offices? in|company|founded in|home base)\b/i;

/**
 * Where the employer is based: places in the company section, and places the role's text names
 * beside "headquartered", "based in" or "company". A remote role reaches the laws of that place
 * when they cover remote roles reporting there (remoteReach 'employer-based').
 */
function employerBase(view: JdView): JdLocation[] {
  const company = view
    .sections('company')
    .map((s) => view.text.slice(s.start, Math.min(s.end, s.start + SCAN_LIMIT)))
    .join('\n');
  const sentences = view.text
    .slice(0, SCAN_LIMIT)
    .split(/(?<=[.!?])\s+|\n/)
    .filter((line) => BASE_WORDS.test(line));
  return findLocationsInText(`${company}\n${sentences.join('\n')}`);
}

/** A law that applies, and why: the place the role is done in, or the employer's base for a remote role. */
interface ApplicableLaw {
  law: PayTransparencyLaw;
  viaBase: boolean;
}

/**
 * The laws a posting falls under. The role's own places always count. For a remote role, the
 * employer's base counts as well: every law of it when the text limits the role to no place
 * (the job can be done from the base), and otherwise only the laws that reach remote roles
 * reporting there. Without a remote role or a place of its own, the base stands in for the place.
 */
export function applicableLaws(view: JdView, ctx: JdCheckContext, remote: boolean): ApplicableLaw[] {
  const all = ctx.data.payTransparency.laws;
  const places = placesFor(view, ctx);
  const found = new Map<string, ApplicableLaw>();
  for (const law of places.flatMap((p) => lawsFor(p, all))) found.set(law.id, { law, viaBase: false });
  if (!remote && places.length > 0) return [...found.values()];
  const roleOpenEverywhere = places.length === 0;
  for (const law of employerBase(view).flatMap((p) => lawsFor(p, all))) {
    if (found.has(law.id)) continue;
    if (!remote || roleOpenEverywhere || law.remoteReach === 'employer-based')
      found.set(law.id, { law, viaBase: remote });
  }
  return [...found.values()];
}

/** For the CLI and the UI: the laws that apply to a location, in force or not. */
export function payTransparencyLawsFor(location: string, laws: PayTransparencyLaw[]): PayTransparencyLaw[] {
  return lawsFor(parseLocation(location), laws);
}
