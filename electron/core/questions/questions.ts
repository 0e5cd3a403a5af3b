import { randomUUID } from 'node:crypto';
import type { Question, QuestionDraft } from '../../../shared/questions';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { laterThan } from '../time';
import { draftToColumns, questionToDraft, rowToQuestion } from './row';

export async function getQuestion(ctx: CoreContext, id: string): Promise<Question> {
  const row = await ctx.database.db
    .selectFrom('questions')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That question no longer exists.');
  return rowToQuestion(row);
}

export async function createQuestion(
  ctx: CoreContext,
  draft: QuestionDraft,
  origin: Question['origin'] = 'custom',
): Promise<Question> {
  const now = ctx.clock().toISOString();
  const id = randomUUID();
  await ctx.database.db
    .insertInto('questions')
    .values({ id, ...draftToColumns(draft), origin, created_at: now, updated_at: now })
    .execute();
  return getQuestion(ctx, id);
}

/**
 * Saves an edit. `expectedUpdatedAt` is the version the editor started from: when someone
 * (another window, an import) changed the question since, the edit is refused, not merged.
 */
export async function updateQuestion(
  ctx: CoreContext,
  id: string,
  draft: QuestionDraft,
  expectedUpdatedAt?: string,
): Promise<Question> {
  const current = await getQuestion(ctx, id);
  if (expectedUpdatedAt && current.updatedAt !== expectedUpdatedAt) {
    throw new AppError(
      'conflict',
      'This question was changed elsewhere after you opened it. Reopen it to see the newer version.',
    );
  }
  await ctx.database.db
    .updateTable('questions')
    .set({ ...draftToColumns(draft), updated_at: laterThan(ctx, current.updatedAt), edited_by_user: 1 })
    .where('id', '=', id)
    .execute();
  return getQuestion(ctx, id);
}

export async function duplicateQuestion(ctx: CoreContext, id: string): Promise<Question> {
  return createQuestion(ctx, questionToDraft(await getQuestion(ctx, id)), 'custom');
}

/** Deleting leaves a tombstone (so exports can tell other installs), and can be undone. */
export async function deleteQuestion(
  ctx: CoreContext,
  id: string,
): Promise<{ id: string; deletedAt: string }> {
  const current = await getQuestion(ctx, id);
  const now = laterThan(ctx, current.updatedAt);
  await ctx.database.db
    .updateTable('questions')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .execute();
  return { id, deletedAt: now };
}

export async function restoreQuestion(ctx: CoreContext, id: string): Promise<Question> {
  const row = await ctx.database.db
    .selectFrom('questions')
    .select(['deleted_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That question no longer exists.');
  if (row.deleted_at !== null) {
    await ctx.database.db
      .updateTable('questions')
      .set({ deleted_at: null, updated_at: laterThan(ctx, row.updated_at) })
      .where('id', '=', id)
      .execute();
  }
  return getQuestion(ctx, id);
}
