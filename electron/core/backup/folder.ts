import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files/write-atomic';

/**
 * Where backups go is kept in a small file beside the database, not in it: a restore
 * replaces the database and must not move the backups, and a damaged database must still
 * say where its backups are.
 */
export function folderSettingFile(databasePath: string): string {
  const stem = path.basename(databasePath, path.extname(databasePath));
  return path.join(path.dirname(databasePath), `${stem}.backup-folder.json`);
}

export function defaultBackupFolder(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

/** The chosen folder, or the default; a setting file that cannot be read counts as no choice. */
export function backupFolder(databasePath: string): { folder: string; isDefault: boolean } {
  try {
    const saved = JSON.parse(fs.readFileSync(folderSettingFile(databasePath), 'utf8')) as {
      folder?: unknown;
    };
    if (typeof saved.folder === 'string' && path.isAbsolute(saved.folder))
      return { folder: saved.folder, isDefault: false };
  } catch {
    // no choice saved yet
  }
  return { folder: defaultBackupFolder(databasePath), isDefault: true };
}

/** Saves the choice after checking that backups can be written there; null: back to the default. */
export function chooseBackupFolder(databasePath: string, folder: string | null): void {
  const file = folderSettingFile(databasePath);
  if (folder === null) {
    fs.rmSync(file, { force: true });
    return;
  }
  if (!path.isAbsolute(folder))
    throw new AppError('bad_input', `Give the backup folder as a full path (${folder} is relative).`);
  const problem = folderProblem(folder);
  if (problem) throw new AppError('backup_failed', `${problem} The backup folder was not changed.`);
  writeFileAtomic(file, JSON.stringify({ folder: path.resolve(folder) }, null, 2));
}

/** Why backups cannot be written to the folder now, in words a recruiter can act on; null when they can. */
export function folderProblem(folder: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `The backup folder ${folder} does not exist (is the drive or synced folder connected?).`;
  }
  if (!stat.isDirectory()) return `The backup folder ${folder} is a file, not a folder.`;
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    const probe = path.join(folder, `.reqdesk-probe-${process.pid}.tmp`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    return `Reqdesk cannot write to the backup folder ${folder} (it is read-only or you lack permission).`;
  }
  return null;
}

/**
 * The folder a backup is written to now: the default one is created on first use; a chosen
 * one must already be there, since a missing one usually means an unplugged drive.
 */
export function writableBackupFolder(databasePath: string, override?: string): string {
  const chosen = override ? { folder: path.resolve(override), isDefault: false } : backupFolder(databasePath);
  if (chosen.isDefault) fs.mkdirSync(chosen.folder, { recursive: true });
  const problem = folderProblem(chosen.folder);
  if (problem) throw new AppError('backup_failed', `${problem} No backup was taken; your data is unchanged.`);
  return chosen.folder;
}
