import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { AppError } from '../errors';
import { type Inspection, inspectDatabase } from './inspect';
import { LATEST_SCHEMA_VERSION, migrationProvider } from './migrations';
import type { DB } from './schema';
import { logSlowQuery } from './slow-query-log';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron in dev); default: the one in node_modules. */
  nativeBinding?: string;
  /** Migrate only this far (tests of a single migration); default: latest. */
  migrateTo?: number;
  /** Where pre-migration backups go; default: a `backups` folder beside the file. */
  backupDir?: string;
  clock?: () => Date;
}

export interface Database {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<DB>;
  schemaVersion: number;
  /** Backup written before migrating, if any migration ran on a non-empty file. */
  backupPath: string | null;
  close(): Promise<void>;
}

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) a Reqdesk database: checks it read-only first, so a damaged file or
 * one written by a newer Reqdesk is refused before a single byte is written; then sets the
 * pragmas, backs the file up and runs pending migrations.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database> {
  const target = options.migrateTo ?? LATEST_SCHEMA_VERSION;
  const clock = options.clock ?? (() => new Date());
  const found = checkBeforeOpening(file, options.nativeBinding);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL'); // an acknowledged note must survive a power cut
    sqlite.pragma('foreign_keys = ON');
    // Deleted rows are overwritten, not left in free pages: deleting a candidate must remove
    // their name and notes from the file, not only from the app.
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') logSlowQuery(event.queryDurationMillis, event.query.sql);
    },
  });

  let backupPath: string | null = null;
  try {
    if (found.schemaVersion < target) {
      if (found.hasTables) {
        backupPath = await backupBeforeMigration(
          sqlite,
          file,
          found.schemaVersion,
          options.backupDir,
          clock(),
        );
      }
      await migrate(db, target, backupPath);
      sqlite.pragma(`user_version = ${target}`);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }

  return {
    path: file,
    sqlite,
    db,
    schemaVersion: Math.max(found.schemaVersion, target),
    backupPath,
    close: () => db.destroy(),
  };
}

/** Turns a refusal found by inspectDatabase into the error the user sees; returns what to migrate from. */
function checkBeforeOpening(file: string, nativeBinding?: string): Inspection {
  const found = inspectDatabase(file, nativeBinding);
  switch (found.status) {
    case 'corrupt':
      throw corrupt(file, found.problems.slice(0, 3).join('; '));
    case 'too_new':
      throw new AppError(
        'db_too_new',
        `${file} was written by a newer Reqdesk (schema ${found.schemaVersion}; this version knows up to ${found.latestSchemaVersion}). ` +
          'It was not opened or changed. Update Reqdesk to open it.',
      );
    case 'foreign':
      throw new AppError(
        'db_corrupt',
        `${file} is an SQLite file but not a Reqdesk database. It was not changed. Choose another file.`,
      );
    default:
      return found;
  }
}

function corrupt(file: string, detail: string): AppError {
  const backups = listBackups(file);
  const newest = backups.at(-1);
  return new AppError(
    'db_corrupt',
    `${file} is damaged or not a database (${detail}). Reqdesk did not change it. To recover: ` +
      (newest ? `close Reqdesk and copy the newest backup, ${newest}, over it; or ` : '') +
      `open another file; or salvage its rows with "sqlite3 '${file}' .recover > salvage.sql".`,
  );
}

export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

export function listBackups(file: string, backupDir = defaultBackupDir(file)): string[] {
  const stem = path.basename(file, path.extname(file));
  try {
    return fs
      .readdirSync(backupDir)
      .filter((name) => name.startsWith(`${stem}-schema-v`) && name.endsWith('.sqlite'))
      .sort()
      .map((name) => path.join(backupDir, name));
  } catch {
    return [];
  }
}

async function backupBeforeMigration(
  sqlite: BetterSqlite3.Database,
  file: string,
  fromVersion: number,
  backupDir = defaultBackupDir(file),
  now: Date,
): Promise<string> {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dest = path.join(
    backupDir,
    `${path.basename(file, path.extname(file))}-schema-v${fromVersion}-${stamp}.sqlite`,
  );
  await sqlite.backup(dest);
  return dest;
}

async function migrate(db: Kysely<DB>, target: number, backupPath: string | null): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(target) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const restore = backupPath ? ` A copy of the file from before the upgrade is at ${backupPath}.` : '';
    throw new AppError(
      'internal',
      `Upgrading the database failed in migration ${failed}: ${(error as Error).message}.${restore}`,
    );
  }
}
