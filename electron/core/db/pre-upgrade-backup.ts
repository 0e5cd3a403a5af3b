import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { removeLeftovers } from '../files/leftovers';

export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

const stemOf = (file: string) => path.basename(file, path.extname(file));

/** Complete pre-upgrade backups of `file`, oldest first (unfinished ones never match). */
export function listBackups(file: string, backupDir = defaultBackupDir(file)): string[] {
  const stem = stemOf(file);
  try {
    return fs
      .readdirSync(backupDir)
      .filter((name) => name.startsWith(`${stem}-schema-v`) && name.endsWith('.sqlite'))
      .sort()
      .map((name) => path.join(backupDir, name));
  } catch {
    return [];
  }
}

/** `<backup>.partial-<pid>` and SQLite's `-journal` beside it, while a backup is being written. */
const UNFINISHED = /\.sqlite\.partial-(\d+)(-journal)?$/;

/** Removes the pieces of backups whose writer was killed (a partial copy and its journal). */
export function removeUnfinishedBackups(backupDir: string): string[] {
  return removeLeftovers(backupDir, UNFINISHED);
}

/**
 * Copies the file (SQLite's online backup) to the backups folder before a schema upgrade.
 * The copy is written under a temporary name and renamed when complete, so a kill halfway
 * never leaves something that looks like a backup (openDatabase removes the pieces).
 */
export async function backupBeforeUpgrade(
  sqlite: BetterSqlite3.Database,
  file: string,
  fromVersion: number,
  now: Date,
  backupDir = defaultBackupDir(file),
): Promise<string> {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dest = path.join(backupDir, `${stemOf(file)}-schema-v${fromVersion}-${stamp}.sqlite`);
  const partial = `${dest}.partial-${process.pid}`;
  try {
    await sqlite.backup(partial);
    fs.renameSync(partial, dest);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  syncFolder(backupDir);
  return dest;
}

/** Makes the rename durable where the platform allows it (Windows cannot open a folder). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the backup itself is complete either way.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
