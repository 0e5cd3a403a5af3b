import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { makeTempDir } from '../support/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempPath(name = 'reqdesk.sqlite'): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, name);
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('reqdesk CLI', () => {
  it('lists its commands with --help and fails without a command', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('db-check');
    expect(help.out).toContain('info');
    expect((await cli()).code).toBe(1);
  });

  it('fails clearly on an unknown command or option', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Unknown command "frobnicate"');
    const badFlag = await cli('info', '--colour');
    expect(badFlag.code).toBe(1);
    expect(badFlag.err).toContain('--colour');
  });

  it('info --json describes the database it opened', async () => {
    const db = tempPath();
    const { code, out } = await cli('info', '--db', db, '--json');
    expect(code).toBe(0);
    const info = JSON.parse(out);
    expect(info).toMatchObject({
      name: 'Reqdesk',
      databasePath: db,
      schemaVersion: LATEST_SCHEMA_VERSION,
      transport: 'cli',
    });
  });

  it('db-check passes a healthy file and reports it as JSON', async () => {
    const db = tempPath();
    await cli('info', '--db', db);
    const { code, out } = await cli('db-check', '--db', db, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      status: 'ok',
      healthy: true,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
  });

  it('db-check exits 1 on a damaged, missing or newer file and changes none of them', async () => {
    const garbage = tempPath('garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    const damaged = await cli('db-check', '--db', garbage);
    expect(damaged.code).toBe(1);
    expect(damaged.out).toContain('damaged');
    expect(fs.readFileSync(garbage).equals(Buffer.alloc(8192, 7))).toBe(true);

    const missing = tempPath('missing.sqlite');
    expect((await cli('db-check', '--db', missing)).code).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);

    const future = tempPath('future.sqlite');
    await cli('info', '--db', future);
    const raw = new BetterSqlite3(future);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const tooNew = await cli('db-check', '--db', future, '--json');
    expect(tooNew.code).toBe(1);
    expect(JSON.parse(tooNew.out)).toMatchObject({ status: 'too_new', healthy: false });
    const info = await cli('info', '--db', future);
    expect(info.code).toBe(1);
    expect(info.err).toContain('newer Reqdesk');
  });

  it('runs as the reqdesk bin with the exit code of the command', async () => {
    const bin = path.resolve('bin/reqdesk.mjs');
    const db = tempPath();
    const run = promisify(execFile);
    const ok = await run(process.execPath, [bin, 'info', '--db', db, '--json']);
    expect(JSON.parse(ok.stdout).databasePath).toBe(db);
    const failed = await run(process.execPath, [bin, 'db-check', '--db', `${db}.missing`]).catch(
      (e: { code: number }) => e,
    );
    expect((failed as { code: number }).code).toBe(1);
  }, 30_000);
});
