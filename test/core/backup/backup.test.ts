import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createBackup } from '../../../electron/core/backup/create';
import { chooseBackupFolder } from '../../../electron/core/backup/folder';
import { manifestPathOf, readManifest } from '../../../electron/core/backup/manifest';
import { restoreBackup } from '../../../electron/core/backup/restore';
import { backupStatus } from '../../../electron/core/backup/service';
import { verifyBackupFile } from '../../../electron/core/backup/verify';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import type { BackupEntry, BackupStatus, CandidateInBackups, PurgeResult } from '../../../shared/backup';
import type { Candidate } from '../../../shared/candidates';
import { caller } from '../../support/core-caller';
import { makeTempDir, openTempCore, type TempCore } from '../../support/temp-db';
import { dumpDatabase, seedRecruiterData } from './seed';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A core as the app opens it (the starter bank in), so a restore's reopen changes nothing else. */
async function core(): Promise<TempCore> {
  const opened = await openTempCore({ starterBank: true });
  cleanups.push(async () => opened.close());
  return opened;
}

const copyOf = (file: string, dir: string, name: string): string => {
  const target = path.join(dir, name);
  fs.copyFileSync(file, target);
  return target;
};

// Each backup copies, checks and hashes a real file: slow on a busy machine, never wrong.
describe('backups', () => {
  it('are verified, listed with their counts, and the manifest matches the file', async () => {
    const c = await core();
    await seedRecruiterData(c.ctx);
    const entry = await createBackup(c.ctx, { reason: 'manual' });
    expect(entry.counts).toEqual({ roles: 1, candidates: 1, interviews: 1, scorecards: 1 });
    expect(entry.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(path.dirname(entry.path)).toBe(path.join(c.dir, 'backups'));
    expect(readManifest(entry.path)?.sha256).toBe(entry.sha256);
    // Checked by SQLite itself, independently of our code.
    const raw = new BetterSqlite3(entry.path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete'); // self-contained: no -wal needed
    raw.close();
    expect((await verifyBackupFile(entry.path)).ok).toBe(true);
    const status = backupStatus(c.ctx);
    expect(status.backups.map((b) => b.path)).toEqual([entry.path]);
    expect(status.last?.path).toBe(entry.path);
    // No temporary file is left in the folder.
    expect(fs.readdirSync(path.dirname(entry.path)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('stay consistent while another connection keeps writing', async () => {
    const c = await core();
    await seedRecruiterData(c.ctx);
    // Grow the file so the copy takes many steps.
    c.database.sqlite.exec(
      "insert into settings (key, value, updated_at) with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000) select 'pad-' || i, json_quote(hex(randomblob(2000))), 'x' from n",
    );
    const writer = new BetterSqlite3(c.dbPath);
    writer.pragma('busy_timeout = 5000');
    let writes = 0;
    let running = true;
    const writeLoop = (async () => {
      while (running) {
        // Two rows per transaction: a torn copy would show one without the other.
        writer.transaction(() => {
          writes += 1;
          writer
            .prepare("insert into settings (key, value, updated_at) values (?, '1', 'x')")
            .run(`w-${writes}-a`);
          writer
            .prepare("insert into settings (key, value, updated_at) values (?, '1', 'x')")
            .run(`w-${writes}-b`);
        })();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const entry = await createBackup(c.ctx, { reason: 'manual' });
    running = false;
    await writeLoop;
    writer.close();
    expect(writes).toBeGreaterThan(0);
    expect((await verifyBackupFile(entry.path)).ok).toBe(true);
    const copy = new BetterSqlite3(entry.path, { readonly: true });
    const a = copy.prepare("select count(*) from settings where key like 'w-%-a'").pluck().get();
    const b = copy.prepare("select count(*) from settings where key like 'w-%-b'").pluck().get();
    copy.close();
    expect(a).toBe(b);
  });

  it('restore brings back exactly what was backed up, and keeps a backup of what it replaced', async () => {
    const c = await core();
    const { call } = caller(c.ctx);
    const seeded = await seedRecruiterData(c.ctx);
    const entry = await createBackup(c.ctx, { reason: 'manual' });
    const before = dumpDatabase(entry.path);
    const originalDump = dumpDatabase(c.dbPath);
    await call('candidates.update', { id: seeded.candidate.id, name: 'Changed After Backup' });
    await call('roles.create', {});

    const result = await restoreBackup(c.ctx, entry.path);
    c.database = c.ctx.database; // the core swapped its handle
    expect(dumpDatabase(c.dbPath)).toEqual(originalDump);
    expect(dumpDatabase(c.dbPath)).toEqual(before);
    // The same context keeps answering, on the restored data.
    expect((await call<Candidate>('candidates.get', { id: seeded.candidate.id })).name).toBe('Amaru Quispe');
    const safety = dumpDatabase(result.safetyBackup.path);
    expect((safety.candidates as unknown[][]).some((row) => row.includes('Changed After Backup'))).toBe(true);
  });

  it('refuses corrupt, truncated and future-version backups, leaving the current data untouched', async () => {
    const c = await core();
    await seedRecruiterData(c.ctx);
    const good = await createBackup(c.ctx, { reason: 'manual' });
    const { dir } = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));

    const truncated = copyOf(good.path, dir, 'truncated.sqlite');
    fs.truncateSync(truncated, Math.floor(fs.statSync(truncated).size / 2));
    const corrupt = copyOf(good.path, dir, 'corrupt.sqlite');
    const bytes = fs.readFileSync(corrupt);
    // Scribble over the pages after the first few (the tables' b-tree pages).
    for (let i = 4096 * 3; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    fs.writeFileSync(corrupt, bytes);
    const future = copyOf(good.path, dir, 'future.sqlite');
    const raw = new BetterSqlite3(future);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const notADatabase = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(notADatabase, 'just some text, not SQLite');
    // A listed backup changed after it was verified fails its checksum.
    const tampered = await createBackup(c.ctx, { reason: 'manual' });
    const t = new BetterSqlite3(tampered.path);
    t.prepare("update settings set value = '\"x\"' where key = 'interviewerName'").run();
    t.close();

    const dumpBefore = dumpDatabase(c.dbPath);
    for (const [file, code] of [
      [truncated, 'db_corrupt'],
      [corrupt, 'db_corrupt'],
      [future, 'db_too_new'],
      [notADatabase, 'db_corrupt'],
      [tampered.path, 'db_corrupt'],
    ] as const) {
      await expect(restoreBackup(c.ctx, file), file).rejects.toMatchObject({ code });
      expect(dumpDatabase(c.dbPath)).toEqual(dumpBefore);
    }
    expect((await caller(c.ctx).call<{ databasePath: string }>('app.info', {})).databasePath).toBe(c.dbPath);
  });

  it('say clearly when the chosen folder is missing or not a folder, and the app goes on', async () => {
    const c = await core();
    await seedRecruiterData(c.ctx);
    const { dir } = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const chosen = path.join(dir, 'synced');
    fs.mkdirSync(chosen);
    chooseBackupFolder(c.dbPath, chosen);
    const first = await createBackup(c.ctx, { reason: 'manual' });
    expect(path.dirname(first.path)).toBe(chosen);

    fs.rmSync(chosen, { recursive: true });
    await expect(createBackup(c.ctx, { reason: 'manual' })).rejects.toThrow(/does not exist/);
    const status = backupStatus(c.ctx);
    expect(status.folderProblem).toMatch(/does not exist/);
    expect(status.lastFailure?.message).toMatch(/does not exist/);
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    expect(() => chooseBackupFolder(c.dbPath, file)).toThrow(/is a file, not a folder/);
    // The app still works.
    await caller(c.ctx).call('roles.create', {});
  });

  it('erasing a candidate reaches every backup that holds them', async () => {
    const c = await core();
    const { call } = caller(c.ctx);
    const seeded = await seedRecruiterData(c.ctx, 'Zuzanna Przybylska');
    await createBackup(c.ctx, { reason: 'manual' });
    await createBackup(c.ctx, { reason: 'scheduled' });
    await call('candidates.delete', { id: seeded.candidate.id });
    const held = await call<CandidateInBackups>('backup.candidateInBackups', {
      candidateId: seeded.candidate.id,
    });
    expect(held).toEqual({ holding: 2, total: 2 });

    const purged = await call<PurgeResult>('backup.purgeCandidate', { candidateId: seeded.candidate.id });
    expect(purged).toEqual({ purged: 2, failed: [] });
    const status = await call<BackupStatus>('backup.status', {});
    expect(status.backups).toHaveLength(2);
    for (const backup of status.backups as BackupEntry[]) {
      expect(backup.counts.candidates).toBe(0);
      expect(backup.purgedCandidates).toBe(1);
      expect((await verifyBackupFile(backup.path)).ok).toBe(true);
      // Not a trace of the name in the bytes of the file.
      expect(fs.readFileSync(backup.path).includes(Buffer.from('Przybylska'))).toBe(false);
    }
    expect(await call('backup.candidateInBackups', { candidateId: seeded.candidate.id })).toEqual({
      holding: 0,
      total: 2,
    });
  });

  it('restore through the channel only takes a listed backup, and the same core answers after it', async () => {
    const c = await core();
    const { call, refusal } = caller(c.ctx);
    await seedRecruiterData(c.ctx);
    const entry = await call<BackupEntry>('backup.create', {});
    const other = path.join(c.dir, 'elsewhere.sqlite');
    fs.copyFileSync(entry.path, other);
    expect((await refusal('backup.restore', { path: other })).code).toBe('not_found');
    await call('roles.create', {});
    // Calls sent while the restore runs wait for it, then see the restored data.
    const restoring = call('backup.restore', { path: entry.path });
    while (!c.ctx.maintenance) await new Promise((resolve) => setImmediate(resolve));
    const roles = await call<unknown[]>('roles.list', {});
    const restored = await restoring;
    c.database = c.ctx.database;
    expect(restored).toBeTruthy();
    expect(roles).toHaveLength(1);
    expect(fs.existsSync(manifestPathOf(entry.path))).toBe(true);
  });
});

describe('reqdesk backup (CLI)', () => {
  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('creates, lists, verifies and restores with --yes; without it, nothing is restored', async () => {
    const c = await core();
    const seeded = await seedRecruiterData(c.ctx);
    await c.database.close();
    const { dir } = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));

    const made = await cli('backup', 'create', '--db', c.dbPath, '--json');
    expect(made.err).toBe('');
    const entry = JSON.parse(made.out) as BackupEntry;
    expect(entry.counts.candidates).toBe(1);
    const elsewhere = await cli('backup', 'create', '--to', dir, '--db', c.dbPath);
    expect(elsewhere.code).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);

    const listed = JSON.parse((await cli('backup', 'list', '--db', c.dbPath, '--json')).out);
    expect(listed.backups.map((b: BackupEntry) => b.path)).toEqual([entry.path]);
    const verified = await cli('backup', 'verify', entry.path);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('verified');

    // A change after the backup, then a restore: without --yes (no terminal here) it is refused.
    c.database = await openDatabase(c.dbPath);
    c.ctx.database = c.database;
    await caller(c.ctx).call('candidates.update', { id: seeded.candidate.id, name: 'Renamed Later' });
    await c.database.close();
    const asked = await cli('backup', 'restore', entry.path, '--db', c.dbPath);
    expect(asked.code).toBe(1);
    expect(asked.out).toContain('1 role, 1 candidate, 1 interview, 1 scorecard');
    expect(asked.err).toMatch(/Not restored/);
    const restored = await cli('backup', 'restore', entry.path, '--db', c.dbPath, '--yes');
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    c.database = await openDatabase(c.dbPath);
    c.ctx.database = c.database;
    expect((await caller(c.ctx).call<Candidate>('candidates.get', { id: seeded.candidate.id })).name).toBe(
      'Amaru Quispe',
    );

    const broken = path.join(dir, 'broken.sqlite');
    fs.writeFileSync(broken, 'not a database at all');
    const refused = await cli('backup', 'verify', broken);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/FAILED/);
  });
});
