import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/core/app/version';
import type { CoreContext } from '../../../electron/core/context';
import { ReqdeskSqliteDialect } from '../../../electron/core/db/dialect';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import type { DB } from '../../../electron/core/db/schema';
import { dispatch } from '../../../electron/core/dispatch';
import { openCore } from '../../../electron/core/open-core';
import { makeTempDir } from '../../support/temp-db';

const bin = path.resolve('bin/reqdesk.mjs');
const run = promisify(execFile);
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function newDatabase(): Promise<string> {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const file = path.join(dir, 'reqdesk.sqlite');
  await (await openDatabase(file)).close();
  return file;
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

/**
 * Runs the CLI as a user who may read but not write what `makeReadOnly` protects. Root
 * writes through any file mode, so under root the command runs as `nobody`.
 */
async function cliWithoutWriteAccess(
  args: string[],
  makeReadOnly: { file?: string; dir: string },
): Promise<{ code: number; out: string; err: string }> {
  const asRoot = process.getuid?.() === 0;
  fs.chmodSync(makeReadOnly.dir, asRoot ? 0o755 : 0o555);
  if (makeReadOnly.file) fs.chmodSync(makeReadOnly.file, asRoot ? 0o644 : 0o444);
  cleanups.push(() => {
    fs.chmodSync(makeReadOnly.dir, 0o755);
    if (makeReadOnly.file) fs.chmodSync(makeReadOnly.file, 0o644);
  });
  const options = asRoot
    ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp', TMPDIR: '/tmp' } }
    : {};
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], options);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

describe('a database Reqdesk cannot write', () => {
  it('a read-only file is refused at open with a clear reason, and nothing appears beside it', async () => {
    const file = await newDatabase();
    const dir = path.dirname(file);
    const before = fs.readFileSync(file);
    const files = listing(dir);
    const result = await cliWithoutWriteAccess(['info', '--db', file], { file, dir: path.dirname(file) });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot be written: the file or its folder is read-only/);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listing(dir)).toEqual(files);
  });

  it('a writable file in a read-only folder (no room for the write-ahead log) is refused the same way', async () => {
    const file = await newDatabase();
    const dir = path.dirname(file);
    fs.chmodSync(file, 0o666);
    const files = listing(dir);
    const result = await cliWithoutWriteAccess(['info', '--db', file], { dir });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/read-only/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(listing(dir)).toEqual(files);
  });

  it('a save on a connection that can only read is a read-only error, not an internal one', async () => {
    const file = await newDatabase();
    const database = await openDatabase(file);
    cleanups.push(() => database.close());
    const ro = new BetterSqlite3(file, { readonly: true });
    const db = new Kysely<DB>({ dialect: new ReqdeskSqliteDialect(ro) });
    cleanups.push(() => db.destroy());
    const ctx: CoreContext = {
      database: { ...database, sqlite: ro, db },
      clock: () => new Date(),
      appVersion: APP_VERSION,
      transport: 'preview',
    };
    const result = await dispatch(ctx, 'settings.set', { key: 'theme', value: 'dark' });
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(result.ok ? '' : result.error.message).toMatch(/read-only/);
  });
});

describe('a full disk', () => {
  it('an import that runs out of room says the disk is full, and the file keeps what it had', async () => {
    const file = await newDatabase();
    const dir = path.dirname(file);
    const count = () => {
      const db = new BetterSqlite3(file, { readonly: true });
      try {
        return db.prepare('select count(*) from questions').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const before = count();
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `"Question ${i}: how would you shard the table of order events number ${i} for tenant ${i * 7}?",technical,Sharding plan ${i},senior,postgres`,
    );
    const csv = path.join(dir, 'big-bank.csv');
    fs.writeFileSync(csv, ['question,category,topic,levels,tags', ...rows].join('\n'));
    // Room for the file as it is, and little more: the import's write-ahead log will not fit.
    // SIGXFSZ is ignored, so the write fails with EFBIG instead of killing the process.
    const limitKb = Math.ceil(fs.statSync(file).size / 1024) + 256;
    const script = `trap '' XFSZ; ulimit -f ${limitKb}; exec "${process.execPath}" "${bin}" bank import "${csv}" --db "${file}"`;
    const result = await run('bash', ['-c', script]).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout,
        err: e.stderr,
      }),
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/disk is full/);
    expect(result.err).not.toMatch(/Something went wrong|\n\s+at /);

    // Nothing half-imported: the file opens, passes its check and holds what it held.
    const reopened = await openDatabase(file);
    cleanups.push(() => reopened.close());
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(count()).toBe(before);
  });

  it('an export that runs out of room says so, names the file, and leaves no temporary file', async () => {
    const file = await newDatabase();
    // With the starter bank already in, as after a first run: opening it again writes nothing.
    await (await openCore(file, { transport: 'cli' })).database.close();
    const dir = path.dirname(file);
    const files = listing(dir);
    const out = path.join(dir, 'bank.json');
    // 64 KB: the starter bank's export does not fit.
    const script = `trap '' XFSZ; ulimit -f 64; exec "${process.execPath}" "${bin}" bank export "${out}" --db "${file}"`;
    const result = await run('bash', ['-c', script]).then(
      ({ stderr }) => ({ code: 0, err: stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, err: e.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(`so ${out} was not written`);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(listing(dir)).toEqual(files);
  });
});
