import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupManifest, BackupReason } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { checkDatabaseFile } from '../db/check-file';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { snapshotTo } from '../db/snapshot';
import { AppError } from '../errors';
import { probeWrite, writeFailure } from './errors';
import { writableBackupFolder } from './folder';
import {
  activeTemps,
  backupFileName,
  manifestPathOf,
  sha256File,
  sweepLeftovers,
  TEMP_PREFIX,
  toEntry,
  writeManifest,
} from './manifest';
import { rotate } from './rotate';
import { backupState, queued } from './state';

export interface CreateOptions {
  reason: BackupReason;
  /** Another folder for this one backup (`reqdesk backup create --to DIR`). */
  folder?: string | undefined;
}

/**
 * Takes a verified backup of the open database: copied online under a temporary name,
 * checked (integrity_check, schema version, counts), then renamed and given its manifest.
 * Anything that fails on the way removes the partial file and is remembered for Settings.
 */
export function createBackup(ctx: CoreContext, options: CreateOptions): Promise<BackupEntry> {
  return queued(ctx, async () => {
    const state = backupState(ctx);
    const at = ctx.clock();
    try {
      const entry = await writeBackup(ctx, options, at);
      state.lastFailure = null;
      return entry;
    } catch (error) {
      state.lastFailure = { at: at.toISOString(), reason: options.reason, message: (error as Error).message };
      throw error;
    } finally {
      state.progress = null;
    }
  });
}

async function writeBackup(
  ctx: CoreContext,
  { reason, folder }: CreateOptions,
  at: Date,
): Promise<BackupEntry> {
  const state = backupState(ctx);
  const dir = writableBackupFolder(ctx.database.path, folder);
  sweepLeftovers(dir);
  const temp = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let final: string | null = null;
  activeTemps.add(temp);
  try {
    state.progress = { reason, phase: 'copying', fraction: 0 };
    await snapshotTo(ctx.database.sqlite, temp, ({ totalPages, remainingPages }) => {
      state.progress = {
        reason,
        phase: 'copying',
        fraction: totalPages ? 1 - remainingPages / totalPages : 0,
      };
    });
    state.progress = { reason, phase: 'verifying', fraction: 1 };
    const check = await checkDatabaseFile(temp, {
      nativeBinding: ctx.nativeBinding,
      makeSelfContained: true,
    });
    if (!check.ok)
      throw new AppError(
        'backup_failed',
        `The new backup did not pass its check (${check.problems.slice(0, 3).join('; ')}), so it was deleted and not listed. Your data is unchanged.`,
      );
    if (check.schemaVersion !== ctx.database.schemaVersion)
      throw new AppError(
        'backup_failed',
        `The new backup reads as schema ${check.schemaVersion}, not ${ctx.database.schemaVersion}; it was deleted and not listed.`,
      );
    await syncFile(temp);
    const manifest: BackupManifest = {
      format: 'reqdesk-backup',
      formatVersion: 1,
      file: '',
      createdAt: at.toISOString(),
      reason,
      appVersion: ctx.appVersion,
      schemaVersion: check.schemaVersion,
      sizeBytes: fs.statSync(temp).size,
      sha256: await sha256File(temp),
      counts: check.counts,
      verifiedAt: ctx.clock().toISOString(),
      purgedCandidates: 0,
    };
    final = freeName(dir, ctx.database.path, at, reason);
    manifest.file = path.basename(final);
    fs.renameSync(temp, final);
    writeManifest(final, manifest);
    syncFolder(dir);
    rotate(dir, ctx.database.path);
    return toEntry(final, manifest, LATEST_SCHEMA_VERSION);
  } catch (error) {
    // better-sqlite3 deletes a copy it could not finish, so the probe goes where a whole copy would end.
    const needed =
      Number(ctx.database.sqlite.pragma('page_count', { simple: true })) *
      Number(ctx.database.sqlite.pragma('page_size', { simple: true }));
    removeWithCompanions(temp);
    if (final && !fs.existsSync(manifestPathOf(final))) fs.rmSync(final, { force: true });
    throw writeFailure(error, 'the backup', dir, () => probeWrite(dir, needed));
  } finally {
    activeTemps.delete(temp);
  }
}

/** The backup's name; two backups in the same millisecond (tests, a quick double click) get distinct ones. */
function freeName(dir: string, databasePath: string, at: Date, reason: BackupReason): string {
  for (let offset = 0; ; offset += 1) {
    const candidate = path.join(dir, backupFileName(databasePath, new Date(at.getTime() + offset), reason));
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The file and the journal files SQLite may have left beside it. */
export function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Flushes the file to disk on libuv's thread pool: a 100 MB fsync must not stall the event loop. */
export async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable: the folder's entry is flushed, not only the file. */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
