import path from 'node:path';
import type { BackupEntry, BackupVerification, RestoreResult } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { type ArchiveSummary, exportAll } from '../exchange/archive';
import { createBackup } from './create';
import { writableBackupFolder } from './folder';
import { restoreBackup } from './restore';
import { backupStatus } from './service';
import { verifyBackupFile } from './verify';

/** The renderer may name only backups in the list: it cannot make the core restore or read any other file. */
function listedBackup(ctx: CoreContext, file: string): BackupEntry {
  const found = backupStatus(ctx).backups.find((b) => b.path === path.resolve(file));
  if (!found)
    throw new AppError('not_found', 'That backup is not in the list any more; refresh and pick another.');
  return found;
}

export const backUpNow = (ctx: CoreContext): Promise<BackupEntry> => createBackup(ctx, { reason: 'manual' });

export function verifyListedBackup(ctx: CoreContext, file: string): Promise<BackupVerification> {
  return verifyBackupFile(listedBackup(ctx, file).path, ctx.nativeBinding);
}

export function restoreListedBackup(ctx: CoreContext, file: string): Promise<RestoreResult> {
  return restoreBackup(ctx, listedBackup(ctx, file).path);
}

/**
 * Runs a change that brings data in (an import) only after a fresh backup: if the backup
 * cannot be taken, the import does not run, so it can always be undone by a restore.
 */
export async function afterBackup<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  try {
    await createBackup(ctx, { reason: 'before-import' });
  } catch (error) {
    throw new AppError(
      'backup_failed',
      `Nothing was imported, because no backup could be taken first: ${(error as Error).message}`,
    );
  }
  return work();
}

/**
 * "Export everything": under Electron to where the person saves it, elsewhere (preview)
 * into the backup folder, the one place the person has already chosen for copies of data.
 */
export async function exportEverything(ctx: CoreContext): Promise<ArchiveSummary | null> {
  const stem = path.basename(ctx.database.path, path.extname(ctx.database.path));
  const name = `${stem}-export-${ctx.clock().toISOString().slice(0, 10)}.json`;
  if (ctx.chooseSavePath) {
    const chosen = await ctx.chooseSavePath({
      suggestedName: name,
      filters: [{ name: 'Reqdesk archive', extensions: ['json'] }],
    });
    return chosen ? exportAll(ctx, chosen) : null;
  }
  return exportAll(ctx, path.join(writableBackupFolder(ctx.database.path), name));
}
