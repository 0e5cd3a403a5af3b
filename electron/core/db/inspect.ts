import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type InspectionStatus =
  | 'missing'
  | 'empty'
  | 'ok'
  | 'needs_upgrade'
  | 'too_new'
  | 'corrupt'
  | 'foreign';

export interface Inspection {
  file: string;
  status: InspectionStatus;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** quick_check's findings, or the reason SQLite could not read the file. */
  problems: string[];
  hasTables: boolean;
}

/**
 * A read-only look at a database file; it never writes a byte, whatever it finds.
 * openDatabase refuses the bad states, `reqdesk db-check` reports them.
 */
export function inspectDatabase(file: string, nativeBinding?: string): Inspection {
  const base = {
    file,
    schemaVersion: 0,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    problems: [],
    hasTables: false,
  };
  if (!fs.existsSync(file)) return { ...base, status: 'missing' };
  if (fs.statSync(file).size === 0) return { ...base, status: 'empty' };
  let ro: BetterSqlite3.Database | undefined;
  try {
    ro = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const check = ro.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return { ...base, status: 'corrupt', problems: problems.slice(0, 10) };
    const schemaVersion = ro.pragma('user_version', { simple: true }) as number;
    const tables = ro
      .prepare("select name from sqlite_schema where type = 'table'")
      .pluck()
      .all() as string[];
    const hasTables = tables.length > 0;
    const found = { ...base, schemaVersion, hasTables };
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { ...found, status: 'too_new' };
    if (hasTables && !tables.includes('kysely_migration')) return { ...found, status: 'foreign' };
    if (!hasTables) return { ...found, status: 'empty' };
    return { ...found, status: schemaVersion < LATEST_SCHEMA_VERSION ? 'needs_upgrade' : 'ok' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      return { ...base, status: 'corrupt', problems: [(error as Error).message] };
    }
    throw error;
  } finally {
    ro?.close();
  }
}
