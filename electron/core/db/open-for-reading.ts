import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';

// better-sqlite3 reads this once, when its addon loads (on the first connection): file: URIs
// let a check open a file as immutable. Every path Reqdesk opens is absolute, so no plain
// path is mistaken for a URI.
process.env.SQLITE_USE_URI ??= '1';

/**
 * A read-only connection that leaves the folder as it found it. A read-only connection to a
 * WAL database creates `-wal` and `-shm` files beside it and cannot remove them; when there
 * is no `-wal` (no other connection is open, and the file holds every committed change) the
 * file is opened as immutable, which creates nothing. When a `-wal` is there, another
 * connection may be writing, so the check reads through it.
 */
export function openForReading(file: string, nativeBinding?: string): BetterSqlite3.Database {
  const options = { readonly: true, fileMustExist: true, nativeBinding };
  if (fs.existsSync(`${file}-wal`)) return new BetterSqlite3(file, options);
  try {
    return new BetterSqlite3(`${pathToFileURL(file).href}?immutable=1`, options);
  } catch {
    // The addon was loaded before URIs were turned on: read it the ordinary way.
    return new BetterSqlite3(file, options);
  }
}
