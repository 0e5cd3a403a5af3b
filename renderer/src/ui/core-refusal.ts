import type { AppErrorData } from '../../../shared/result';
import { focusFirstError } from './focus-first-error';

/**
 * A refusal from the core, shown on a form: each issue that names one of `fields` (or a part of
 * one, such as `email.0`) goes next to that field, with the cursor in the first. Returns the
 * error to show above the form when no issue named a field, else null.
 */
export function showRefusalOnFields(
  form: HTMLFormElement | null,
  error: AppErrorData,
  fields: readonly string[],
  setErrors: (errors: Record<string, string>) => void,
): AppErrorData | null {
  const byField: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field && !byField[field]) byField[field] = issue.message;
  }
  setErrors(byField);
  focusFirstError(form, byField);
  return Object.keys(byField).length > 0 ? null : error;
}
