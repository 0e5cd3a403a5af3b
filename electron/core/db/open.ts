import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { backupFolder } from '../backup/folder';
import { backupsOf } from '../backup/rotate';
import { AppError } from '../errors';
import { ATOMIC_TEMP, removeLeftovers } from '../files/leftovers';
import { BUSY_TIMEOUT_MS, ReqdeskSqliteDialect, retryWhileBusy } from './dialect';
import { type Inspection, inspectDatabase } from './inspect';
import { MigrationError, recordApplied, runMigrations } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import {
  backupBeforeUpgrade,
  defaultBackupDir,
  listBackups,
  removeUnfinishedBackups,
} from './pre-upgrade-backup';
import type { DB } from './schema';
import { logSlowQuery } from './slow-query-log';
import { storageError } from './storage-errors';

export { defaultBackupDir, listBackups } from './pre-upgrade-backup';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron in dev); default: the one in node_modules. */
  nativeBinding?: string;
  /** Migrate only this far (tests of a single migration); default: latest. */
  migrateTo?: number;
  /** Where pre-migration backups go; default: a `backups` folder beside the file. */
  backupDir?: string;
  clock?: () => Date;
  /** How long a write waits for another process's lock before "busy"; default MAX_BUSY_WAIT_MS. */
  maxBusyWaitMs?: number;
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

/**
 * Opens (or creates) a Reqdesk database: checks it read-only first, so a damaged file or
 * one written by a newer Reqdesk is refused before a single byte is written; then sets the
 * pragmas, backs the file up and runs pending migrations.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database> {
  const target = options.migrateTo ?? LATEST_SCHEMA_VERSION;
  const clock = options.clock ?? (() => new Date());
  const found = await checkBeforeOpening(file, options.nativeBinding);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  checkWriteAccess(file);
  // A save, or a backup, cut short by a kill leaves its temporary files behind.
  removeLeftovers(path.dirname(file), ATOMIC_TEMP);
  removeUnfinishedBackups(options.backupDir ?? defaultBackupDir(file));

  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    // SQLite falls back to read-only quietly when it cannot write; every save would then fail.
    if (sqlite.readonly) throw readOnly(file);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await retryWhileBusy(() => sqlite.pragma('journal_mode = WAL'));
    sqlite.pragma('synchronous = FULL'); // an acknowledged note must survive a power cut
    sqlite.pragma('foreign_keys = ON');
    // Deleted rows are overwritten, not left in free pages: deleting a candidate must remove
    // their name and notes from the file, not only from the app.
    sqlite.pragma('secure_delete = ON');
  } catch (error) {
    sqlite.close();
    throw storageError(error) ?? error;
  }

  const db = new Kysely<DB>({
    dialect: new ReqdeskSqliteDialect(sqlite, options.maxBusyWaitMs),
    log: (event) => {
      if (event.level === 'query') logSlowQuery(event.queryDurationMillis, event.query.sql);
    },
  });

  let backupPath: string | null = null;
  try {
    if (found.schemaVersion < target || found.migrationsRecorded < target) {
      if (found.hasTables) {
        backupPath = await preUpgradeBackup(sqlite, file, found.schemaVersion, clock(), options.backupDir);
      }
      await upgrade(sqlite, db, found, target, clock, backupPath);
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
    close: async () => {
      await db.destroy();
      // Kysely opens its driver on the first query and only closes what it opened: a handle
      // that no Kysely query touched (a file already at the latest schema) is closed here.
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * The copy of the file taken before a schema upgrade. One function, so a fuller backup
 * module can take its place at this single call.
 */
function preUpgradeBackup(
  sqlite: BetterSqlite3.Database,
  file: string,
  fromVersion: number,
  now: Date,
  backupDir?: string,
): Promise<string> {
  return backupBeforeUpgrade(sqlite, file, fromVersion, now, backupDir);
}

/**
 * Refuses a file Reqdesk could read but not write (or a folder where SQLite cannot create
 * the write-ahead log) before anything is opened for writing, rather than fail every save.
 */
function checkWriteAccess(file: string): void {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw readOnly(file);
  }
}

function readOnly(file: string): AppError {
  return new AppError(
    'read_only',
    `${file} cannot be written: the file or its folder is read-only. Reqdesk did not open or change it. ` +
      'Make the file and its folder writable, or copy the file to a folder you can write to and open that.',
  );
}

/** Turns a refusal found by inspectDatabase into the error the user sees; returns what to migrate from. */
async function checkBeforeOpening(file: string, nativeBinding?: string): Promise<Inspection> {
  const found = await inspectDatabase(file, nativeBinding);
  switch (found.status) {
    case 'corrupt':
      throw corrupt(file, found.problems.slice(0, 3).join('; '));
    case 'too_new':
      throw new AppError(
        'db_too_new',
        `${file} was written by a newer Reqdesk (schema ${found.schemaVersion}; this version knows up to ${found.latestSchemaVersion}). ` +
          'It was not opened or changed. Update Reqdesk to open it.',
      );
    case 'half_applied':
      throw corrupt(
        file,
        `its schema matches no version of Reqdesk, as if an upgrade stopped halfway: ${found.problems.slice(0, 3).join('; ')}`,
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
  const newest = backupsOf(backupFolder(file).folder, file)[0]?.path ?? listBackups(file).at(-1);
  return new AppError(
    'db_corrupt',
    `${file} is damaged or not a database (${detail}). Reqdesk did not change it. To recover: ` +
      (newest ? `close Reqdesk and copy the newest backup, ${newest}, over it; or ` : '') +
      `open another file; or salvage its rows with "sqlite3 '${file}' .recover > salvage.sql".`,
  );
}

/**
 * Runs the pending migrations, each atomic with its record. Migrations an older Reqdesk
 * applied but was stopped before recording are recorded first (their changes are complete:
 * each ran in a transaction of its own).
 */
async function upgrade(
  sqlite: BetterSqlite3.Database,
  db: Kysely<DB>,
  found: Inspection,
  target: number,
  clock: () => Date,
  backupPath: string | null,
): Promise<void> {
  try {
    if (found.status === 'interrupted_upgrade') await recordApplied(sqlite, found.migrationsApplied, clock);
    await runMigrations(sqlite, db as Kysely<unknown>, target, clock);
  } catch (error) {
    const cause = error instanceof MigrationError ? error.cause : error;
    const known = cause instanceof AppError ? cause : storageError(cause);
    if (known) throw known;
    const failed = error instanceof MigrationError ? error.migration : 'unknown';
    const restore = backupPath ? ` A copy of the file from before the upgrade is at ${backupPath}.` : '';
    throw new AppError(
      'internal',
      `Upgrading the database failed in migration ${failed} (${(cause as Error).message}); it was rolled back, and the file keeps every migration before it.${restore}`,
    );
  }
}
