import type { ErrorCode } from '../../shared/result';

/** An error the user can act on: its message is shown as is, its code travels to the UI. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
