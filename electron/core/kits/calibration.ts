import type { z } from 'zod';
import type { calibrationInput, Loop } from '../../../shared/kits';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { byRole, mutate } from './loop-store';

export async function setCalibration(
  ctx: CoreContext,
  input: z.output<typeof calibrationInput>,
): Promise<Loop> {
  return mutate(ctx, byRole(input.roleId), async (db, roleId) => {
    const inKit = await db
      .selectFrom('kit_items')
      .innerJoin('loop_rounds', 'loop_rounds.id', 'kit_items.round_id')
      .select('kit_items.id')
      .where('loop_rounds.role_id', '=', roleId)
      .where('kit_items.question_id', '=', input.questionId)
      .executeTakeFirst();
    const stored = await db
      .selectFrom('loop_calibration')
      .selectAll()
      .where('role_id', '=', roleId)
      .where('question_id', '=', input.questionId)
      .executeTakeFirst();
    if (!inKit && !stored) {
      throw new AppError('bad_input', 'Add the question to one of the kits before calibrating it.');
    }
    const now = ctx.clock().toISOString();
    // An empty answer, or null, goes back to the bank's guidance.
    const agreed =
      input.agreedAnswer === undefined ? (stored?.agreed_answer ?? null) : input.agreedAnswer || null;
    await db
      .insertInto('loop_calibration')
      .values({
        role_id: roleId,
        question_id: input.questionId,
        core: input.core ? 1 : 0,
        agreed_answer: agreed,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['role_id', 'question_id'])
          .doUpdateSet({ core: input.core ? 1 : 0, agreed_answer: agreed, updated_at: now }),
      )
      .execute();
  });
}
