import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  type BackupEntry,
  type BackupManifest,
  type BackupReason,
  backupReasons,
} from '../../../shared/backup';
import { writeFileAtomic } from '../files/write-atomic';

const MANIFEST_SUFFIX = '.manifest.json';
/** Temporary files of a backup in progress carry this prefix and the writer's process id. */
export const TEMP_PREFIX = '.reqdesk-backup-';
/** Temporary files this process is writing right now: never swept. */
export const activeTemps = new Set<string>();

const count = z.number().int().min(0).nullable();
const manifestSchema = z.object({
  format: z.literal('reqdesk-backup'),
  formatVersion: z.literal(1),
  file: z.string().regex(/^[^/\\]+\.sqlite$/),
  createdAt: z.iso.datetime(),
  reason: z.enum(backupReasons),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(0),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.object({ roles: count, candidates: count, interviews: count, scorecards: count }),
  verifiedAt: z.iso.datetime(),
  purgedCandidates: z.number().int().min(0),
});

/** `reqdesk-20261207T101500123Z-scheduled.sqlite`: sorts by time, says why. */
export function backupFileName(databasePath: string, at: Date, reason: BackupReason): string {
  const stem = path.basename(databasePath, path.extname(databasePath));
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${stem}-${stamp}-${reason}.sqlite`;
}

export const manifestPathOf = (backupFile: string): string => `${backupFile}${MANIFEST_SUFFIX}`;

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPathOf(backupFile), 'utf8')));
    return parsed.success && parsed.data.file === path.basename(backupFile) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The manifest is written last: a backup without one was never finished and is never listed. */
export function writeManifest(backupFile: string, manifest: BackupManifest): void {
  writeFileAtomic(manifestPathOf(backupFile), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function toEntry(backupFile: string, manifest: BackupManifest, latestSchema: number): BackupEntry {
  return { ...manifest, path: backupFile, tooNew: manifest.schemaVersion > latestSchema };
}

/**
 * The finished backups in a folder, newest first: a file is listed only with a manifest that
 * names it and the size it was verified at (a copy cut short or changed since is left out).
 */
export function listFolder(folder: string, latestSchema: number): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (!name.endsWith('.sqlite') || name.startsWith('.')) continue;
    const file = path.join(folder, name);
    const manifest = readManifest(file);
    if (!manifest || sizeOf(file) !== manifest.sizeBytes) continue;
    entries.push(toEntry(file, manifest, latestSchema));
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** Streams the file through SHA-256 without holding it in memory or blocking the event loop. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Removes what interrupted backups left: temporary files of processes that are no longer
 * running, and backup files whose manifest never got written. A temporary file of a live
 * process (a backup running in another window or the CLI) is left alone.
 */
export function sweepLeftovers(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    if (name.startsWith(TEMP_PREFIX)) {
      const pid = Number(name.slice(TEMP_PREFIX.length).split('-')[0]);
      if (!activeTemps.has(file) && !processAlive(pid)) fs.rmSync(file, { force: true });
    } else if (name.endsWith('.sqlite') && !fs.existsSync(manifestPathOf(file)) && isOurs(name)) {
      fs.rmSync(file, { force: true });
    }
  }
}

/** Only files named like our backups are ever removed from a folder the person chose. */
const isOurs = (name: string): boolean =>
  new RegExp(`-\\d{8}T\\d{9}Z-(${backupReasons.join('|')})\\.sqlite$`).test(name);

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
