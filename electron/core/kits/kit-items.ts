import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  KIT_LIMITS,
  type kitAddInput,
  type kitMinutesInput,
  type Loop,
  type moveInput,
} from '../../../shared/kits';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { itemIds, itemRow, mutate, roundRow } from './loop-store';
import { reorder } from './reorder';

export async function addKitQuestion(ctx: CoreContext, input: z.output<typeof kitAddInput>): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await roundRow(db, input.roundId)).role_id,
    async (db) => {
      const question = await db
        .selectFrom('questions')
        .select(['minutes'])
        .where('id', '=', input.questionId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!question) throw new AppError('not_found', 'That question is no longer in the bank.');
      const ids = await itemIds(db, input.roundId);
      const already = await db
        .selectFrom('kit_items')
        .select('id')
        .where('round_id', '=', input.roundId)
        .where('question_id', '=', input.questionId)
        .executeTakeFirst();
      if (already) throw new AppError('conflict', 'That question is already in this kit.');
      if (ids.length >= KIT_LIMITS.itemsPerRound) {
        throw new AppError('bad_input', `A kit holds at most ${KIT_LIMITS.itemsPerRound} questions.`);
      }
      const now = ctx.clock().toISOString();
      const id = randomUUID();
      await db
        .insertInto('kit_items')
        .values({
          id,
          round_id: input.roundId,
          question_id: input.questionId,
          position: ids.length,
          minutes: Math.min(question.minutes, KIT_LIMITS.itemMinutes),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await reorder(db, 'kit_items', [...ids, id], now, { id, toPosition: input.position ?? ids.length });
    },
  );
}

export async function removeKitItem(ctx: CoreContext, id: string): Promise<Loop> {
  return removeKitItems(ctx, [id]);
}

/** Takes several questions out of one round's kit at once (the undo of a suggestion). */
export async function removeKitItems(ctx: CoreContext, ids: string[]): Promise<Loop> {
  let roundId = '';
  return mutate(
    ctx,
    async (db) => {
      const rows = [];
      for (const id of ids) rows.push(await itemRow(db, id));
      const rounds = new Set(rows.map((r) => r.round_id));
      if (rounds.size !== 1) throw new AppError('bad_input', 'The questions are not all in the same kit.');
      roundId = rows[0]?.round_id ?? '';
      return rows[0]?.role_id ?? '';
    },
    async (db) => {
      await db.deleteFrom('kit_items').where('id', 'in', ids).execute();
      await reorder(db, 'kit_items', await itemIds(db, roundId), ctx.clock().toISOString());
    },
  );
}

export async function moveKitItem(ctx: CoreContext, input: z.output<typeof moveInput>): Promise<Loop> {
  let roundId = '';
  return mutate(
    ctx,
    async (db) => {
      const row = await itemRow(db, input.id);
      roundId = row.round_id;
      return row.role_id;
    },
    async (db) => {
      await reorder(db, 'kit_items', await itemIds(db, roundId), ctx.clock().toISOString(), input);
    },
  );
}

export async function setKitMinutes(
  ctx: CoreContext,
  input: z.output<typeof kitMinutesInput>,
): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await itemRow(db, input.id)).role_id,
    async (db) => {
      await db
        .updateTable('kit_items')
        .set({ minutes: input.minutes, updated_at: ctx.clock().toISOString() })
        .where('id', '=', input.id)
        .execute();
    },
  );
}
