import type { Rating } from '../../../shared/interviews';
import { interviewerKey, ratingFromColumn } from '../interviews/live';
import { adapterOf, type Db, type InFile, jsonOf } from './transfer-adapter';
import {
  type CandidateBody,
  candidateBody,
  candidateSummaryBody,
  type InterviewBody,
  interviewBody,
  type PackBody,
  packBody,
  type ScorecardBody,
  scorecardBody,
} from './transfer-bodies';

const candidateRow = (db: Db, id: string) =>
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
          stage: row.stage as CandidateBody['stage'],
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

export async function readInterviewBody(db: Db, id: string): Promise<InterviewBody | null> {
  const row = await db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const items = await db
    .selectFrom('interview_items')
    .selectAll()
    .where('interview_id', '=', id)
    .orderBy('position')
    .orderBy('seq')
    .execute();
  return {
    candidateId: row.candidate_id,
    roleId: row.role_id,
    roundId: row.round_id,
    roundName: row.round_name,
    roundKind: row.round_kind as InterviewBody['roundKind'],
    roundMinutes: row.round_minutes,
    focusAttributes: jsonOf(row.focus_attributes),
    focusLabels: jsonOf(row.focus_labels),
    interviewer: row.interviewer,
    startedAt: row.started_at,
    endedAt: row.ended_at ?? row.updated_at,
    roundElapsedMs: row.round_elapsed_ms,
    items: items.map((item) => ({
      id: item.id,
      questionId: item.question_id,
      adHoc: item.ad_hoc === 1,
      minutes: item.minutes,
      question: jsonOf(item.question),
      measures: jsonOf(item.measures),
      rating: ratingFromColumn(item.rating) as Exclude<Rating, undefined>,
      evidence: item.evidence,
      judgement: item.judgement,
      redFlags: jsonOf(item.red_flags),
      elapsedMs: item.elapsed_ms,
    })),
  };
}

/** An ended interview and the notes on each question: what a returned scorecard's evidence is read from. */
export const interviewAdapter = adapterOf({
  schema: interviewBody,
  native: false,
  localEdits: false,
  live: readInterviewBody,
  exists: async (db, id) =>
    (await db.selectFrom('interviews').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
  async refusal(db, _id, body, inFile) {
    if (inFile('candidate', body.candidateId) || inFile('candidate-summary', body.candidateId)) return null;
    return (await candidateRow(db, body.candidateId))
      ? null
      : 'Its candidate is neither here nor in the file.';
  },
  async apply(db, ctx, id, body) {
    const now = ctx.clock().toISOString();
    const round = body.roundId
      ? await db.selectFrom('loop_rounds').select('id').where('id', '=', body.roundId).executeTakeFirst()
      : undefined;
    const columns = {
      candidate_id: body.candidateId,
      role_id: body.roleId,
      round_id: round ? round.id : null,
      round_name: body.roundName,
      round_kind: body.roundKind,
      round_minutes: body.roundMinutes,
      focus_attributes: JSON.stringify(body.focusAttributes),
      focus_labels: JSON.stringify(body.focusLabels),
      interviewer: body.interviewer,
      interviewer_key: interviewerKey(body.interviewer),
      status: 'ended',
      current_item_id: null,
      round_elapsed_ms: body.roundElapsedMs,
      started_at: body.startedAt,
      ended_at: body.endedAt,
      updated_at: now,
    };
    await db
      .insertInto('interviews')
      .values({ id, ...columns, created_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet(columns))
      .execute();
    for (const [position, item] of body.items.entries()) {
      const values = {
        position,
        ad_hoc: item.adHoc ? 1 : 0,
        minutes: item.minutes,
        question: JSON.stringify(item.question),
        measures: JSON.stringify(item.measures),
        rating: item.rating === null ? null : String(item.rating),
        evidence: item.evidence,
        judgement: item.judgement,
        red_flags: JSON.stringify(item.redFlags),
        elapsed_ms: item.elapsedMs,
        updated_at: now,
      };
      await db
        .insertInto('interview_items')
        .values({ id: item.id, interview_id: id, question_id: item.questionId, ...values, created_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    }
  },
  label: (body) => `${body.roundName} with ${body.interviewer}`,
});

export async function readScorecardVersionBody(
  db: Db,
  id: string,
  version: number,
): Promise<ScorecardBody | null> {
  const row = await db
    .selectFrom('scorecard_versions')
    .innerJoin('scorecards', 'scorecards.id', 'scorecard_versions.scorecard_id')
    .select(['scorecards.interview_id', 'scorecards.candidate_id', 'scorecards.interviewer'])
    .select(['scorecard_versions.ratings', 'scorecard_versions.recommendation', 'scorecard_versions.summary'])
    .select(['scorecard_versions.reason', 'scorecard_versions.submitted_at'])
    .where('scorecard_versions.scorecard_id', '=', id)
    .where('scorecard_versions.version', '=', version)
    .executeTakeFirst();
  return row
    ? {
        interviewId: row.interview_id,
        candidateId: row.candidate_id,
        interviewer: row.interviewer,
        ratings: jsonOf(row.ratings),
        recommendation: row.recommendation as ScorecardBody['recommendation'],
        summary: row.summary,
        reason: row.reason,
        submittedAt: row.submitted_at,
      }
    : null;
}

/** A submitted scorecard version: versions are never rewritten, a newer one becomes the scorecard's current. */
export const scorecardAdapter = adapterOf({
  schema: scorecardBody,
  native: true,
  localEdits: false,
  live: readScorecardVersionBody,
  exists: async (db, id) =>
    (await db.selectFrom('scorecards').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
  async refusal(db, _id, body, inFile) {
    if (inFile('interview', body.interviewId)) return null;
    const found = await db
      .selectFrom('interviews')
      .select('id')
      .where('id', '=', body.interviewId)
      .executeTakeFirst();
    return found ? null : 'Its interview is neither here nor in the file.';
  },
  async apply(db, ctx, id, body, version) {
    const now = ctx.clock().toISOString();
    const current = {
      ratings: JSON.stringify(body.ratings),
      recommendation: body.recommendation,
      summary: body.summary,
      reason: body.reason,
      submitted_at: body.submittedAt,
    };
    const row = await db
      .selectFrom('scorecards')
      .select(['version', 'status'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      await db
        .insertInto('scorecards')
        .values({
          id,
          interview_id: body.interviewId,
          candidate_id: body.candidateId,
          interviewer: body.interviewer,
          interviewer_key: interviewerKey(body.interviewer),
          status: 'submitted',
          version,
          ...current,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } else if (version > row.version || row.status !== 'submitted') {
      await db
        .updateTable('scorecards')
        .set({ status: 'submitted', version, ...current, updated_at: now })
        .where('id', '=', id)
        .execute();
    }
    await db
      .insertInto('scorecard_versions')
      .values({
        id: crypto.randomUUID(),
        scorecard_id: id,
        version,
        ...current,
        created_at: now,
        updated_at: now,
      })
      .execute();
  },
  label: (body) => `Scorecard of ${body.interviewer}`,
});
