import { AppError } from '../errors';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EFBIG', 'EDQUOT']);
const NOT_WRITABLE = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EACCES', 'EPERM', 'EROFS']);

/** Turns what SQLite or the file system threw while writing `what` into a message a recruiter can act on. */
export function writeFailure(error: unknown, what: string, folder: string): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = String((error as Error).message ?? error);
  if (DISK_FULL.has(code) || /full|too large|EFBIG|ENOSPC/i.test(message) || code === 'SQLITE_IOERR_WRITE') {
    return new AppError(
      'backup_failed',
      `The disk holding ${folder} is full (or the file grew past the size this system allows): ${what} ` +
        'was not finished and its partial file was removed. Free some space or choose another folder; your data is unchanged.',
    );
  }
  if (NOT_WRITABLE.has(code)) {
    return new AppError(
      'backup_failed',
      `Reqdesk cannot write to ${folder} (it is read-only or you lack permission): ${what} was not written. Your data is unchanged.`,
    );
  }
  return new AppError('backup_failed', `${what} failed (${message}). Your data is unchanged.`);
}
