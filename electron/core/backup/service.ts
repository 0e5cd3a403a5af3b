import path from 'node:path';
import type { BackupStatus } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { backupFolder, chooseBackupFolder, folderProblem } from './folder';
import { backupsOf } from './rotate';
import { ROTATION_RULE } from './rotation';
import { backupState } from './state';

/** Everything Settings > Data shows: where things are, the backups, the last result, a backup running now. */
export function backupStatus(ctx: CoreContext): BackupStatus {
  const { folder, isDefault } = backupFolder(ctx.database.path);
  const backups = backupsOf(folder, ctx.database.path);
  const state = backupState(ctx);
  const last = backups[0] ?? null;
  const failure = state.lastFailure;
  return {
    databasePath: ctx.database.path,
    folder,
    folderIsDefault: isDefault,
    // The default folder is made on the first backup, so its absence is no problem.
    folderProblem: isDefault && backups.length === 0 ? null : folderProblem(folder),
    backups,
    last,
    lastFailure: failure && (!last || failure.at > last.createdAt) ? failure : null,
    running: state.progress,
    canShowInFolder: ctx.showInFolder !== undefined,
    rotationRule: ROTATION_RULE,
  };
}

export function setBackupFolder(ctx: CoreContext, folder: string | null): BackupStatus {
  chooseBackupFolder(ctx.database.path, folder);
  return backupStatus(ctx);
}

/**
 * Opens the file manager on the database, the backup folder or one listed backup. Only
 * paths the core itself knows are shown: the renderer cannot make it open anything else.
 */
export function showInFolder(ctx: CoreContext, target: 'database' | 'backups', backupPath?: string): void {
  if (!ctx.showInFolder)
    throw new AppError('unavailable', 'Showing files is only available in the desktop app.');
  const status = backupStatus(ctx);
  let shown = target === 'database' ? ctx.database.path : status.folder;
  if (target === 'backups' && backupPath !== undefined) {
    const listed = status.backups.find((b) => b.path === path.resolve(backupPath));
    if (!listed) throw new AppError('not_found', 'That backup is not in the list any more.');
    shown = listed.path;
  }
  ctx.showInFolder(shown);
}
