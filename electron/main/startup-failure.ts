import type { ErrorCode } from '../../shared/result';
import { storageError } from '../core/db/storage-errors';
import { AppError } from '../core/errors';

export interface StartupFailure {
  title: string;
  message: string;
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  db_too_new: 'This database was written by a newer Reqdesk',
  db_corrupt: 'The Reqdesk database cannot be read',
  read_only: 'The Reqdesk database is read-only',
  db_busy: 'The Reqdesk database is busy',
  disk_full: 'The disk is full',
};

/**
 * What the recruiter reads when Reqdesk cannot open its database. The core's messages
 * already say what is wrong and how to recover; the file is never touched in these cases.
 */
export function describeStartupFailure(failure: unknown, databasePath: string): StartupFailure {
  const error = failure instanceof AppError ? failure : (storageError(failure) ?? failure);
  if (error instanceof AppError) {
    const title = TITLES[error.code] ?? 'Reqdesk could not start';
    return { title, message: `${error.message}\n\nFile: ${databasePath}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Reqdesk could not start',
    message: `Opening the database failed: ${detail}\n\nFile: ${databasePath}\nNothing in the file was changed.`,
  };
}
