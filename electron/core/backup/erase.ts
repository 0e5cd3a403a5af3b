import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, CandidateInBackups, PurgeResult } from '../../../shared/backup';
import type { CoreContext } from '../context';
import { checkDatabaseFile } from '../db/check-file';
import { removeWithCompanions, syncFile, syncFolder } from './create';
import { backupFolder } from './folder';
import { activeTemps, sha256File, TEMP_PREFIX, writeManifest } from './manifest';
import { backupsOf } from './rotate';
import { queued } from './state';

function currentBackups(ctx: CoreContext): BackupEntry[] {
  return backupsOf(backupFolder(ctx.database.path).folder, ctx.database.path);
}

async function holding(
  ctx: CoreContext,
  candidateId: string,
  backups: BackupEntry[],
): Promise<BackupEntry[]> {
  const found: BackupEntry[] = [];
  for (const backup of backups) {
    const check = await checkDatabaseFile(backup.path, {
      nativeBinding: ctx.nativeBinding,
      lookupCandidateId: candidateId,
    });
    if (check.holdsCandidate) found.push(backup);
  }
  return found;
}

/** How many of this database's backups still hold the candidate. */
export async function candidateInBackups(ctx: CoreContext, candidateId: string): Promise<CandidateInBackups> {
  const backups = currentBackups(ctx);
  return { holding: (await holding(ctx, candidateId, backups)).length, total: backups.length };
}

/**
 * Erases a deleted candidate from every backup that holds them: each is rewritten on a
 * private copy (delete, VACUUM so no free page keeps their text), verified again, and
 * renamed over the old file with a new manifest. A backup that fails keeps its old content
 * and is reported, so the recruiter knows it still holds the person.
 */
export function purgeCandidateFromBackups(ctx: CoreContext, candidateId: string): Promise<PurgeResult> {
  return queued(ctx, async () => {
    const result: PurgeResult = { purged: 0, failed: [] };
    for (const backup of await holding(ctx, candidateId, currentBackups(ctx))) {
      try {
        await rewriteWithout(ctx, backup, candidateId);
        result.purged += 1;
      } catch (error) {
        result.failed.push({ path: backup.path, message: (error as Error).message });
      }
    }
    return result;
  });
}

async function rewriteWithout(ctx: CoreContext, backup: BackupEntry, candidateId: string): Promise<void> {
  const dir = path.dirname(backup.path);
  const temp = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  activeTemps.add(temp);
  try {
    fs.copyFileSync(backup.path, temp);
    const check = await checkDatabaseFile(temp, {
      nativeBinding: ctx.nativeBinding,
      purgeCandidateId: candidateId,
    });
    if (!check.ok || check.holdsCandidate)
      throw new Error(
        `the rewritten copy did not pass its check (${check.problems[0] ?? 'the candidate is still there'})`,
      );
    await syncFile(temp);
    const { path: _path, tooNew: _tooNew, ...manifest } = backup;
    const sizeBytes = fs.statSync(temp).size;
    const sha256 = await sha256File(temp);
    fs.renameSync(temp, backup.path);
    writeManifest(backup.path, {
      ...manifest,
      sizeBytes,
      sha256,
      counts: check.counts,
      verifiedAt: ctx.clock().toISOString(),
      purgedCandidates: manifest.purgedCandidates + 1,
    });
    syncFolder(dir);
  } finally {
    removeWithCompanions(temp);
    activeTemps.delete(temp);
  }
}
