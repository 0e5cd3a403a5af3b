import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/** Pages copied per step: about 200 KB, a few milliseconds, before the event loop runs again. */
const PAGES_PER_STEP = 50;
/**
 * Every so many pages the copy so far is flushed to disk in the background. Left to pile
 * up, 100 MB of unwritten pages makes the next fsync of the live database (an autosave's
 * commit) wait for all of them on common file systems.
 */
const FLUSH_EVERY_PAGES = 2048;
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
  let flushedAt = 0;
  let flushing: Promise<void> | null = null;
  await sqlite.backup(dest, {
    progress: ({ totalPages, remainingPages }) => {
      const copied = totalPages - remainingPages;
      if (!flushing && copied - flushedAt >= FLUSH_EVERY_PAGES) {
        flushedAt = copied;
        flushing = flushInBackground(dest).finally(() => {
          flushing = null;
        });
      }
      // A step copies 50 pages and saves on this connection add a page or two, so the count
      // falls; when it does not, another connection's write started the copy over.
      if (remainingPages >= lastRemaining) restarts += 1;
      lastRemaining = remainingPages;
      onProgress?.({ totalPages, remainingPages });
      return restarts >= RESTARTS_BEFORE_ONE_STEP ? ALL_REMAINING : PAGES_PER_STEP;
    },
  });
  await flushing;
}

/** fdatasync on libuv's thread pool; a failure here shows again in the final sync, so it is not raised twice. */
async function flushInBackground(file: string): Promise<void> {
  try {
    const handle = await fs.promises.open(file, 'r');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  } catch {
    // reported by the copy itself or by the final sync
  }
}
