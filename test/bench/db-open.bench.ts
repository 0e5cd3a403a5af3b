import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/open';
import { makeTempDir } from '../support/temp-db';
import { type Bench, measure, report } from './harness';

const TARGET_BYTES = 100 * 1024 * 1024;

/** A Reqdesk database padded to about 100 MB with rows of realistic text. */
async function makeLargeDatabase(file: string): Promise<void> {
  const database = await openDatabase(file);
  await database.close();
  const raw = new BetterSqlite3(file);
  raw.exec('create table bench_filler (id integer primary key, body text not null)');
  const insert = raw.prepare('insert into bench_filler (body) values (?)');
  const body = 'Walk me through the schema you designed and what you would change today. '.repeat(13);
  const fill = raw.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(`${i} ${body}`);
  });
  while (fs.statSync(file).size < TARGET_BYTES) {
    fill(5_000);
    raw.pragma('wal_checkpoint(TRUNCATE)');
  }
  raw.close();
}

export const dbOpenBench: Bench = {
  name: 'db',
  async run() {
    const { dir, cleanup } = makeTempDir('reqdesk-bench-');
    try {
      let n = 0;
      const fresh = await measure(async () => {
        const database = await openDatabase(path.join(dir, `empty-${n++}.sqlite`));
        await database.close();
      }, 20);
      report('db open+migrate, new empty file (median)', fresh.median, 'ms');

      const large = path.join(dir, 'large.sqlite');
      await makeLargeDatabase(large);
      report('db large file size', fs.statSync(large).size / 1024 / 1024, 'MB');
      const reopen = await measure(async () => {
        const database = await openDatabase(large);
        await database.close();
      }, 5);
      report('db open 100 MB file, schema current, incl. quick_check (median)', reopen.median, 'ms');

      const upgrade = await measure(
        async () => {
          const raw = new BetterSqlite3(large);
          raw.pragma('user_version = 0'); // pretend the file predates the latest migration
          raw.close();
          const database = await openDatabase(large, { backupDir: path.join(dir, 'backups') });
          await database.close();
          fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
        },
        3,
        0,
      );
      report('db open 100 MB file with pending upgrade, incl. backup (median)', upgrade.median, 'ms');
    } finally {
      cleanup();
    }
  },
};
