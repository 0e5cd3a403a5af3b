import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { listFolder, manifestPathOf } from './manifest';
import { backupsToKeep } from './rotation';

/** The finished backups of this database in the folder, newest first (a shared folder may hold others'). */
export function backupsOf(folder: string, databasePath: string): BackupEntry[] {
  const stem = path.basename(databasePath, path.extname(databasePath));
  return listFolder(folder, LATEST_SCHEMA_VERSION).filter((entry) => entry.file.startsWith(`${stem}-`));
}

/** Deletes the backups the rotation rule no longer keeps: manifest first, so a half-deleted one is never listed. */
export function rotate(folder: string, databasePath: string): void {
  const backups = backupsOf(folder, databasePath);
  const keep = backupsToKeep(backups);
  for (const backup of backups) {
    if (keep.has(backup)) continue;
    fs.rmSync(manifestPathOf(backup.path), { force: true });
    fs.rmSync(backup.path, { force: true });
  }
}
