import { emptyRoleSpec, type RoleSpec } from '../../../shared/roles';
import { readJsonColumn } from '../db/json-column';
import { draftToColumns, questionToDraft, rowToQuestion } from '../questions/row';
import { readRoleSpec } from '../roles/roles';
import { adapterOf, type Db } from './transfer-adapter';
import {
  type JdBody,
  jdBody,
  questionBody,
  ROLE_SUMMARY_FIELDS,
  type RoundBody,
  roleBody,
  roleSummaryBody,
  roundBody,
} from './transfer-bodies';

// JSON columns are checked with the schema of the body field they fill (see the interview adapter).
const roundField = roundBody.shape;

const summaryOf = (spec: RoleSpec) =>
  Object.fromEntries(Object.keys(ROLE_SUMMARY_FIELDS).map((k) => [k, spec[k as keyof RoleSpec]])) as Pick<
    RoleSpec,
    keyof typeof ROLE_SUMMARY_FIELDS
  >;

const roleExists = async (db: Db, id: string) =>
  (await db.selectFrom('roles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

/** Writes a role's spec (a new role gets its loop row, so no default rounds appear beside the imported ones). */
async function writeRole(db: Db, now: string, id: string, spec: RoleSpec): Promise<void> {
  if (await roleExists(db, id)) {
    await db
      .updateTable('roles')
      .set((eb) => ({
        spec: JSON.stringify(spec),
        revision: eb('revision', '+', 1),
        updated_at: now,
        deleted_at: null,
      }))
      .where('id', '=', id)
      .execute();
  } else {
    await db
      .insertInto('roles')
      .values({
        id,
        spec: JSON.stringify(spec),
        created_at: now,
        updated_at: now,
        archived_at: null,
        deleted_at: null,
      })
      .execute();
  }
  await db
    .insertInto('loops')
    .values({ role_id: id, created_at: now, updated_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export const roleSummaryAdapter = adapterOf({
  schema: roleSummaryBody,
  native: false,
  localEdits: true,
  async live(db, id) {
    const spec = await readRoleSpec(db, id, { deleted: true });
    return spec ? { summary: summaryOf(spec) } : null;
  },
  exists: roleExists,
  async apply(db, ctx, id, body) {
    const current = (await readRoleSpec(db, id, { deleted: true })) ?? { ...emptyRoleSpec(), status: 'open' };
    await writeRole(db, ctx.clock().toISOString(), id, { ...current, ...body.summary });
  },
  label: (body) => body.summary.title || 'Untitled role',
});

export const roleAdapter = adapterOf({
  schema: roleBody,
  native: false,
  localEdits: true,
  async live(db, id) {
    const spec = await readRoleSpec(db, id, { deleted: true });
    return spec ? { spec } : null;
  },
  exists: roleExists,
  async apply(db, ctx, id, body) {
    await writeRole(db, ctx.clock().toISOString(), id, body.spec);
  },
  label: (body) => body.spec.title || 'Untitled role',
});

export async function readRoundBody(db: Db, id: string): Promise<RoundBody | null> {
  const round = await db.selectFrom('loop_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!round) return null;
  const items = await db
    .selectFrom('kit_items')
    .leftJoin('loop_calibration', (join) =>
      join
        .onRef('loop_calibration.question_id', '=', 'kit_items.question_id')
        .on('loop_calibration.role_id', '=', round.role_id),
    )
    .select(['kit_items.id', 'kit_items.question_id', 'kit_items.minutes', 'kit_items.measures'])
    .select(['loop_calibration.core', 'loop_calibration.agreed_answer'])
    .where('kit_items.round_id', '=', id)
    .orderBy('kit_items.position')
    .orderBy('kit_items.seq')
    .execute();
  return {
    roleId: round.role_id,
    position: round.position,
    kind: round.kind,
    name: round.name,
    minutes: round.minutes,
    sessions: readJsonColumn(roundField.sessions, round.sessions, 'loop_rounds.sessions'),
    focusAttributes: readJsonColumn(
      roundField.focusAttributes,
      round.focus_attributes,
      'loop_rounds.focus_attributes',
    ),
    focusLabels: readJsonColumn(roundField.focusLabels, round.focus_labels, 'loop_rounds.focus_labels'),
    items: items.map((item) => ({
      id: item.id,
      questionId: item.question_id,
      minutes: item.minutes,
      measures: readJsonColumn(roundField.items.element.shape.measures, item.measures, 'kit_items.measures'),
      core: item.core === 1,
      agreedAnswer: item.agreed_answer ?? null,
    })),
  };
}

export const roundAdapter = adapterOf({
  schema: roundBody,
  native: false,
  localEdits: true,
  live: readRoundBody,
  exists: async (db, id) =>
    (await db.selectFrom('loop_rounds').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
  async refusal(db, _id, body, inFile) {
    if (inFile('role', body.roleId) || inFile('role-summary', body.roleId)) return null;
    return (await roleExists(db, body.roleId)) ? null : 'Its role is neither here nor in the file.';
  },
  async apply(db, ctx, id, body) {
    const now = ctx.clock().toISOString();
    const columns = {
      role_id: body.roleId,
      position: body.position,
      kind: body.kind,
      name: body.name,
      minutes: body.minutes,
      sessions: JSON.stringify(body.sessions),
      focus_attributes: JSON.stringify(body.focusAttributes),
      focus_labels: JSON.stringify(body.focusLabels),
      updated_at: now,
    };
    await db
      .insertInto('loop_rounds')
      .values({ id, ...columns, created_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet(columns))
      .execute();
    const keep = body.items.map((item) => item.id);
    let gone = db.deleteFrom('kit_items').where('round_id', '=', id);
    if (keep.length > 0) gone = gone.where('id', 'not in', keep);
    await gone.execute();
    for (const [position, item] of body.items.entries()) {
      const values = {
        position,
        minutes: item.minutes,
        measures: JSON.stringify(item.measures),
        updated_at: now,
      };
      await db
        .insertInto('kit_items')
        .values({ id: item.id, round_id: id, question_id: item.questionId, ...values, created_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
      const calibration = {
        core: item.core ? (1 as const) : (0 as const),
        agreed_answer: item.agreedAnswer,
        updated_at: now,
      };
      await db
        .insertInto('loop_calibration')
        .values({ role_id: body.roleId, question_id: item.questionId, ...calibration, created_at: now })
        .onConflict((oc) => oc.columns(['role_id', 'question_id']).doUpdateSet(calibration))
        .execute();
    }
  },
  label: (body) => body.name,
});

export const questionAdapter = adapterOf({
  schema: questionBody,
  native: false,
  localEdits: true,
  async live(db, id) {
    const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? questionToDraft(rowToQuestion(row)) : null;
  },
  exists: async (db, id) =>
    (await db.selectFrom('questions').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
  async apply(db, ctx, id, body) {
    const now = ctx.clock().toISOString();
    const columns = { ...draftToColumns(body), updated_at: now, deleted_at: null };
    await db
      .insertInto('questions')
      .values({ id, ...columns, origin: 'imported', starter_revision: null, created_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet(columns))
      .execute();
  },
  label: (body) => `${body.topic}: ${body.text.slice(0, 60)}`,
});

export async function readJdBody(db: Db, id: string): Promise<JdBody | null> {
  const row = await db.selectFrom('jds').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? {
        roleId: row.role_id,
        sections: readJsonColumn(jdBody.shape.sections, row.sections, 'jds.sections'),
        final: row.final_at !== null,
      }
    : null;
}

export const jdAdapter = adapterOf({
  schema: jdBody,
  native: false,
  localEdits: true,
  live: readJdBody,
  exists: async (db, id) => (await readJdBody(db, id)) !== null,
  async refusal(db, id, body) {
    const other = await db
      .selectFrom('jds')
      .select('id')
      .where('role_id', '=', body.roleId)
      .where('id', '!=', id)
      .executeTakeFirst();
    return other ? 'The role here already has a JD of its own; edit one of them by hand.' : null;
  },
  async apply(db, ctx, id, body) {
    const now = ctx.clock().toISOString();
    const columns = {
      sections: JSON.stringify(body.sections),
      final_at: body.final ? now : null,
      updated_at: now,
    };
    await db
      .insertInto('jds')
      .values({ id, role_id: body.roleId, ...columns, created_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet(columns))
      .execute();
  },
  label: () => 'Job description',
});
