import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { listBackups, openDatabase } from '../../../electron/core/db/open';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempFile(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'reqdesk.sqlite');
}

describe('migrations', () => {
  it('are numbered in order with no gaps, so the schema version is their count', () => {
    const names = Object.keys(migrations);
    expect(names.length).toBe(LATEST_SCHEMA_VERSION);
    names.forEach((name, index) => {
      expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
      expect(Number(name.slice(0, 4))).toBe(index + 1);
    });
  });

  it('run from empty to latest and record every step', async () => {
    const database = await openDatabase(tempFile());
    cleanups.push(() => database.close());
    const executed = database.sqlite.prepare('select name from kysely_migration order by name').pluck().all();
    expect(executed).toEqual(Object.keys(migrations));
  });

  it('0001 creates settings and meta that hold rows', async () => {
    const database = await openDatabase(tempFile(), { migrateTo: 1 });
    cleanups.push(() => database.close());
    database.sqlite
      .prepare(
        "insert into settings (key, value, updated_at) values ('theme', '\"dark\"', '2026-01-01T00:00:00Z')",
      )
      .run();
    expect(database.sqlite.prepare("select value from settings where key = 'theme'").pluck().get()).toBe(
      '"dark"',
    );
    expect(database.sqlite.prepare("select count(*) from meta where key = 'install_id'").pluck().get()).toBe(
      1,
    );
  });

  it('back the file up before running pending migrations on existing data', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrateTo: LATEST_SCHEMA_VERSION - 1 });
    old.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('theme', '\"light\"', 'x')")
      .run();
    await old.close();
    const now = new Date('2026-11-22T10:00:00Z');
    const upgraded = await openDatabase(file, { clock: () => now });
    cleanups.push(() => upgraded.close());
    expect(upgraded.backupPath).not.toBeNull();
    expect(listBackups(file)).toEqual([upgraded.backupPath]);
    expect(path.basename(upgraded.backupPath ?? '')).toBe(
      `reqdesk-schema-v${LATEST_SCHEMA_VERSION - 1}-2026-11-22T10-00-00-000Z.sqlite`,
    );
    // The backup is a whole, openable copy of the file as it was.
    const copy = new BetterSqlite3(upgraded.backupPath ?? '', { readonly: true });
    cleanups.push(() => {
      copy.close();
    });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(copy.prepare("select value from settings where key = 'theme'").pluck().get()).toBe('"light"');
  });

  it('0002 keeps existing rows and adds the question tables, index and facet lookups', async () => {
    const file = tempFile();
    const v1 = await openDatabase(file, { migrateTo: 1 });
    v1.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('pageSize', '\"a4\"', 'x')")
      .run();
    await v1.close();
    const v2 = await openDatabase(file, { migrateTo: 2 });
    cleanups.push(() => v2.close());
    expect(v2.sqlite.prepare("select value from settings where key = 'pageSize'").pluck().get()).toBe('"a4"');
    const plan = v2.sqlite
      .prepare(
        "explain query plan select seq from question_facets where facet = 'level' and value = 'senior'",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX|PRIMARY KEY/);
    const tables = v2.sqlite.prepare("select name from sqlite_schema where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['questions', 'question_facets', 'questions_fts']));
  });

  it('0003 keeps the question bank and adds roles, with list columns generated from the spec', async () => {
    const file = tempFile();
    const v2 = await openDatabase(file, { migrateTo: 2 });
    v2.sqlite
      .prepare(
        `insert into questions (id, category, topic, text, strong_answer, anchors, probes, red_flags, levels, archetypes, rounds, attributes, tags, minutes, origin, created_at, updated_at)
         values ('q1', 'technical', 'Caching strategies', 'Which cache did you run?', 'x', '["a","b","c","d"]', '[]', '[]', '["mid"]', '["any"]', '["onsite"]', '["testing"]', '[]', 5, 'custom', 't', 't')`,
      )
      .run();
    await v2.close();
    const v3 = await openDatabase(file, { migrateTo: 3 });
    cleanups.push(() => v3.close());
    expect(
      v3.sqlite
        .prepare("select count(*) from questions_fts where questions_fts match 'cache*'")
        .pluck()
        .get(),
    ).toBe(1);
    v3.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Senior data engineer', 'status', 'open'), 't', 't')",
      )
      .run();
    expect(v3.sqlite.prepare("select title || '/' || status from roles where id = 'r1'").pluck().get()).toBe(
      'Senior data engineer/open',
    );
    expect(() =>
      v3.sqlite
        .prepare("insert into roles (id, spec, created_at, updated_at) values ('r2', '{oops', 't', 't')")
        .run(),
    ).toThrow(/CHECK constraint|malformed JSON/);
  });
});
