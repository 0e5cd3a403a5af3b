import fs from 'node:fs';
import path from 'node:path';
import type { BackupVerification } from '../../../shared/backup';
import { checkDatabaseFile } from '../db/check-file';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { AppError } from '../errors';
import { readManifest, sha256File } from './manifest';

/**
 * Checks a backup file in full: SQLite's integrity_check, that it is a Reqdesk database of
 * a schema this version knows, and, when it has a manifest, that size, SHA-256 and counts
 * are still what was verified when it was taken. Reads only; never changes the file.
 */
export async function verifyBackupFile(file: string, nativeBinding?: string): Promise<BackupVerification> {
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile())
    throw new AppError('not_found', `There is no backup file at ${full}.`);
  const manifest = readManifest(full);
  const check = await checkDatabaseFile(full, { nativeBinding });
  const problems = [...check.problems];
  if (check.problems.length === 0 && !check.isReqdesk) problems.push('it is not a Reqdesk database');
  if (check.schemaVersion > LATEST_SCHEMA_VERSION)
    problems.push(
      `it was written by a newer Reqdesk (schema ${check.schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION})`,
    );
  if (manifest) {
    const size = fs.statSync(full).size;
    if (size !== manifest.sizeBytes)
      problems.push(`its size is ${size} bytes, not the ${manifest.sizeBytes} verified`);
    else if ((await sha256File(full)) !== manifest.sha256)
      problems.push('its content changed since it was verified (SHA-256 differs)');
    if (check.problems.length === 0 && JSON.stringify(check.counts) !== JSON.stringify(manifest.counts))
      problems.push('its row counts differ from its manifest');
  }
  return {
    path: full,
    ok: problems.length === 0,
    problems,
    schemaVersion: check.schemaVersion,
    counts: check.counts,
    manifest,
  };
}
