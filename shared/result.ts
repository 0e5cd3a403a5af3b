/** Every call across the boundary returns one of these; a thrown error never crosses raw. */
export type ErrorCode =
  | 'bad_input' // the input failed its channel's schema
  | 'unknown_channel'
  | 'forbidden' // the caller is not the app's own renderer
  | 'not_found'
  | 'conflict'
  | 'pay_transparency' // a final JD lacks the pay range a pay-transparency law requires
  | 'db_too_new'
  | 'db_corrupt'
  | 'unavailable' // the transport could not reach the core
  | 'backup_failed' // a backup, restore or archive could not be written or did not verify
  | 'db_busy' // another Reqdesk window or command holds the write lock: try again shortly
  | 'read_only' // the database, or the file being saved, or its folder cannot be written
  | 'disk_full' // the disk (or a size limit) left no room for the write
  | 'internal';

/**
 * Failures where the same request can succeed later unchanged: a save keeps its edit and
 * tries again rather than treating the value as refused.
 */
export const RETRYABLE_CODES: readonly ErrorCode[] = ['unavailable', 'db_busy', 'disk_full', 'read_only'];

export const isRetryable = (code: ErrorCode): boolean => RETRYABLE_CODES.includes(code);

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** Field-level problems for bad_input: path like "value" or "items.2.name". */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: AppErrorData['issues']): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
