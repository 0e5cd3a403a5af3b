import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { type Database, openDatabase } from '../db/open';
import { clearTables, countRows, dataTables, insertRows, readRows } from '../db/tables';
import { AppError } from '../errors';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type Archive,
  type ArchiveTable,
  archiveSchema,
  MAX_ARCHIVE_BYTES,
} from './archive-format';

export interface ArchiveSummary {
  file: string;
  schemaVersion: number;
  tables: { name: string; rows: number }[];
}

/**
 * Writes every data table of the open database to one JSON archive (docs/export-format.md).
 * The table list comes from SQLite's catalogue, so tables added later are included as they
 * come. Written row by row to a temporary file, then renamed: never half an archive.
 */
export async function exportAll(ctx: CoreContext, file: string): Promise<ArchiveSummary> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.reqdesk-archive-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  const sqlite = ctx.database.sqlite;
  const summary: ArchiveSummary = { file: target, schemaVersion: ctx.database.schemaVersion, tables: [] };
  const out = fs.openSync(temp, 'w');
  try {
    // One read transaction: every table from the same moment, even while the app writes.
    sqlite.exec('begin');
    try {
      const installId = sqlite.prepare("select value from meta where key = 'install_id'").pluck().get();
      const header = {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        exportedAt: ctx.clock().toISOString(),
        app: { name: 'Reqdesk', version: ctx.appVersion },
        schemaVersion: ctx.database.schemaVersion,
        installId: String(installId ?? ''),
      };
      fs.writeSync(out, `${JSON.stringify(header).slice(0, -1)},"tables":[`);
      dataTables(sqlite).forEach((table, index) => {
        fs.writeSync(
          out,
          `${index > 0 ? ',' : ''}\n{"name":${JSON.stringify(table.name)},"columns":${JSON.stringify(table.columns)},"rows":[`,
        );
        // The checksum covers the rows exactly as JSON.stringify writes them, so a reader
        // recomputes it from what it parsed.
        const hash = createHash('sha256').update('[');
        let count = 0;
        for (const row of readRows(sqlite, table)) {
          const text = `${count > 0 ? ',' : ''}${JSON.stringify(row)}`;
          hash.update(text);
          fs.writeSync(out, count > 0 ? `,\n${text.slice(1)}` : `\n${text}`);
          count += 1;
        }
        hash.update(']');
        fs.writeSync(out, `],"rowCount":${count},"sha256":"${hash.digest('hex')}"}`);
        summary.tables.push({ name: table.name, rows: count });
      });
    } finally {
      sqlite.exec('commit');
    }
    fs.writeSync(out, '\n]}\n');
    fs.fsyncSync(out);
    fs.closeSync(out);
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.closeSync(out);
    } catch {
      // already closed
    }
    fs.rmSync(temp, { force: true });
    throw archiveWriteFailure(error, target);
  }
  return summary;
}

function archiveWriteFailure(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'ENOSPC' || code === 'EFBIG')
    return new AppError(
      'backup_failed',
      `The disk is full: the archive ${target} was not written (no partial file was left).`,
    );
  return new AppError(
    'backup_failed',
    `The archive ${target} could not be written (${(error as Error).message}).`,
  );
}

/** Reads and checks an archive: format, version, every table's row count and SHA-256. Writes nothing. */
export function readArchive(file: string): Archive {
  const source = path.resolve(file);
  let size: number;
  try {
    size = fs.statSync(source).size;
  } catch {
    throw new AppError('not_found', `There is no archive at ${source}.`);
  }
  if (size > MAX_ARCHIVE_BYTES)
    throw new AppError(
      'bad_input',
      `${source} is larger than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB; it was not read.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(source, 'utf8'));
  } catch (error) {
    throw new AppError('bad_input', `${source} is not a JSON archive (${(error as Error).message}).`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== ARCHIVE_FORMAT)
    throw new AppError('bad_input', `${source} is not a Reqdesk archive.`);
  if (typeof format.formatVersion === 'number' && format.formatVersion > ARCHIVE_FORMAT_VERSION)
    throw new AppError(
      'db_too_new',
      `${source} was written by a newer Reqdesk (archive format ${format.formatVersion}).`,
    );
  const parsed = archiveSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'bad_input',
      `${source} is not a valid archive: ${issue?.path.join('.')}: ${issue?.message}.`,
    );
  }
  for (const table of parsed.data.tables) {
    const digest = createHash('sha256').update(JSON.stringify(table.rows)).digest('hex');
    if (digest !== table.sha256)
      throw new AppError(
        'db_corrupt',
        `${source} is damaged: the rows of ${table.name} do not match their checksum.`,
      );
  }
  if (parsed.data.schemaVersion > LATEST_SCHEMA_VERSION)
    throw new AppError(
      'db_too_new',
      `${source} holds schema ${parsed.data.schemaVersion}; this Reqdesk knows up to ${LATEST_SCHEMA_VERSION}. Update Reqdesk to import it.`,
    );
  return parsed.data;
}

/**
 * Builds a new database from an archive: created at the archive's schema version, every
 * table emptied and loaded in one transaction (foreign keys checked at the end), every
 * count compared, then upgraded to this version's schema and renamed into place. The
 * target must not exist yet or be empty; on any failure nothing is left at the target.
 */
export async function importAll(
  file: string,
  databasePath: string,
  nativeBinding?: string,
): Promise<ArchiveSummary> {
  const archive = readArchive(file);
  const target = path.resolve(databasePath);
  if (fs.existsSync(target) && fs.statSync(target).size > 0)
    throw new AppError('conflict', `${target} already exists; import into a new file (nothing was changed).`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = path.join(
    path.dirname(target),
    `.reqdesk-import-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  const scratch = fs.mkdtempSync(path.join(path.dirname(target), '.reqdesk-import-upgrade-'));
  try {
    const built = await openDatabase(temp, {
      nativeBinding,
      migrateTo: archive.schemaVersion,
      backupDir: scratch,
    });
    try {
      loadTables(built.sqlite, archive.tables);
    } finally {
      await built.close();
    }
    // Reopening brings an older archive up to this version's schema with the usual migrations.
    const upgraded = await openDatabase(temp, { nativeBinding, backupDir: scratch });
    await upgraded.close();
    fs.renameSync(temp, target);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temp}${suffix}`, { force: true });
    throw error;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return {
    file: target,
    schemaVersion: archive.schemaVersion,
    tables: archive.tables.map((t) => ({ name: t.name, rows: t.rowCount })),
  };
}

/**
 * Loads an archive's tables into an open database whose schema has every one of them; the
 * file's own rows (install id, migration records) are replaced by the archive's.
 */
export function loadTables(sqlite: Database['sqlite'], tables: ArchiveTable[]): void {
  const present = dataTables(sqlite);
  const byName = new Map(present.map((t) => [t.name, t]));
  for (const table of tables) {
    const known = byName.get(table.name);
    if (!known) throw new AppError('bad_input', `The archive has a table this schema lacks: ${table.name}.`);
    const missing = table.columns.filter((c) => !known.columns.includes(c));
    if (missing.length > 0)
      throw new AppError(
        'bad_input',
        `The archive's ${table.name} has columns this schema lacks: ${missing.join(', ')}.`,
      );
  }
  const incoming = new Map(tables.map((t) => [t.name, t]));
  sqlite.exec('begin immediate');
  try {
    sqlite.pragma('defer_foreign_keys = ON');
    clearTables(sqlite, present);
    for (const table of present) {
      const rows = incoming.get(table.name);
      if (rows) insertRows(sqlite, table.name, rows.columns, rows.rows);
    }
    for (const table of present) {
      const expected = incoming.get(table.name)?.rowCount ?? 0;
      const found = countRows(sqlite, table.name);
      if (found !== expected)
        throw new AppError(
          'bad_input',
          `After loading, ${table.name} holds ${found} rows, not the archive's ${expected}.`,
        );
    }
    sqlite.exec('commit');
  } catch (error) {
    sqlite.exec('rollback');
    if (error instanceof AppError) throw error;
    throw new AppError(
      'bad_input',
      `The archive could not be loaded (${(error as Error).message}); nothing was written.`,
    );
  }
}
