import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The rows a recruiter recognises a backup by; a table the file lacks counts as null. */
export const COUNTED_TABLES = ['roles', 'candidates', 'interviews', 'scorecards'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type TableCounts = Record<CountedTable, number | null>;

export interface FileCheck {
  /** integrity_check found nothing and the file is a Reqdesk database. */
  ok: boolean;
  /** integrity_check's findings, or why SQLite could not read the file at all. */
  problems: string[];
  schemaVersion: number;
  /** Has the migrations table every Reqdesk database carries. */
  isReqdesk: boolean;
  counts: TableCounts;
  /** Whether the candidate asked about (lookup or purge) is in the file after the work. */
  holdsCandidate: boolean;
}

export interface CheckOptions {
  nativeBinding?: string | undefined;
  /**
   * Switch the file to a rollback journal first, so it is self-contained: it opens read-only
   * anywhere (a synced or read-only folder) without -wal or -shm files beside it. Only for a
   * file this process has just written.
   */
  makeSelfContained?: boolean;
  /**
   * Erase this candidate (with everything that cascades from them) and VACUUM before the
   * check, so their text is gone from the file's free pages too. Only for a private copy.
   */
  purgeCandidateId?: string;
  /** Only look up whether the file holds this candidate: no integrity_check (fast). */
  lookupCandidateId?: string;
}

// A full integrity_check of a 100 MB file takes a third of a second or more: run in the main
// thread it would freeze the app (and an interview's autosave) for that long, so it runs in a
// worker with its own connection. The worker is a script string so the bundled app and plain
// Node load it the same way; it gets the addon's resolved path from here.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const { file, nativeBinding, makeSelfContained, purgeCandidateId, lookupCandidateId, countedTables } = workerData;
const candidateId = purgeCandidateId || lookupCandidateId;
let db;
try {
  if (makeSelfContained || purgeCandidateId) {
    const rw = new Database(file, { fileMustExist: true, nativeBinding });
    try {
      if (purgeCandidateId) {
        rw.pragma('foreign_keys = ON');
        rw.pragma('secure_delete = ON');
        rw.prepare('delete from candidates where id = ?').run(purgeCandidateId);
        rw.exec('VACUUM');
      }
      rw.pragma('journal_mode = DELETE');
    } finally { rw.close(); }
  }
  db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  const problems = lookupCandidateId ? [] : db.pragma('integrity_check', { simple: false })
    .map((row) => row.integrity_check).filter((text) => text !== 'ok').slice(0, 10);
  const schemaVersion = db.pragma('user_version', { simple: true });
  const tables = db.prepare("select name from sqlite_schema where type = 'table'").pluck().all();
  const counts = {};
  for (const name of countedTables)
    counts[name] = tables.includes(name) ? db.prepare('select count(*) from "' + name + '"').pluck().get() : null;
  const isReqdesk = tables.includes('kysely_migration');
  const holdsCandidate = Boolean(candidateId && tables.includes('candidates') &&
    db.prepare('select 1 from candidates where id = ?').get(candidateId));
  parentPort.postMessage({ ok: problems.length === 0 && isReqdesk, problems, schemaVersion, isReqdesk, counts, holdsCandidate });
} catch (error) {
  const empty = {};
  for (const name of countedTables) empty[name] = null;
  parentPort.postMessage({ ok: false, problems: [String(error && error.message || error)], schemaVersion: 0, isReqdesk: false, counts: empty, holdsCandidate: false });
} finally {
  if (db) db.close();
}
`;

const addonPath = (): string => createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Checks a database file without blocking this thread: integrity_check, schema version and
 * the counts of the main tables (after a purge, if asked). Never throws for a bad file:
 * the answer says what is wrong.
 */
export function checkDatabaseFile(file: string, options: CheckOptions = {}): Promise<FileCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        modulePath: addonPath(),
        nativeBinding: options.nativeBinding,
        makeSelfContained: options.makeSelfContained === true,
        purgeCandidateId: options.purgeCandidateId,
        lookupCandidateId: options.lookupCandidateId,
        countedTables: COUNTED_TABLES,
      },
    });
    let answered = false;
    worker.once('message', (check: FileCheck) => {
      answered = true;
      resolve(check);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The file check stopped early (exit code ${code}).`));
    });
  });
}
