import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Loop } from '../../../shared/kits';
import type { CoreContext } from '../context';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import { liveRoleSpec } from '../roles/roles';
import { DEFAULT_ROUNDS } from './default-loop';
import { readLoop } from './loop-read';

// What every change of a loop shares: one transaction, the loop written if new, the rows it names.

export type Db = Kysely<DB>;

/** Writes the default four rounds the first time a role's loop is read. */
async function ensureLoop(ctx: CoreContext, db: Db, roleId: string): Promise<void> {
  const existing = await db
    .selectFrom('loops')
    .select('role_id')
    .where('role_id', '=', roleId)
    .executeTakeFirst();
  if (existing) return;
  const now = ctx.clock().toISOString();
  await db.insertInto('loops').values({ role_id: roleId, created_at: now, updated_at: now }).execute();
  await db
    .insertInto('loop_rounds')
    .values(
      DEFAULT_ROUNDS.map((round, position) => ({
        id: randomUUID(),
        role_id: roleId,
        position,
        kind: round.kind,
        name: round.name,
        minutes: round.minutes,
        sessions: JSON.stringify(round.sessions),
        focus_attributes: JSON.stringify(round.focusAttributes),
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function mutate(
  ctx: CoreContext,
  roleOf: (db: Db) => Promise<string>,
  change: (db: Db, roleId: string) => Promise<void>,
): Promise<Loop> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const roleId = await roleOf(trx);
    const spec = await liveRoleSpec(trx, roleId);
    await ensureLoop(ctx, trx, roleId);
    await change(trx, roleId);
    await trx
      .updateTable('loops')
      .set({ updated_at: ctx.clock().toISOString() })
      .where('role_id', '=', roleId)
      .execute();
    return readLoop(trx, roleId, spec);
  });
}

export const byRole = (roleId: string) => async () => roleId;

export async function roundRow(db: Db, id: string) {
  const row = await db.selectFrom('loop_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That round is no longer in the loop.');
  return row;
}

export async function itemRow(db: Db, id: string) {
  const row = await db
    .selectFrom('kit_items')
    .innerJoin('loop_rounds', 'loop_rounds.id', 'kit_items.round_id')
    .select(['kit_items.id', 'kit_items.round_id', 'loop_rounds.role_id'])
    .where('kit_items.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That question is no longer in the kit.');
  return row;
}

export const roundIds = async (db: Db, roleId: string) =>
  (
    await db
      .selectFrom('loop_rounds')
      .select('id')
      .where('role_id', '=', roleId)
      .orderBy('position')
      .orderBy('seq')
      .execute()
  ).map((r) => r.id);

export const itemIds = async (db: Db, roundId: string) =>
  (
    await db
      .selectFrom('kit_items')
      .select('id')
      .where('round_id', '=', roundId)
      .orderBy('position')
      .orderBy('seq')
      .execute()
  ).map((r) => r.id);
