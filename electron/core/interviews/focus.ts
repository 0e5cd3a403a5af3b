import type { Kysely } from 'kysely';
import { mustHaveLabels } from '../../../shared/domain/kits/coverage';
import { readStringRecord } from '../db/json-column';
import type { DB } from '../db/schema';
import { focusLabelsOf } from '../kits/loop-read';
import { readRoleSpec } from '../roles/roles';

/**
 * The labels of an interview's focus attributes: the must-have line of the role today, else
 * the label copied from the round when the interview started (the line may be gone since).
 */
export async function interviewFocusLabels(
  db: Kysely<DB>,
  roleId: string,
  focus: readonly string[],
  stored: string,
): Promise<Record<string, string>> {
  const spec = await readRoleSpec(db, roleId, { deleted: true });
  return focusLabelsOf(
    focus,
    readStringRecord(stored, 'focus_labels'),
    mustHaveLabels(spec?.mustHaves ?? []),
  );
}
