import fs from 'node:fs';
import path from 'node:path';
import type { BackupManifest } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { listBackups } from '../db/pre-upgrade-backup';
import { syncFile, syncFolder } from './create';
import { backupFolder, folderProblem } from './folder';
import { backupFileName, sha256File, writeManifest } from './manifest';
import { verifyBackupFile } from './verify';

/**
 * The copy openDatabase takes before a schema upgrade is written before any core exists, so
 * it has no manifest and Settings > Data would never list it. Once the core is open, each
 * such copy is checked, moved into the backup folder under the usual name and given its
 * manifest, so it can be verified, restored and erased like any other backup. A copy that
 * fails its check, or a folder that cannot take it, leaves the file where it is.
 */
export async function listUpgradeBackups(ctx: CoreContext): Promise<string[]> {
  try {
    return await adoptAll(ctx);
  } catch (error) {
    // The app opens either way; the copy stays where openDatabase wrote it.
    console.error('[core] could not list the upgrade backups:', error);
    return [];
  }
}

async function adoptAll(ctx: CoreContext): Promise<string[]> {
  const databasePath = ctx.database.path;
  const waiting = listBackups(databasePath);
  if (waiting.length === 0) return [];
  const { folder, isDefault } = backupFolder(databasePath);
  // A chosen folder that is missing is a drive not connected: never make it here.
  if (isDefault) fs.mkdirSync(folder, { recursive: true });
  if (folderProblem(folder)) return [];
  const adopted: string[] = [];
  for (const raw of waiting) {
    try {
      const target = await adoptOne(ctx, raw, folder);
      if (target) adopted.push(target);
    } catch (error) {
      // Another process may have moved it a moment ago.
      if (fs.existsSync(raw)) console.error(`[core] could not list the upgrade backup ${raw}:`, error);
    }
  }
  return adopted;
}

async function adoptOne(ctx: CoreContext, raw: string, folder: string): Promise<string | null> {
  const verification = await verifyBackupFile(raw, ctx.nativeBinding);
  if (!verification.ok) return null;
  const at = takenAt(raw);
  const target = freeName(folder, ctx.database.path, at);
  moveFile(raw, target);
  await syncFile(target);
  const manifest: BackupManifest = {
    format: 'reqdesk-backup',
    formatVersion: 1,
    file: path.basename(target),
    createdAt: at.toISOString(),
    reason: 'before-upgrade',
    appVersion: ctx.appVersion,
    schemaVersion: verification.schemaVersion,
    sizeBytes: fs.statSync(target).size,
    sha256: await sha256File(target),
    counts: verification.counts,
    verifiedAt: ctx.clock().toISOString(),
    purgedCandidates: 0,
  };
  writeManifest(target, manifest);
  syncFolder(folder);
  return target;
}

/** `reqdesk-schema-v8-2026-11-22T10-00-00-000Z.sqlite` carries when it was taken; else its mtime. */
function takenAt(file: string): Date {
  const stamp = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/.exec(path.basename(file));
  if (stamp) {
    const parsed = new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return fs.statSync(file).mtime;
}

function freeName(folder: string, databasePath: string, at: Date): string {
  for (let offset = 0; ; offset += 1) {
    const name = backupFileName(databasePath, new Date(at.getTime() + offset), 'before-upgrade');
    const candidate = path.join(folder, name);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** A rename where it can; across drives (a synced backup folder) a copy, then the original goes. */
function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fs.rmSync(from);
  }
}
