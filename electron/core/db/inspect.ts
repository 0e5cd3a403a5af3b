import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { recordedMigrations } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { openForReading } from './open-for-reading';
import { shapeDifferences, versionOfShape } from './schema-shape';

export type InspectionStatus =
  | 'missing'
  | 'empty'
  | 'ok'
  | 'needs_upgrade'
  /** Migrations are in the schema but not recorded (an older Reqdesk was stopped mid-upgrade). */
  | 'interrupted_upgrade'
  /** The schema matches no version: half of a migration, or a change made by hand. */
  | 'half_applied'
  | 'too_new'
  | 'corrupt'
  | 'foreign';

export interface Inspection {
  file: string;
  status: InspectionStatus;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** How many migrations the file records. */
  migrationsRecorded: number;
  /** How many migrations its schema shows (above migrationsRecorded after an interrupted upgrade). */
  migrationsApplied: number;
  /** quick_check's findings, the schema's differences, or the reason SQLite could not read the file. */
  problems: string[];
  hasTables: boolean;
}

/**
 * A read-only look at a database file; it never writes a byte, and leaves no `-wal` or
 * `-shm` behind, whatever it finds. openDatabase refuses the bad states, `reqdesk db-check`
 * reports them.
 */
export async function inspectDatabase(file: string, nativeBinding?: string): Promise<Inspection> {
  const base = {
    file,
    schemaVersion: 0,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    migrationsRecorded: 0,
    migrationsApplied: 0,
    problems: [],
    hasTables: false,
  };
  if (!fs.existsSync(file)) return { ...base, status: 'missing' };
  if (fs.statSync(file).size === 0) return { ...base, status: 'empty' };
  let ro: BetterSqlite3.Database | undefined;
  try {
    ro = openForReading(file, nativeBinding);
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
    return { ...found, ...(await compareSchema(ro, schemaVersion, nativeBinding)) };
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

/** Whether the records, `user_version` and the schema itself tell the same story. */
async function compareSchema(
  ro: BetterSqlite3.Database,
  schemaVersion: number,
  nativeBinding?: string,
): Promise<Pick<Inspection, 'status' | 'migrationsRecorded' | 'migrationsApplied' | 'problems'>> {
  const recorded = recordedMigrations(ro);
  const known = Object.keys(migrations);
  const migrationsRecorded = recorded.length;
  const strangers = recorded.filter((name, index) => known[index] !== name);
  if (strangers.length > 0) {
    return {
      status: 'half_applied',
      migrationsRecorded,
      migrationsApplied: migrationsRecorded,
      problems: [`migrations this Reqdesk does not know are recorded: ${strangers.slice(0, 5).join(', ')}`],
    };
  }
  const applied = await versionOfShape(ro, migrationsRecorded, nativeBinding);
  if (applied === null) {
    return {
      status: 'half_applied',
      migrationsRecorded,
      migrationsApplied: migrationsRecorded,
      problems: (await shapeDifferences(ro, migrationsRecorded, nativeBinding)).slice(0, 10),
    };
  }
  if (applied > migrationsRecorded) {
    return {
      status: 'interrupted_upgrade',
      migrationsRecorded,
      migrationsApplied: applied,
      problems: known
        .slice(migrationsRecorded, applied)
        .map((name) => `migration ${name} is in the schema but not recorded`),
    };
  }
  const upToDate = applied === LATEST_SCHEMA_VERSION && schemaVersion === LATEST_SCHEMA_VERSION;
  return {
    status: upToDate ? 'ok' : 'needs_upgrade',
    migrationsRecorded,
    migrationsApplied: applied,
    problems: [],
  };
}
