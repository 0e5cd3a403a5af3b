import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupVerification, RestoreResult } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { checkDatabaseFile } from '../db/check-file';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import { AppError } from '../errors';
import { exclusively } from '../maintenance';
import { syncStarterBank } from '../questions/starter-bank';
import { listUpgradeBackups } from './adopt';
import { createBackup, removeWithCompanions, syncFile, syncFolder } from './create';
import { readManifest, toEntry } from './manifest';
import { verifyBackupFile } from './verify';

/**
 * Puts a backup in place of the open database. The backup is checked in full first (a
 * damaged, cut-short or newer-version one is refused with nothing touched); then, with the
 * core to itself, the current database is backed up, the backup is copied beside it and
 * renamed over it in one step, and the core reopens it: the same context, a new handle, so
 * the preview server and Electron's IPC go on serving without a restart.
 */
export async function restoreBackup(ctx: CoreContext, file: string): Promise<RestoreResult> {
  const verification = await verifyBackupFile(file, ctx.nativeBinding);
  if (!verification.ok) throw refusal(verification);
  return exclusively(ctx, async () => {
    const safetyBackup = await createBackup(ctx, { reason: 'before-restore' });
    const target = ctx.database.path;
    const temp = path.join(
      path.dirname(target),
      `.reqdesk-restore-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      fs.copyFileSync(verification.path, temp);
      await syncFile(temp);
      // The copy is what goes live: check it, not only the file it came from.
      const copy = await checkDatabaseFile(temp, { nativeBinding: ctx.nativeBinding });
      if (!copy.ok)
        throw new AppError(
          'db_corrupt',
          `The copy of the backup did not pass its check (${copy.problems[0]}).`,
        );
    } catch (error) {
      removeWithCompanions(temp);
      throw error instanceof AppError
        ? new AppError(error.code, `${error.message} Your current data was not touched.`)
        : new AppError(
            'backup_failed',
            `Copying the backup failed (${(error as Error).message}). Your current data was not touched.`,
          );
    }

    await ctx.database.close();
    if (fs.existsSync(`${target}-wal`)) {
      // Another program still has the file open: replacing it now would mix the two.
      removeWithCompanions(temp);
      await reopen(ctx, target);
      throw new AppError(
        'backup_failed',
        'Another program (a second Reqdesk or a reqdesk command) has the database open; close it and restore again. Your current data was not touched.',
      );
    }
    fs.renameSync(temp, target);
    syncFolder(path.dirname(target));
    try {
      await reopen(ctx, target);
    } catch (error) {
      fs.copyFileSync(safetyBackup.path, temp);
      fs.renameSync(temp, target);
      await reopen(ctx, target);
      throw new AppError(
        'backup_failed',
        `The restored database could not be opened (${(error as Error).message}); your data from before the restore is back.`,
      );
    }
    const manifest = readManifest(verification.path);
    return {
      restored: manifest
        ? toEntry(verification.path, manifest, LATEST_SCHEMA_VERSION)
        : { path: verification.path },
      safetyBackup,
    };
  });
}

/** Why a backup that failed its check is not restored; the current data is never touched by then. */
export function refusal(verification: BackupVerification): AppError {
  const tooNew = verification.schemaVersion > LATEST_SCHEMA_VERSION;
  return new AppError(
    tooNew ? 'db_too_new' : 'db_corrupt',
    `${verification.path} cannot be restored: ${verification.problems.slice(0, 3).join('; ')}. Your current data was not touched.`,
  );
}

async function reopen(ctx: CoreContext, file: string): Promise<void> {
  ctx.database = await openDatabase(file, { nativeBinding: ctx.nativeBinding, clock: ctx.clock });
  await syncStarterBank(ctx);
  // A backup from an older Reqdesk was just upgraded: its own pre-upgrade copy joins the list.
  await listUpgradeBackups(ctx);
}
