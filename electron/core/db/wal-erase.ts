import type BetterSqlite3 from 'better-sqlite3';

const ATTEMPTS = 6;
const FIRST_WAIT_MS = 20;
/** While another connection holds a read, try again this often, for at most LATER_FOR_MS. */
const LATER_EVERY_MS = 2_000;
const LATER_FOR_MS = 60 * 60 * 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Folds the write-ahead log into the file and cuts it to zero bytes; false when another
 * connection (a Reqdesk window or command) still reads pages the log holds, which SQLite
 * reports as `busy` in the checkpoint's result rather than as an error.
 */
export function truncateWal(sqlite: BetterSqlite3.Database): boolean {
  const rows = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return rows[0]?.busy === 0;
}

/**
 * Removes from disk what the log still holds of rows just deleted: tries a few times, and
 * when another connection keeps reading, keeps trying in the background (without holding the
 * process open) until it succeeds or this connection closes. Resolves whether the log is
 * empty now, so the person can be told when it is not.
 */
export async function eraseWal(sqlite: BetterSqlite3.Database): Promise<boolean> {
  for (let attempt = 0, wait = FIRST_WAIT_MS; attempt < ATTEMPTS; attempt++, wait *= 2) {
    if (truncateWal(sqlite)) return true;
    await sleep(wait);
  }
  const until = Date.now() + LATER_FOR_MS;
  const timer = setInterval(() => {
    try {
      if (!sqlite.open || truncateWal(sqlite) || Date.now() > until) clearInterval(timer);
    } catch {
      clearInterval(timer);
    }
  }, LATER_EVERY_MS);
  timer.unref();
  return false;
}
