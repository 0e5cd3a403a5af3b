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
  | 'internal';

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
