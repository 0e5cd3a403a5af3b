import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Migration } from 'kysely';
import { retryWhileBusy } from './dialect';
import { migrationProvider } from './migrations';

/** The table Kysely's Migrator kept its records in: files written before keep working. */
const CREATE_RECORDS = `create table if not exists "kysely_migration" (
  "name" varchar(255) not null primary key, "timestamp" varchar(255) not null)`;

/** A migration that failed and was rolled back; `cause` is what SQLite or the migration threw. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    override readonly cause: unknown,
  ) {
    super(`migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'MigrationError';
  }
}

/** Names of the migrations recorded in the file, in order (none in a new file). */
export function recordedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite.prepare("select 1 from sqlite_schema where name = 'kysely_migration'").get();
  if (!table) return [];
  return sqlite.prepare('select name from kysely_migration order by name').pluck().all() as string[];
}

/**
 * Runs one step inside BEGIN IMMEDIATE ... COMMIT: all of it lands, or none of it (a kill,
 * a full disk or a failed statement rolls it back).
 */
async function inOneTransaction(sqlite: BetterSqlite3.Database, step: () => Promise<void>): Promise<void> {
  await retryWhileBusy(() => sqlite.exec('begin immediate'));
  try {
    await step();
    sqlite.exec('commit');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
}

function record(sqlite: BetterSqlite3.Database, names: string[], version: number, now: Date): void {
  sqlite.exec(CREATE_RECORDS);
  const insert = sqlite.prepare('insert or ignore into kysely_migration (name, timestamp) values (?, ?)');
  for (const name of names) insert.run(name, now.toISOString());
  sqlite.pragma(`user_version = ${version}`);
}

/**
 * Brings the file up to `target`, one migration at a time, each in a transaction of its own
 * together with its record and `user_version`. A migration opens its own transaction, which
 * the dialect turns into a savepoint of this one. Kysely's Migrator cannot do this: it runs
 * SQLite migrations outside any transaction, and a kill between a migration and its record
 * left a file that failed every later open.
 */
export async function runMigrations(
  sqlite: BetterSqlite3.Database,
  db: Kysely<unknown>,
  target: number,
  clock: () => Date,
  onMigrated?: (name: string, version: number) => void,
): Promise<void> {
  const all = Object.entries(await migrationProvider(target).getMigrations());
  for (const [index, [name, migration]] of all.entries()) {
    const version = index + 1;
    let ran = false;
    try {
      await inOneTransaction(sqlite, async () => {
        // Read under the write lock: another process opening the same file may have run it.
        if (recordedMigrations(sqlite).includes(name)) return;
        await (migration as Migration).up(db);
        record(sqlite, [name], version, clock());
        ran = true;
      });
    } catch (error) {
      throw new MigrationError(name, error);
    }
    if (ran) onMigrated?.(name, version);
  }
  // A file upgraded by an earlier Reqdesk recorded its migrations before it set the version.
  if ((sqlite.pragma('user_version', { simple: true }) as number) < all.length) {
    await inOneTransaction(sqlite, async () => record(sqlite, [], all.length, clock()));
  }
}

/**
 * Records migrations whose changes are in the file though their records are not (an earlier
 * Reqdesk was stopped between the two), so the upgrade can go on from there.
 */
export async function recordApplied(sqlite: BetterSqlite3.Database, version: number, clock: () => Date) {
  const names = Object.keys(await migrationProvider(version).getMigrations());
  await inOneTransaction(sqlite, async () => record(sqlite, names, version, clock()));
}
