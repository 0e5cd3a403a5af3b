import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { inspectDatabase } from '../../../electron/core/db/inspect';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { listBackups, openDatabase } from '../../../electron/core/db/open';
import { AppError } from '../../../electron/core/errors';
import { bundleChild } from '../../support/bundle-child';
import { makeTempDir } from '../../support/temp-db';

const LAST = Object.keys(migrations)[LATEST_SCHEMA_VERSION - 1] as string;

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let child: string;
let removeChild: () => void;
beforeAll(async () => {
  ({ file: child, cleanup: removeChild } = await bundleChild('test/core/db/migrate-child.ts', 'migrate'));
});
afterAll(() => removeChild?.());

function tempFile(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'reqdesk.sqlite');
}

/** A database one schema behind, holding a role: what an upgrade must keep. */
async function oneVersionBehind(file = tempFile()): Promise<string> {
  const old = await openDatabase(file, { migrateTo: LATEST_SCHEMA_VERSION - 1 });
  old.sqlite
    .prepare(
      "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Payments lead', 'status', 'open'), 't', 't')",
    )
    .run();
  await old.close();
  return file;
}

/** A table the newest migration creates, found by comparing the schema before and after it. */
async function firstTableOfLastMigration(): Promise<string> {
  const tables = async (upTo: number) => {
    const opened = await openDatabase(tempFile(), { migrateTo: upTo });
    const names = opened.sqlite
      .prepare("select name from sqlite_master where type = 'table' order by rowid")
      .pluck()
      .all() as string[];
    await opened.close();
    return names;
  };
  const before = new Set(await tables(LATEST_SCHEMA_VERSION - 1));
  const added = (await tables(LATEST_SCHEMA_VERSION)).find((name) => !before.has(name));
  if (!added) throw new Error('the newest migration creates no table: pick another half-applied shape');
  return added;
}

async function dbCheck(
  file: string,
): Promise<{ code: number; report: { status: string; healthy: boolean } }> {
  const out: string[] = [];
  const code = await runCli(['db-check', '--db', file, '--json'], { out: (l) => out.push(l), err: () => {} });
  return { code, report: JSON.parse(out.join('\n')) };
}

/** Starts the child, lets it open the file, and kills it after `killAfterMs` (or lets it kill itself). */
function runChild(file: string, args: string[], killAfterMs?: number): Promise<{ out: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = spawn(process.execPath, [child, file, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    let went = process.hrtime.bigint();
    proc.stdout?.setEncoding('utf8');
    proc.stdout?.on('data', (chunk: string) => {
      out += chunk;
      if (chunk.includes('ready')) {
        went = process.hrtime.bigint();
        proc.stdin?.write('go\n');
        if (killAfterMs !== undefined) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ out: `${out}exit ${code ?? signal}`, ms: Number(process.hrtime.bigint() - went) / 1e6 });
    });
  });
}

const integrityOf = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

describe('a migration interrupted by a kill', () => {
  it('killed between a migration and its record: nothing of it stays, db-check agrees, open finishes the upgrade', async () => {
    const file = await oneVersionBehind();
    const { out } = await runChild(file, [LAST]);
    expect(out).toContain('exit SIGKILL');

    const { code, report } = await dbCheck(file);
    expect(report).toMatchObject({ status: 'needs_upgrade', healthy: true });
    expect(code).toBe(0);
    const found = await inspectDatabase(file);
    expect(found.migrationsRecorded).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(found.migrationsApplied).toBe(LATEST_SCHEMA_VERSION - 1);

    const upgraded = await openDatabase(file);
    cleanups.push(() => upgraded.close());
    expect(upgraded.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.sqlite.prepare('select title from roles').pluck().all()).toEqual(['Payments lead']);
    // The kill came after the backup: one complete backup from that run, one from this one, no pieces.
    const backups = listBackups(file);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    for (const backup of backups) expect(integrityOf(backup)).toBe('ok');
    expect(fs.readdirSync(path.dirname(backups[0] as string)).filter((n) => n.includes('partial'))).toEqual(
      [],
    );
  });

  it('left by an older Reqdesk between a migration and its record: db-check says so, open records it and goes on', async () => {
    const file = await oneVersionBehind();
    // What Kysely's Migrator left: the migration committed (it wraps itself in a
    // transaction), the process died before its record and the schema version.
    const raw = new BetterSqlite3(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    await migrations[LAST]?.up(kysely);
    await kysely.destroy();

    const { code, report } = await dbCheck(file);
    expect(report).toMatchObject({ status: 'interrupted_upgrade', healthy: false });
    expect(code).toBe(1);

    const upgraded = await openDatabase(file);
    cleanups.push(() => upgraded.close());
    expect(upgraded.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.sqlite.prepare('select name from kysely_migration order by name').pluck().all()).toEqual(
      Object.keys(migrations),
    );
    expect(upgraded.sqlite.prepare('select title from roles').pluck().all()).toEqual(['Payments lead']);
    await upgraded.close();
    expect((await dbCheck(file)).report).toMatchObject({ status: 'ok', healthy: true });
    // Reopening is quiet: no further backup of a file that is now current.
    const backups = listBackups(file).length;
    await (await openDatabase(file)).close();
    expect(listBackups(file)).toHaveLength(backups);
  });

  it('half applied (part of a migration, no record): db-check reports it, open refuses and changes nothing', async () => {
    const file = await oneVersionBehind();
    const table = await firstTableOfLastMigration();
    const raw = new BetterSqlite3(file);
    raw.exec(`create table ${table} (id text primary key, name text not null)`);
    raw.close();
    const before = fs.readFileSync(file);
    const listing = fs.readdirSync(path.dirname(file)).sort();

    const { code, report } = await dbCheck(file);
    expect(report).toMatchObject({ status: 'half_applied', healthy: false });
    expect(code).toBe(1);
    const error = await openDatabase(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_corrupt');
    expect((error as AppError).message).toMatch(new RegExp(`upgrade stopped halfway.*table ${table}`));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(listing);
  });

  it('a table no migration makes (added by hand) is not taken for a half-applied upgrade', async () => {
    const file = tempFile();
    await (await openDatabase(file)).close();
    const raw = new BetterSqlite3(file);
    raw.exec('create table my_notes (id integer primary key, body text)');
    raw.close();
    expect((await dbCheck(file)).report).toMatchObject({ status: 'ok', healthy: true });
    const database = await openDatabase(file);
    cleanups.push(() => database.close());
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('killed at random moments of an upgrade: every state opens, and db-check tells the truth', async () => {
    const template = await oneVersionBehind();
    const fromV1 = tempFile();
    await (await openDatabase(fromV1, { migrateTo: 1 })).close();
    // How long a whole upgrade from schema 1 takes here, to spread the kills over it.
    const timing = tempFile();
    fs.copyFileSync(fromV1, timing);
    const whole = await runChild(timing, []);
    expect(whole.out).toContain('done');
    const spanMs = whole.ms;

    const seen = new Set<string>();
    for (let run = 0; run < 12; run++) {
      const file = tempFile();
      fs.copyFileSync(run % 2 ? template : fromV1, file);
      await runChild(file, [], Math.random() * spanMs);
      const { report } = await dbCheck(file);
      seen.add(report.status);
      expect(['needs_upgrade', 'ok']).toContain(report.status);
      const found = await inspectDatabase(file);
      // The records and user_version moved together.
      expect(found.migrationsRecorded).toBe(found.schemaVersion);
      const reopened = await openDatabase(file);
      expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      await reopened.close();
      for (const backup of listBackups(file)) expect(integrityOf(backup)).toBe('ok');
      const backupDir = path.join(path.dirname(file), 'backups');
      const pieces = fs.existsSync(backupDir)
        ? fs.readdirSync(backupDir).filter((name) => name.includes('partial'))
        : [];
      expect(pieces).toEqual([]);
    }
    console.log(
      `[migrations] kill outcomes seen: ${[...seen].join(', ')}; upgrade span ${spanMs.toFixed(0)} ms`,
    );
  });

  it('open removes the pieces a killed backup or export left, and not those of a running process', async () => {
    const file = await oneVersionBehind();
    const dir = path.dirname(file);
    const gone = await deadPid();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const partial = `reqdesk-schema-v1-2026-01-01T00-00-00-000Z.sqlite.partial-${gone}`;
    const left = [partial, `${partial}-journal`].map((name) => path.join(backups, name));
    const deadTemp = path.join(dir, `.reqdesk-${gone}-1767225600000-0a1b2c3d.tmp`);
    const liveTemp = path.join(dir, `.reqdesk-${process.pid}-1767225600000-0a1b2c3d.tmp`);
    for (const f of [...left, deadTemp, liveTemp]) fs.writeFileSync(f, 'half a file');

    const database = await openDatabase(file);
    cleanups.push(() => database.close());
    for (const f of [...left, deadTemp]) expect(fs.existsSync(f), f).toBe(false);
    expect(fs.existsSync(liveTemp)).toBe(true);
    expect(listBackups(file)).toEqual([database.backupPath]);
  });
});

/** The id of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['-e', '0']);
    proc.on('error', reject);
    proc.on('exit', () => resolve(proc.pid as number));
  });
}
