import { ROLE_NOUN } from './heading-line';

/** The part of a "Company | Role | Place | Pay" line that names the role, or null for other lines. */
export function pipedTitle(line: string): string | null {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length >= 3) return parts.find((p) => ROLE_NOUN.test(p))?.trim() ?? null;
  return dashedTitle(line);
}

/** Pay ("$160k–$190k") or a place or work mode ("Remote (US)", "Denver, CO") as a part of a title line. */
const PAY_OR_PLACE_PART =
  /^(?:[$£€]\s?\d|\d[\d,.]*\s?k?\s*(?:[-–]|to)\s*[$£€]?\d)|^(?:remote|hybrid|on[- ]?site|in[- ]office)\b|^[A-Z][\w. ]+,\s*[A-Z]{2}\b/i;

/**
 * "Backend Engineer — $160k–$190k — Remote (US)": a title line whose parts after dashes or dots
 * give the pay or the place names the role in its first part; those parts are still read there.
 */
function dashedTitle(line: string): string | null {
  const parts = line.split(/\s+[—–·]\s+/).map((p) => p.trim());
  const [role, ...rest] = parts;
  if (!role || rest.length < 2 || !ROLE_NOUN.test(role)) return null;
  return rest.every((p) => PAY_OR_PLACE_PART.test(p)) ? role : null;
}
