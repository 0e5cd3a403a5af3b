import path from 'node:path';
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
    if (LATEST_SCHEMA_VERSION < 2) {
      // With one migration there is no older schema to upgrade from; exercise the backup by
      // upgrading from version 0 of a file that already has rows in the migration table.
      const file = tempFile();
      const first = await openDatabase(file, { migrateTo: 1 });
      first.sqlite.pragma('user_version = 0');
      first.sqlite
        .prepare("insert into settings (key, value, updated_at) values ('theme', '\"light\"', 'x')")
        .run();
      await first.close();
      const now = new Date('2026-11-22T10:00:00Z');
      const again = await openDatabase(file, { clock: () => now });
      cleanups.push(() => again.close());
      expect(again.backupPath).not.toBeNull();
      expect(listBackups(file)).toEqual([again.backupPath]);
      expect(path.basename(again.backupPath ?? '')).toBe('reqdesk-schema-v0-2026-11-22T10-00-00-000Z.sqlite');
      const copy = await openDatabase(again.backupPath ?? '', { backupDir: path.dirname(file) });
      cleanups.push(() => copy.close());
      expect(copy.sqlite.prepare("select value from settings where key = 'theme'").pluck().get()).toBe(
        '"light"',
      );
      return;
    }
    const file = tempFile();
    const old = await openDatabase(file, { migrateTo: LATEST_SCHEMA_VERSION - 1 });
    old.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('theme', '\"light\"', 'x')")
      .run();
    await old.close();
    const upgraded = await openDatabase(file);
    cleanups.push(() => upgraded.close());
    expect(upgraded.backupPath).not.toBeNull();
    expect(listBackups(file)).toHaveLength(1);
  });
});
