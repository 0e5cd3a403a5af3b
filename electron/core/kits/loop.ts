import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { coverageMatrix, labelOf, mustHaveLabels } from '../../../shared/domain/kits/coverage';
import { isStandard, measuredAttributes, suggestMeasures } from '../../../shared/domain/kits/measures';
import {
  type addRoundInput,
  type CalibrationItem,
  type calibrationInput,
  KIT_LIMITS,
  type KitItem,
  type KitQuestion,
  type kitAddInput,
  type kitMinutesInput,
  type Loop,
  type moveInput,
  type Round,
  type RoundKind,
  type Session,
  type updateRoundInput,
} from '../../../shared/kits';
import type { RoleSpec } from '../../../shared/roles';
import type { CoreContext } from '../context';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import { liveRoleSpec } from '../roles/repository';
import { DEFAULT_ROUNDS } from './default-loop';

type Db = Kysely<DB>;

const json = <T>(text: string): T => JSON.parse(text) as T;

/**
 * The question columns kitQuestionOf reads, but minutes: a kit item has its own, so each
 * query names the question's.
 */
export const kitQuestionColumns = [
  'questions.topic',
  'questions.text',
  'questions.strong_answer',
  'questions.anchors',
  'questions.probes',
  'questions.red_flags',
  'questions.attributes',
] as const;

/** The parts of a bank question a kit or an interview shows. */
export function kitQuestionOf(row: {
  topic: string;
  text: string;
  strong_answer: string;
  anchors: string;
  probes: string;
  red_flags: string;
  attributes: string;
  minutes: number;
}): KitQuestion {
  return {
    topic: row.topic,
    text: row.text,
    strongAnswer: row.strong_answer,
    anchors: json(row.anchors),
    probes: json(row.probes),
    redFlags: json(row.red_flags),
    attributes: json(row.attributes),
    minutes: row.minutes,
  };
}

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

/** The whole loop of a role as the screens show it; `spec` when the caller has just read it. */
export async function readLoop(db: Db, roleId: string, spec?: RoleSpec): Promise<Loop> {
  const { mustHaves } = spec ?? (await liveRoleSpec(db, roleId));
  const roundRows = await db
    .selectFrom('loop_rounds')
    .selectAll()
    .where('role_id', '=', roleId)
    .orderBy('position')
    .orderBy('seq')
    .execute();
  const itemRows =
    roundRows.length === 0
      ? []
      : await db
          .selectFrom('kit_items')
          .innerJoin('questions', 'questions.id', 'kit_items.question_id')
          .select([
            'kit_items.id',
            'kit_items.round_id',
            'kit_items.question_id',
            'kit_items.position',
            'kit_items.minutes',
            'kit_items.measures',
            ...kitQuestionColumns,
            'questions.minutes as question_minutes',
            'questions.deleted_at',
          ])
          .where(
            'kit_items.round_id',
            'in',
            roundRows.map((r) => r.id),
          )
          .orderBy('kit_items.position')
          .orderBy('kit_items.seq')
          .execute();

  const current = mustHaveLabels(mustHaves);
  const rounds: Round[] = roundRows.map((row) => {
    const focus = json<string[]>(row.focus_attributes);
    const focusLabels = focusLabelsOf(focus, json(row.focus_labels), current);
    const items: KitItem[] = itemRows
      .filter((item) => item.round_id === row.id)
      .map((item, position) => {
        const question = kitQuestionOf({ ...item, minutes: item.question_minutes });
        // A link to an attribute the round no longer focuses on is kept, unused, should it return.
        const measures = json<string[]>(item.measures).filter((a) => focus.includes(a));
        return {
          id: item.id,
          questionId: item.question_id,
          position,
          minutes: item.minutes,
          question,
          questionDeleted: item.deleted_at !== null,
          measures,
          suggestedMeasures: suggestMeasures(question, focus, focusLabels).filter(
            (a) => !measures.includes(a),
          ),
        };
      });
    return {
      id: row.id,
      roleId,
      position: row.position,
      kind: row.kind as RoundKind,
      name: row.name,
      minutes: row.minutes,
      sessions: json<Session[]>(row.sessions),
      focusAttributes: focus,
      focusLabels,
      items,
      plannedMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });

  const calibration = await readCalibration(db, roleId, rounds);
  const coreCount = calibration.filter((c) => c.core).length;
  return {
    roleId,
    rounds,
    totalMinutes: rounds.reduce((sum, r) => sum + r.minutes, 0),
    calibration,
    coreCount,
    calibrationWarning:
      coreCount >= KIT_LIMITS.coreMin && coreCount <= KIT_LIMITS.coreMax
        ? null
        : `The panel should agree the strong answer of ${KIT_LIMITS.coreMin} or ${KIT_LIMITS.coreMax} core questions; ${coreCount} ${coreCount === 1 ? 'is' : 'are'} marked.`,
    coverage: coverageMatrix(
      mustHaves,
      rounds.map((r) => ({
        id: r.id,
        focusAttributes: r.focusAttributes,
        questionAttributes: r.items.map((i) => measuredAttributes(i.question, i.measures)),
      })),
    ),
  };
}

/**
 * The label of each focus attribute: the standard name, else the must-have line it is made
 * from today, else the line as it read when the attribute was picked (it may have been edited).
 */
export function focusLabelsOf(
  focus: readonly string[],
  stored: Record<string, string>,
  current: ReadonlyMap<string, string>,
): Record<string, string> {
  const known = new Map([...Object.entries(stored), ...current]);
  return Object.fromEntries(focus.map((attribute) => [attribute, labelOf(attribute, known)]));
}

async function readCalibration(db: Db, roleId: string, rounds: Round[]): Promise<CalibrationItem[]> {
  const stored = await db
    .selectFrom('loop_calibration')
    .leftJoin('questions', 'questions.id', 'loop_calibration.question_id')
    .select([
      'loop_calibration.question_id',
      'loop_calibration.core',
      'loop_calibration.agreed_answer',
      'questions.topic',
      'questions.text',
      'questions.strong_answer',
    ])
    .where('loop_calibration.role_id', '=', roleId)
    .execute();
  const byQuestion = new Map(stored.map((row) => [row.question_id, row]));
  const items = new Map<string, CalibrationItem>();
  for (const round of rounds) {
    for (const item of round.items) {
      const known = items.get(item.questionId);
      if (known) {
        known.roundIds.push(round.id);
        continue;
      }
      const row = byQuestion.get(item.questionId);
      const agreed = row?.agreed_answer ?? null;
      items.set(item.questionId, {
        questionId: item.questionId,
        topic: item.question.topic,
        text: item.question.text,
        core: row?.core === 1,
        agreedAnswer: agreed ?? item.question.strongAnswer,
        bankAnswer: item.question.strongAnswer,
        edited: agreed !== null && agreed !== item.question.strongAnswer,
        roundIds: [round.id],
      });
    }
  }
  // Marked core or agreed on, then taken out of every kit: still listed, so nothing is lost silently.
  for (const row of stored) {
    if (items.has(row.question_id) || row.text === null) continue;
    if (row.core !== 1 && row.agreed_answer === null) continue;
    items.set(row.question_id, {
      questionId: row.question_id,
      topic: row.topic ?? '',
      text: row.text,
      core: row.core === 1,
      agreedAnswer: row.agreed_answer ?? row.strong_answer ?? '',
      bankAnswer: row.strong_answer ?? '',
      edited: row.agreed_answer !== null && row.agreed_answer !== row.strong_answer,
      roundIds: [],
    });
  }
  return [...items.values()];
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

const byRole = (roleId: string) => async () => roleId;

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

/** Moves `id` to `toPosition` (clamped) in the ordered ids and writes positions 0..n-1. */
export async function reorder(
  db: Db,
  table: 'loop_rounds' | 'kit_items',
  ids: string[],
  now: string,
  move?: { id: string; toPosition: number },
): Promise<void> {
  const order = [...ids];
  if (move) {
    const from = order.indexOf(move.id);
    if (from >= 0) {
      order.splice(from, 1);
      order.splice(Math.min(move.toPosition, order.length), 0, move.id);
    }
  }
  for (const [position, id] of order.entries()) {
    await db
      .updateTable(table)
      .set({ position, updated_at: now })
      .where('id', '=', id)
      .where('position', '!=', position)
      .execute();
  }
}

const roundIds = async (db: Db, roleId: string) =>
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
  const labels = focusLabelsOf(focus, json(round.focus_labels), mustHaveLabels(mustHaves));
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
