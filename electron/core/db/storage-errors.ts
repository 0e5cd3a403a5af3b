import { AppError } from '../errors';

/** What the person reads when another process holds the write lock longer than we wait. */
export const BUSY_MESSAGE =
  'The database is busy in another Reqdesk window or command. Nothing was saved by this action; ' +
  'try again in a moment (or close the other window).';

const READ_ONLY_MESSAGE =
  'The database cannot be written: the file or its folder is read-only (or on a read-only disk). ' +
  'Nothing was saved by this action. Make the file and its folder writable, then try again.';

const DISK_FULL_MESSAGE =
  'The disk is full (or the file reached a size limit), so nothing was saved by this action. ' +
  'Free some space, then try again; what is already saved is safe.';

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : '';

/** SQLite's SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY, ...). */
export const isBusy = (error: unknown): boolean => /^SQLITE_(BUSY|LOCKED)/.test(codeOf(error));

/** Node's errors of the file system carry the path they failed on (an export's target). */
const pathOf = (error: unknown): string | null => {
  const where = (error as { path?: unknown } | null)?.path;
  return typeof where === 'string' ? where : null;
};

/**
 * Turns a failure of the storage under Reqdesk (SQLite, or the file system under an export)
 * into the error the person can act on: busy, read-only or disk full. Null for anything
 * else, which stays an internal error. A write cut short by a size limit or a full disk
 * reaches SQLite as a failed write (SQLITE_IOERR_WRITE carries no errno), so that is
 * counted as "full" too.
 */
export function storageError(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const code = codeOf(error);
  const file = pathOf(error);
  if (isBusy(error)) return new AppError('db_busy', BUSY_MESSAGE);
  if (/^SQLITE_READONLY/.test(code)) return new AppError('read_only', READ_ONLY_MESSAGE);
  if (file && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM'))
    return new AppError(
      'read_only',
      `Reqdesk may not write ${file}: it or its folder is read-only. Nothing was written; choose another place.`,
    );
  if (
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR_WRITE' ||
    code === 'SQLITE_IOERR_SHORT_WRITE' ||
    code === 'SQLITE_IOERR_TRUNCATE'
  )
    return new AppError('disk_full', DISK_FULL_MESSAGE);
  if (file && (code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT'))
    return new AppError(
      'disk_full',
      `The disk is full (or the file reached a size limit), so ${file} was not written. Free some space, then try again.`,
    );
  return null;
}
