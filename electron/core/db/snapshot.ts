import type BetterSqlite3 from 'better-sqlite3';

/** Pages copied per step: about 400 KB, a few milliseconds, before the event loop runs again. */
const PAGES_PER_STEP = 100;
/**
 * Writes by another connection (the CLI, a second process) restart an online backup from
 * the first page. After this many restarts the rest is copied in one step, so a busy file
 * still gets its backup, at the cost of one longer pause.
 */
const RESTARTS_BEFORE_ONE_STEP = 3;

/** better-sqlite3 clamps the step size to 0..2^31-1 (a negative one would copy nothing). */
const ALL_REMAINING = 0x7fffffff;

export interface SnapshotProgress {
  totalPages: number;
  remainingPages: number;
}

/**
 * Copies the open database to `dest` with SQLite's online backup API, a few pages at a
 * time: between steps the event loop runs, so saves on the same connection go on (SQLite
 * folds them into the copy) and the app never waits for the whole file.
 */
export async function snapshotTo(
  sqlite: BetterSqlite3.Database,
  dest: string,
  onProgress?: (progress: SnapshotProgress) => void,
): Promise<void> {
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  await sqlite.backup(dest, {
    progress: ({ totalPages, remainingPages }) => {
      if (remainingPages > lastRemaining) restarts += 1;
      lastRemaining = remainingPages;
      onProgress?.({ totalPages, remainingPages });
      return restarts >= RESTARTS_BEFORE_ONE_STEP ? ALL_REMAINING : PAGES_PER_STEP;
    },
  });
}
