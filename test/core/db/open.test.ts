import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { inspectDatabase } from '../../../electron/core/db/inspect';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { listBackups, openDatabase } from '../../../electron/core/db/open';
import { AppError } from '../../../electron/core/errors';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempFile(name = 'reqdesk.sqlite'): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, name);
}

async function open(file: string, options?: Parameters<typeof openDatabase>[1]) {
  const database = await openDatabase(file, options);
  cleanups.push(() => database.close());
  return database;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('openDatabase', () => {
  it('creates a new file migrated to the latest schema, with the safety pragmas', async () => {
    const file = tempFile();
    const database = await open(file);
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Short: SQLite's busy wait blocks the thread; longer waits for a lock happen between retries.
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBeLessThanOrEqual(100);
    expect(database.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = database.sqlite
      .prepare("select name from sqlite_schema where type = 'table'")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['meta', 'settings', 'kysely_migration']));
    expect(database.backupPath).toBeNull(); // nothing to back up in a new file
  });

  it('gives each new database its own install id and keeps it across reopening', async () => {
    const fileA = tempFile();
    const a = await open(fileA);
    const idOf = (db: BetterSqlite3.Database) =>
      db.prepare("select value from meta where key = 'install_id'").pluck().get() as string;
    const first = idOf(a.sqlite);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await a.close();
    const again = await open(fileA);
    expect(idOf(again.sqlite)).toBe(first);
    const b = await open(tempFile());
    expect(idOf(b.sqlite)).not.toBe(first);
  });

  it('reopens a current database without migrating or backing it up', async () => {
    const file = tempFile();
    await (await openDatabase(file)).close();
    const database = await open(file);
    expect(database.backupPath).toBeNull();
    expect(listBackups(file)).toEqual([]);
  });

  it('refuses a database from a newer Reqdesk and leaves its bytes unchanged', async () => {
    const file = tempFile();
    await (await openDatabase(file)).close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE'); // fold the WAL into the file so the bytes are all in one place
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    const error = await rejection(openDatabase(file));
    expect(error.code).toBe('db_too_new');
    expect(error.message).toContain('newer Reqdesk');
    expect(Buffer.compare(fs.readFileSync(file), before)).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('db-check and a refused open leave the folder as they found it: no -wal or -shm', async () => {
    const file = tempFile();
    await (await openDatabase(file)).close();
    const dir = path.dirname(file);
    const listing = () => fs.readdirSync(dir).sort();
    const files = listing();
    expect(files).toEqual(['reqdesk.sqlite']); // a WAL file, with its log folded in at close

    expect((await inspectDatabase(file)).status).toBe('ok');
    const out: string[] = [];
    const code = await runCli(['db-check', '--db', file], { out: (l) => out.push(l), err: () => {} });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('healthy');
    expect(listing()).toEqual(files);

    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect((await rejection(openDatabase(file))).code).toBe('db_too_new');
    expect(listing()).toEqual(files);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file, says how to recover, and never overwrites it', async () => {
    const file = tempFile();
    const database = await openDatabase(file);
    database.sqlite.exec(
      "create table filler (x text); with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000) insert into filler select printf('%0500d', i) from n",
    );
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await database.close();
    // Scribble over pages in the middle of the file, past the header.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 8192, bytes.length - 8192);
    fs.writeFileSync(file, bytes);

    const error = await rejection(openDatabase(file));
    expect(error.code).toBe('db_corrupt');
    expect(error.message).toContain('did not change it');
    expect(error.message).toContain('.recover');
    expect(Buffer.compare(fs.readFileSync(file), bytes)).toBe(0);
  });

  it('refuses a file that is not a database at all, unchanged', async () => {
    const file = tempFile('notes.sqlite');
    const text = Buffer.from('These are my interview notes, not a database.\n'.repeat(200));
    fs.writeFileSync(file, text);
    const error = await rejection(openDatabase(file));
    expect(error.code).toBe('db_corrupt');
    expect(Buffer.compare(fs.readFileSync(file), text)).toBe(0);
  });

  it("refuses another application's SQLite file instead of adding tables to it", async () => {
    const file = tempFile('other.sqlite');
    const other = new BetterSqlite3(file);
    other.exec(
      'create table invoices (id integer primary key, total real); insert into invoices (total) values (12.5)',
    );
    other.close();
    const before = fs.readFileSync(file);
    const error = await rejection(openDatabase(file));
    expect(error.code).toBe('db_corrupt');
    expect(error.message).toContain('not a Reqdesk database');
    expect(Buffer.compare(fs.readFileSync(file), before)).toBe(0);
  });
});
