import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EFBIG', 'EDQUOT']);
const NOT_WRITABLE = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EACCES', 'EPERM', 'EROFS']);

/**
 * SQLite reports a write refused for lack of space as a plain "disk I/O error". To tell a
 * full disk (or a file-size limit) from other faults, write a small block where the file
 * had got to: the operating system then names the cause (ENOSPC, EFBIG).
 */
export function probeWrite(folder: string, offset: number): string | null {
  const probe = path.join(folder, `.reqdesk-backup-${process.pid}-probe.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(probe, 'w');
    fs.writeSync(fd, Buffer.alloc(64 * 1024), 0, 64 * 1024, offset);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
  }
}

/**
 * Turns what SQLite or the file system threw while writing `what` into a message a recruiter
 * can act on. `probe` runs only for SQLite's unspecific I/O errors.
 */
export function writeFailure(
  error: unknown,
  what: string,
  folder: string,
  probe?: () => string | null,
): AppError {
  if (error instanceof AppError) return error;
  let code = String((error as { code?: unknown }).code ?? '');
  const message = String((error as Error).message ?? error);
  if (code.startsWith('SQLITE_IOERR') && probe) code = probe() ?? code;
  if (DISK_FULL.has(code)) {
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
