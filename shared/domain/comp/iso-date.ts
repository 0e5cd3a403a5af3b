import { z } from 'zod';

/**
 * Calendar dates written YYYY-MM-DD. Kept apart from the comp data schema so that the role
 * spec (shared/roles.ts), which that schema imports, can use the same check without a cycle.
 */

/** True when the text is YYYY-MM-DD and that day exists: "2026-02-30" is refused, not rolled over. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.')
  .refine(isCalendarDate, 'That date does not exist.');
