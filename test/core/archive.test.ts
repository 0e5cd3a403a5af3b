import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAll, importAll, loadTables, readArchive } from '../../electron/core/exchange/archive';
import { makeTempDir, openTempCore, type TempCore } from '../support/temp-db';
import { dumpDatabase, seedRecruiterData } from './backup/seed';
import { cli } from './support/run-cli';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function seededCore(): Promise<TempCore> {
  const core = await openTempCore({ starterBank: true });
  cleanups.push(() => core.close());
  await seedRecruiterData(core.ctx);
  return core;
}

function tempDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

describe('export-all and import-all', () => {
  it('reproduce every table of the database, row by row, through the CLI', async () => {
    const core = await seededCore();
    const dir = tempDir();
    const archive = path.join(dir, 'everything.json');
    const exported = await cli('export-all', '--out', archive, '--db', core.dbPath);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    const rebuilt = path.join(dir, 'rebuilt.sqlite');
    const imported = await cli('import-all', archive, '--db', rebuilt);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    // Every table, including the migrations' bookkeeping, the install id and the full-text index.
    expect(dumpDatabase(rebuilt)).toEqual(dumpDatabase(core.dbPath));
    // The archive is plain JSON a person can read.
    const parsed = JSON.parse(fs.readFileSync(archive, 'utf8'));
    expect(parsed.format).toBe('reqdesk-archive');
    const candidates = parsed.tables.find((t: { name: string }) => t.name === 'candidates');
    expect(JSON.stringify(candidates.rows)).toContain('Amaru Quispe');
  });

  it('carry a table added later without code changes, and blobs, big integers and emoji exactly', async () => {
    const core = await seededCore();
    // As a later migration would: a new table with a foreign key, and a row of every kind of cell.
    core.database.sqlite.exec(`
      create table offer_letters (
        seq integer primary key, id text not null unique,
        candidate_id text not null references candidates (id) on delete cascade,
        note text, weight real, big integer, attachment blob
      ) strict;
    `);
    const candidateId = core.database.sqlite.prepare('select id from candidates').pluck().get();
    core.database.sqlite
      .prepare(
        'insert into offer_letters (id, candidate_id, note, weight, big, attachment) values (?, ?, ?, ?, ?, ?)',
      )
      .run('d1', candidateId, 'Hire 🎉 — "yes"\u0007', 0.75, 9007199254740993n, Buffer.from([0, 1, 2, 255]));
    // The new table must come after the table it references.
    const dir = tempDir();
    const archive = path.join(dir, 'a.json');
    const summary = await exportAll(core.ctx, archive);
    const names = summary.tables.map((t) => t.name);
    expect(names.indexOf('offer_letters')).toBeGreaterThan(names.indexOf('candidates'));
    expect(names.indexOf('candidates')).toBeGreaterThan(names.indexOf('roles'));

    // importAll builds its file from this version's migrations: a table they lack is refused by name.
    const rebuilt = path.join(dir, 'rebuilt.sqlite');
    await expect(importAll(archive, rebuilt)).rejects.toThrow(/table this schema lacks: offer_letters/);
    expect(fs.existsSync(rebuilt)).toBe(false);
    // A file whose schema has the new table (as the version that adds it makes) takes it in
    // with the same loader importAll uses, and every table comes out equal.
    const target = await openTempCore();
    cleanups.push(() => target.close());
    target.database.sqlite.exec(
      core.database.sqlite
        .prepare("select sql from sqlite_schema where name = 'offer_letters'")
        .pluck()
        .get() as string,
    );
    loadTables(target.database.sqlite, readArchive(archive).tables);
    expect(dumpDatabase(target.dbPath)).toEqual(dumpDatabase(core.dbPath));
    const [note, weight, big, attachment] = target.database.sqlite
      .prepare('select note, weight, big, attachment from offer_letters')
      .safeIntegers(true)
      .raw(true)
      .get() as [string, number, bigint, Buffer];
    expect(note).toBe('Hire 🎉 — "yes"\u0007');
    expect(weight).toBe(0.75);
    expect(big).toBe(9007199254740993n);
    expect([...attachment]).toEqual([0, 1, 2, 255]);
  });

  it('refuse a damaged or foreign archive before writing anything', async () => {
    const core = await seededCore();
    const dir = tempDir();
    const archive = path.join(dir, 'a.json');
    await exportAll(core.ctx, archive);
    const text = fs.readFileSync(archive, 'utf8');
    const cases: [string, string, RegExp][] = [
      ['edited.json', text.replace('Amaru Quispe', 'Someone Else'), /do not match their checksum/],
      ['cut.json', text.slice(0, Math.floor(text.length / 2)), /not a JSON archive/],
      ['foreign.json', JSON.stringify({ hello: 'world' }), /not a Reqdesk archive/],
      ['future.json', text.replace(/"schemaVersion":\d+/, '"schemaVersion":999'), /newer|knows up to/],
    ];
    for (const [name, body, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, body);
      expect(() => readArchive(file)).toThrow(message);
      const target = path.join(dir, `${name}.sqlite`);
      const result = await cli('import-all', file, '--db', target);
      expect(result.code).toBe(1);
      expect(fs.existsSync(target)).toBe(false);
    }
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
