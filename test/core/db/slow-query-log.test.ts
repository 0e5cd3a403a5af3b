import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { logSlowQuery, SLOW_QUERY_MS } from '../../../electron/core/db/slow-query-log';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

describe('slow-query log', () => {
  it('writes a slow query to the file named by REQDESK_DEBUG_LOG, one short line, nothing to stderr', () => {
    const log = path.join(tempDir(), 'debug.log');
    const stderr = vi.spyOn(process.stderr, 'write');
    const warn = vi.spyOn(console, 'warn');
    const values = Array.from({ length: 500 }, () => '(?, ?, ?)').join(', ');
    logSlowQuery(SLOW_QUERY_MS + 35, `insert into questions\n   (a, b, c) values ${values}`, {
      REQDESK_DEBUG_LOG: log,
    });
    logSlowQuery(SLOW_QUERY_MS - 1, 'select 1', { REQDESK_DEBUG_LOG: log });
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[db\] slow query \(75 ms\): insert into questions \(a, b, c\) values \(\?/);
    expect((lines[0] ?? '').length).toBeLessThan(420);
    expect(stderr).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('is off by default: a slow query through the real database writes nowhere', async () => {
    const dir = tempDir();
    const database = await openDatabase(path.join(dir, 'reqdesk.sqlite'));
    cleanups.push(() => database.close());
    const stderr = vi.spyOn(process.stderr, 'write');
    const warn = vi.spyOn(console, 'warn');
    vi.stubEnv('REQDESK_DEBUG_LOG', '');
    // Long enough to pass the threshold on any machine (millions of rows).
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000000)
      select count(*) from n`.execute(database.db);
    vi.unstubAllEnvs();
    expect(stderr).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.log'))).toEqual([]);
  });

  it('a log file that cannot be written is skipped, not an error', () => {
    const dir = tempDir();
    expect(() => logSlowQuery(500, 'select 1', { REQDESK_DEBUG_LOG: dir })).not.toThrow();
  });
});
