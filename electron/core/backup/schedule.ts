import type { CoreContext } from '../context';
import { maintenanceOver } from '../maintenance';
import { createBackup } from './create';
import { backupStatus } from './service';
import { backupState } from './state';

const HOUR = 60 * 60 * 1000;
/** At start, a backup is taken when the newest one is older than this. */
export const START_BACKUP_AGE_MS = 24 * HOUR;
/** While the app is open, a backup is taken when the newest one is older than this. */
export const OPEN_BACKUP_AGE_MS = 4 * HOUR;
const CHECK_EVERY_MS = 15 * 60 * 1000;

/** Whether a backup is due: none yet, or the newest is older than `maxAgeMs`. */
export function backupDue(ctx: CoreContext, maxAgeMs: number): boolean {
  const last = backupStatus(ctx).last;
  return !last || ctx.clock().getTime() - Date.parse(last.createdAt) >= maxAgeMs;
}

/** A brand-new database holds only the shipped question bank: nothing of the recruiter's to keep yet. */
async function holdsRecruiterData(ctx: CoreContext): Promise<boolean> {
  const role = await ctx.database.db.selectFrom('roles').select('id').limit(1).executeTakeFirst();
  const candidate = await ctx.database.db.selectFrom('candidates').select('id').limit(1).executeTakeFirst();
  return role !== undefined || candidate !== undefined;
}

async function backUpIfDue(ctx: CoreContext, maxAgeMs: number): Promise<void> {
  await maintenanceOver(ctx); // a restore may be swapping the database
  if (!backupDue(ctx, maxAgeMs) || !(await holdsRecruiterData(ctx))) return;
  // A failure is kept in the backup state and shown in Settings > Data; the app goes on.
  await createBackup(ctx, { reason: 'scheduled' }).catch((error: unknown) =>
    console.warn('[backup] scheduled backup failed:', (error as Error).message),
  );
}

/**
 * Automatic backups for an app that stays open (Electron, preview): one at start when the
 * newest is older than a day, then one whenever the newest is older than four hours.
 * Returns the function that stops it.
 */
export function startBackupSchedule(ctx: CoreContext): () => void {
  const state = backupState(ctx);
  void backUpIfDue(ctx, START_BACKUP_AGE_MS);
  state.timer = setInterval(() => void backUpIfDue(ctx, OPEN_BACKUP_AGE_MS), CHECK_EVERY_MS);
  state.timer.unref();
  return () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
}
