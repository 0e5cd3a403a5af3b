import { interviewerKey } from '../interviews/live';
import { adapterOf, type Db, type InFile } from './transfer-adapter';
import {
  type CandidateBody,
  candidateBody,
  candidateSummaryBody,
  type PackBody,
  packBody,
} from './transfer-bodies';

export const candidateRow = (db: Db, id: string) =>
  db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();

const roleHereOrInFile = async (db: Db, roleId: string, inFile: InFile) =>
  inFile('role', roleId) ||
  inFile('role-summary', roleId) ||
  (await db.selectFrom('roles').select('id').where('id', '=', roleId).executeTakeFirst()) !== undefined
    ? null
    : 'Its role is neither here nor in the file.';

async function writeCandidate(
  db: Db,
  now: string,
  id: string,
  values: Partial<CandidateBody> & { roleId: string; name: string },
) {
  const columns = {
    role_id: values.roleId,
    name: values.name,
    ...(values.email !== undefined ? { email: values.email } : {}),
    ...(values.phone !== undefined ? { phone: values.phone } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
    ...(values.stage !== undefined ? { stage: values.stage } : {}),
    updated_at: now,
  };
  await db
    .insertInto('candidates')
    .values({
      id,
      email: null,
      phone: null,
      source: 'Interview pack',
      stage: 'interviewing',
      ...columns,
      created_at: now,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}

export const candidateSummaryAdapter = adapterOf({
  schema: candidateSummaryBody,
  native: false,
  localEdits: true,
  async live(db, id) {
    const row = await candidateRow(db, id);
    return row ? { roleId: row.role_id, name: row.name } : null;
  },
  exists: async (db, id) => (await candidateRow(db, id)) !== undefined,
  refusal: (db, _id, body, inFile) => roleHereOrInFile(db, body.roleId, inFile),
  apply: (db, ctx, id, body) => writeCandidate(db, ctx.clock().toISOString(), id, body),
  label: (body) => body.name,
});

export const candidateAdapter = adapterOf({
  schema: candidateBody,
  native: false,
  localEdits: true,
  async live(db, id) {
    const row = await candidateRow(db, id);
    return row
      ? {
          roleId: row.role_id,
          name: row.name,
          email: row.email,
          phone: row.phone,
          source: row.source,
          stage: row.stage,
        }
      : null;
  },
  exists: async (db, id) => (await candidateRow(db, id)) !== undefined,
  refusal: (db, _id, body, inFile) => roleHereOrInFile(db, body.roleId, inFile),
  apply: (db, ctx, id, body) => writeCandidate(db, ctx.clock().toISOString(), id, body),
  label: (body) => body.name,
});

export async function readPack(db: Db, id: string): Promise<(PackBody & { direction: string }) | null> {
  const row = await db.selectFrom('transfer_packs').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? {
        roleId: row.role_id,
        candidateId: row.candidate_id,
        roundId: row.round_id,
        interviewer: row.interviewer,
        direction: row.direction,
      }
    : null;
}

/** A pack as a record: on the interviewer's side, remembered as received so the scorecard can name it. */
export const packAdapter = adapterOf({
  schema: packBody,
  native: false,
  localEdits: false,
  async live(db, id) {
    const pack = await readPack(db, id);
    return pack
      ? {
          roleId: pack.roleId,
          candidateId: pack.candidateId,
          roundId: pack.roundId,
          interviewer: pack.interviewer,
        }
      : null;
  },
  exists: async (db, id) => (await readPack(db, id)) !== null,
  async apply(db, ctx, id, body) {
    const values = {
      role_id: body.roleId,
      candidate_id: body.candidateId,
      round_id: body.roundId,
      interviewer: body.interviewer,
      interviewer_key: interviewerKey(body.interviewer),
    };
    await db
      .insertInto('transfer_packs')
      .values({ id, direction: 'received', ...values, created_at: ctx.clock().toISOString() })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  },
  label: (body) => `Interview pack for ${body.interviewer}`,
});
