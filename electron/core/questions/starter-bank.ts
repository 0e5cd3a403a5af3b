import { createHash } from 'node:crypto';
import archetypeQuestions from '../../../resources/data/starter-bank/archetypes.json' with { type: 'json' };
import behaviouralQuestions from '../../../resources/data/starter-bank/behavioural-culture.json' with {
  type: 'json',
};
import screenAndAiQuestions from '../../../resources/data/starter-bank/screen-and-ai.json' with {
  type: 'json',
};
import technicalQuestions from '../../../resources/data/starter-bank/technical.json' with { type: 'json' };
import { type StarterQuestion, starterQuestion } from '../../../shared/questions';
import type { CoreContext } from '../context';
import { draftToColumns } from './row';

const STARTER_BANK_META_KEY = 'starter_bank_fingerprint';

/** The shipped starter questions, validated (a broken file fails the build's tests, not a laptop). */
export function starterBank(): StarterQuestion[] {
  return [technicalQuestions, archetypeQuestions, behaviouralQuestions, screenAndAiQuestions].flatMap(
    (file) => (file as { questions: unknown[] }).questions.map((q) => starterQuestion.parse(q)),
  );
}

/** Changes whenever a shipped question is added or gets a new revision. */
export function starterBankFingerprint(bank: StarterQuestion[]): string {
  const hash = createHash('sha256');
  for (const q of bank) hash.update(`${q.id}:${q.revision}\n`);
  return hash.digest('hex').slice(0, 32);
}

export interface StarterSyncResult {
  added: number;
  updated: number;
  /** Left alone because the recruiter edited or deleted them. */
  keptUserChanges: number;
}

/**
 * Brings the shipped starter questions into the database, in one transaction: new ones are
 * added, newer revisions replace older untouched ones. A question the recruiter edited or
 * deleted is never overwritten or brought back. Runs at every start; a fingerprint in
 * `meta` makes the usual case (nothing new) a single read.
 */
export async function syncStarterBank(
  ctx: CoreContext,
  bank: StarterQuestion[] = starterBank(),
): Promise<StarterSyncResult> {
  const result: StarterSyncResult = { added: 0, updated: 0, keptUserChanges: 0 };
  const fingerprint = starterBankFingerprint(bank);
  const { db } = ctx.database;
  const stored = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', STARTER_BANK_META_KEY)
    .executeTakeFirst();
  if (stored?.value === fingerprint) return result;

  const now = ctx.clock().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const shipped of bank) {
      const { id, revision, ...draft } = shipped;
      const existing = await trx
        .selectFrom('questions')
        .select(['starter_revision', 'edited_by_user', 'deleted_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing) {
        await trx
          .insertInto('questions')
          .values({
            id,
            ...draftToColumns(draft),
            origin: 'starter',
            starter_revision: revision,
            created_at: now,
            updated_at: now,
          })
          .execute();
        result.added++;
      } else if (existing.edited_by_user === 1 || existing.deleted_at !== null) {
        if ((existing.starter_revision ?? 0) < revision) result.keptUserChanges++;
      } else if ((existing.starter_revision ?? 0) < revision) {
        await trx
          .updateTable('questions')
          .set({ ...draftToColumns(draft), starter_revision: revision, updated_at: now })
          .where('id', '=', id)
          .execute();
        result.updated++;
      }
    }
    await trx
      .insertInto('meta')
      .values({ key: STARTER_BANK_META_KEY, value: fingerprint })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
      .execute();
  });
  return result;
}
