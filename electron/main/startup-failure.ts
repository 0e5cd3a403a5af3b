import { AppError } from '../core/errors';

export interface StartupFailure {
  title: string;
  message: string;
}

/**
 * What the recruiter reads when Reqdesk cannot open its database. The core's messages
 * already say what is wrong and how to recover; the file is never touched in these cases.
 */
export function describeStartupFailure(error: unknown, databasePath: string): StartupFailure {
  if (error instanceof AppError) {
    const title =
      error.code === 'db_too_new'
        ? 'This database was written by a newer Reqdesk'
        : error.code === 'db_corrupt'
          ? 'The Reqdesk database cannot be read'
          : 'Reqdesk could not start';
    return { title, message: `${error.message}\n\nFile: ${databasePath}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Reqdesk could not start',
    message: `Opening the database failed: ${detail}\n\nFile: ${databasePath}\nNothing in the file was changed.`,
  };
}
