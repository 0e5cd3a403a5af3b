/**
 * Which backups to keep. Written out in the README (keep the two; they must say the same):
 * the 3 newest always; then the newest backup of each of the last 7 days that have one, of
 * each of the last 4 weeks (ISO weeks, Monday first) and of each of the last 12 months.
 * Days, weeks and months are counted in UTC. Everything else is deleted after each backup.
 */
export const ROTATION_RULE =
  'Reqdesk keeps the 3 newest backups, plus the newest of each of the last 7 days, 4 weeks and 12 months that have one; older ones are deleted after each new backup.';

const KEEP_NEWEST = 3;
const KEEP_DAYS = 7;
const KEEP_WEEKS = 4;
const KEEP_MONTHS = 12;

export interface Dated {
  createdAt: string;
}

/** The backups to keep, by the rule above; `backups` in any order. */
export function backupsToKeep<T extends Dated>(backups: T[]): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST));
  for (const [bucketOf, limit] of [
    [dayOf, KEEP_DAYS],
    [weekOf, KEEP_WEEKS],
    [monthOf, KEEP_MONTHS],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const bucket = bucketOf(new Date(backup.createdAt));
      if (seen.has(bucket)) continue;
      if (seen.size === limit) break;
      seen.add(bucket);
      keep.add(backup); // the first one met in a bucket is its newest
    }
  }
  return keep;
}

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);
const monthOf = (d: Date): string => d.toISOString().slice(0, 7);

/** The Monday (UTC) that starts the date's ISO week. */
function weekOf(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return dayOf(monday);
}
