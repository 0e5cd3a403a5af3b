import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { mustHaveLabels } from '../../../shared/domain/kits/coverage';
import { isStandard } from '../../../shared/domain/kits/measures';
import {
  type addRoundInput,
  KIT_LIMITS,
  type Loop,
  type moveInput,
  type updateRoundInput,
} from '../../../shared/kits';
import type { CoreContext } from '../context';
import { readStringRecord } from '../db/json-column';
import { AppError } from '../errors';
import { liveRoleSpec } from '../roles/roles';
import { focusLabelsOf, readLoop } from './loop-read';
import { byRole, type Db, mutate, roundIds, roundRow } from './loop-store';
import { reorder } from './reorder';

export async function getLoop(ctx: CoreContext, roleId: string): Promise<Loop> {
  const existing = await ctx.database.db
    .selectFrom('loops')
    .select('role_id')
    .where('role_id', '=', roleId)
    .executeTakeFirst();
  if (existing) return readLoop(ctx.database.db, roleId);
  return mutate(ctx, byRole(roleId), async () => {});
}

export async function addRound(ctx: CoreContext, input: z.output<typeof addRoundInput>): Promise<Loop> {
  return mutate(ctx, byRole(input.roleId), async (db, roleId) => {
    const ids = await roundIds(db, roleId);
    if (ids.length >= KIT_LIMITS.rounds) {
      throw new AppError('bad_input', `A loop holds at most ${KIT_LIMITS.rounds} rounds.`);
    }
    const now = ctx.clock().toISOString();
    const id = randomUUID();
    await db
      .insertInto('loop_rounds')
      .values({
        id,
        role_id: roleId,
        position: ids.length,
        kind: input.kind,
        name: input.name,
        minutes: input.minutes,
        sessions: '[]',
        focus_attributes: '[]',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await reorder(db, 'loop_rounds', [...ids, id], now, { id, toPosition: input.position ?? ids.length });
  });
}

export async function updateRound(ctx: CoreContext, input: z.output<typeof updateRoundInput>): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await roundRow(db, input.id)).role_id,
    async (db) => {
      const { id, name, minutes, sessions, focusAttributes } = input;
      const focusLabels =
        focusAttributes === undefined ? undefined : await labelsToKeep(db, id, focusAttributes);
      await db
        .updateTable('loop_rounds')
        .set({
          ...(name !== undefined ? { name } : {}),
          ...(minutes !== undefined ? { minutes } : {}),
          ...(sessions !== undefined ? { sessions: JSON.stringify(sessions) } : {}),
          ...(focusAttributes !== undefined ? { focus_attributes: JSON.stringify(focusAttributes) } : {}),
          ...(focusLabels !== undefined ? { focus_labels: JSON.stringify(focusLabels) } : {}),
          updated_at: ctx.clock().toISOString(),
        })
        .where('id', '=', id)
        .execute();
    },
  );
}

/** The labels of the non-standard focus attributes, from the must-haves now or as stored before. */
async function labelsToKeep(db: Db, roundId: string, focus: string[]): Promise<Record<string, string>> {
  const round = await roundRow(db, roundId);
  const { mustHaves } = await liveRoleSpec(db, round.role_id);
  const labels = focusLabelsOf(
    focus,
    readStringRecord(round.focus_labels, 'loop_rounds.focus_labels'),
    mustHaveLabels(mustHaves),
  );
  return Object.fromEntries(focus.filter((a) => !isStandard(a)).map((a) => [a, labels[a] ?? a]));
}

export async function removeRound(ctx: CoreContext, id: string): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await roundRow(db, id)).role_id,
    async (db, roleId) => {
      await db.deleteFrom('loop_rounds').where('id', '=', id).execute();
      await reorder(db, 'loop_rounds', await roundIds(db, roleId), ctx.clock().toISOString());
    },
  );
}

export async function moveRound(ctx: CoreContext, input: z.output<typeof moveInput>): Promise<Loop> {
  return mutate(
    ctx,
    async (db) => (await roundRow(db, input.id)).role_id,
    async (db, roleId) => {
      await reorder(db, 'loop_rounds', await roundIds(db, roleId), ctx.clock().toISOString(), input);
    },
  );
}
