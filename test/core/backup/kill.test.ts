import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create';
import { backupStatus } from '../../../electron/core/backup/service';
import { verifyBackupFile } from '../../../electron/core/backup/verify';
import { bundleChild } from '../../support/bundle-child';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { dumpDatabase, seedRecruiterData } from './seed';

/**
 * A backup killed with SIGKILL at a random moment (copying, checking, hashing, renaming,
 * writing the manifest, rotating): the database and the backups taken before must be intact,
 * and every backup listed must pass a full verification. No half-written file is ever listed.
 */
const KILLS = Number(process.env.REQDESK_BACKUP_KILLS ?? 50);

let bundle: string;
let cleanupBundle: () => void = () => {};
let core: TempCore;
beforeAll(async () => {
  ({ file: bundle, cleanup: cleanupBundle } = await bundleChild(
    'test/core/backup/backup-child.ts',
    'backup-kill',
  ));
  core = await openTempCore();
});
afterAll(async () => {
  cleanupBundle();
  await core?.close();
});

const spawnChild = (file: string): ChildProcess =>
  spawn(process.execPath, [bundle, file], { stdio: ['pipe', 'pipe', 'pipe'] });

/** Lets the child go and kills it `delayMs` after it is ready; resolves with what it reported. */
function runAndKill(child: ChildProcess, delayMs: number): Promise<{ done: number; errors: string }> {
  return new Promise((resolve, reject) => {
    let done = 0;
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (line.startsWith('done ')) done += 1;
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      errors += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') errors += `\nexited by itself: code ${code}`;
      resolve({ done, errors });
    });
    child.stdin?.write('go\n');
  });
}

describe('a backup killed at random moments', () => {
  it(`leaves the database and earlier backups intact, and lists no half-written file (${KILLS} kills)`, async () => {
    await seedRecruiterData(core.ctx);
    // Some bulk, so copying takes many steps and the kills land in every phase.
    core.database.sqlite.exec(
      "insert into settings (key, value, updated_at) with recursive n(i) as (select 1 union all select i + 1 from n where i < 1500) select 'pad-' || i, json_quote(hex(randomblob(1200))), 'x' from n",
    );
    // Backups from earlier days: the rotation keeps them, so they must survive every kill.
    const day = 24 * 60 * 60 * 1000;
    const earlier = [];
    for (const daysAgo of [3, 2]) {
      core.ctx.clock = () => new Date(Date.now() - daysAgo * day);
      earlier.push(await createBackup(core.ctx, { reason: 'manual' }));
    }
    core.ctx.clock = () => new Date();
    const databaseDump = dumpDatabase(core.dbPath);
    await core.database.close();

    // How long one backup takes here, to spread the kills over it.
    const timing = spawnChild(core.dbPath);
    let readyAt = 0;
    let backupMs = 0;
    let timingErrors = '';
    timing.stderr?.on('data', (chunk: Buffer) => {
      timingErrors += chunk.toString();
    });
    await new Promise<void>((resolve) => {
      timing.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        if (text.includes('ready')) readyAt = Date.now();
        if (text.includes('done ') && backupMs === 0) {
          backupMs = Math.max(50, Date.now() - readyAt);
          timing.kill('SIGKILL');
        }
      });
      timing.once('exit', () => resolve());
      timing.stdin?.write('go\n');
    });
    expect(timingErrors).toBe('');

    let next = spawnChild(core.dbPath);
    let finished = 0;
    const verified = new Set<string>();
    for (let kill = 0; kill < KILLS; kill += 1) {
      const child = next;
      const run = await runAndKill(child, Math.random() * backupMs * 1.5);
      next = spawnChild(core.dbPath);
      expect(run.errors, `run ${kill}`).toBe('');
      finished += run.done;

      const listed = backupStatus({ ...core.ctx, database: { ...core.database, path: core.dbPath } }).backups;
      for (const backup of listed) {
        // A listed file verified once is checked again only if it changed since.
        const stat = fs.statSync(backup.path);
        const key = `${backup.path}:${stat.size}:${stat.mtimeMs}`;
        if (verified.has(key)) continue;
        const check = await verifyBackupFile(backup.path);
        expect(check.problems, `run ${kill}: ${backup.file}`).toEqual([]);
        verified.add(key);
      }
      for (const old of earlier) expect(listed.map((b) => b.path)).toContain(old.path);
    }
    next.kill('SIGKILL');

    const db = new BetterSqlite3(core.dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(dumpDatabase(core.dbPath)).toEqual(databaseDump);
    console.log(
      `[backup kill] ${KILLS} kills, ${finished} backups finished between them, one backup about ${backupMs} ms`,
    );
  });
});
