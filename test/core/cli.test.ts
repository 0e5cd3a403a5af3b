import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openCore } from '../../electron/core/open-core';
import { createRole } from '../../electron/core/roles/repository';
import { emptyRoleSpec } from '../../shared/roles';
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

describe('reqdesk bank', () => {
  const sheet = [
    'question,category,topic,levels,tags',
    '"Walk me through a slow query you fixed on the Quokka orders table.",technical,Slow query on a large table,"senior, lead",postgres',
    '"How do you review a pull request from a new teammate?",behavioural,Code review habits,mid,',
  ].join('\n');

  it('imports a CSV (dry run first), finds it by search, exports and re-imports with no change', async () => {
    const db = tempPath();
    const csvFile = tempPath('bank.csv');
    fs.writeFileSync(csvFile, sheet);

    const dry = await cli('bank', 'import', csvFile, '--dry-run', '--db', db, '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out).counts).toMatchObject({ new: 2, invalid: 0 });
    // A new file holds the shipped starter bank, but not the spreadsheet's questions yet.
    const empty = await cli('bank', 'search', 'quokka', '--db', db, '--json');
    expect(JSON.parse(empty.out).total).toBe(0);

    expect((await cli('bank', 'import', csvFile, '--db', db)).out).toContain('imported: 2 new');
    const found = await cli('bank', 'search', 'quok slow', '--level', 'senior', '--db', db, '--json');
    expect(JSON.parse(found.out)).toMatchObject({
      total: 1,
      hits: [{ text: 'Walk me through a slow query you fixed on the Quokka orders table.' }],
    });
    const text = await cli('bank', 'search', 'review', '--db', db);
    expect(text.out).toContain('[review]');

    const jsonFile = tempPath('bank.json');
    const exported = JSON.parse((await cli('bank', 'export', jsonFile, '--db', db, '--json')).out);
    const all = JSON.parse((await cli('bank', 'search', '', '--db', db, '--json')).out).total;
    expect(exported.count).toBe(all);
    const again = await cli('bank', 'import', jsonFile, '--db', db, '--json');
    expect(JSON.parse(again.out).plan.counts).toMatchObject({ unchanged: all, new: 0, updated: 0 });
  });

  it('exits 1 with a clear message on files it refuses', async () => {
    const db = tempPath();
    const binary = tempPath('bank.csv');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const refused = await cli('bank', 'import', binary, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not a text file');
    const wrongKind = tempPath('bank.docx');
    fs.writeFileSync(wrongKind, 'x');
    expect((await cli('bank', 'import', wrongKind, '--db', db)).err).toContain('.json or .csv');
    expect((await cli('bank', 'import', tempPath('missing.json'), '--db', db)).err).toContain('no such file');
    expect((await cli('bank', 'frob', '--db', db)).code).toBe(1);
  });
});

describe('reqdesk role', () => {
  it('lists roles and shows one, as text and as JSON; an unknown id exits 1', async () => {
    const db = tempPath();
    const ctx = await openCore(db, { transport: 'cli' });
    const role = await createRole(ctx, {
      ...emptyRoleSpec(),
      title: 'Senior data-intensive engineer',
      company: 'Harbor Health',
      archetype: 'data',
      level: 'senior',
      status: 'open',
      pay: { min: 165_000, max: 215_000, currency: 'USD' },
    });
    await ctx.database.close();

    const list = await cli('role', 'list', '--db', db, '--json');
    expect(JSON.parse(list.out)).toEqual([
      expect.objectContaining({ id: role.id, status: 'open', level: 'senior' }),
    ]);
    expect((await cli('role', 'list', '--db', db)).out).toContain(
      'Senior data-intensive engineer at Harbor Health',
    );
    expect((await cli('role', 'list', '--status', 'draft', '--db', db)).out).toBe('No roles yet.');

    const shown = await cli('role', 'show', role.id, '--db', db);
    expect(shown.out).toContain('pay:       165000-215000 USD');
    expect(JSON.parse((await cli('role', 'show', role.id, '--db', db, '--json')).out).spec.company).toBe(
      'Harbor Health',
    );
    const missing = await cli('role', 'show', '00000000-0000-4000-8000-000000000000', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('That role no longer exists.');
    expect((await cli('role', 'frobnicate', '--db', db)).code).toBe(1);
  });
});
