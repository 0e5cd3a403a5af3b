import { randomUUID } from 'node:crypto';
import type { Rating } from '../../../shared/interviews';
import { readJsonColumn } from '../db/json-column';
import { interviewerKey, ratingFromColumn, ratingToColumn } from '../interviews/live';
import { adapterOf, type Db } from './transfer-adapter';
import { candidateRow } from './transfer-adapters-people';
import { type InterviewBody, interviewBody, type ScorecardBody, scorecardBody } from './transfer-bodies';

// Each JSON column is checked with the schema of the body field it fills, so a damaged value
// fails here, naming its column, instead of in the import on the other laptop.
const interviewField = interviewBody.shape;
const itemField = interviewBody.shape.items.element.shape;

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
    focusAttributes: readJsonColumn(
      interviewField.focusAttributes,
      row.focus_attributes,
      'interviews.focus_attributes',
    ),
    focusLabels: readJsonColumn(interviewField.focusLabels, row.focus_labels, 'interviews.focus_labels'),
    interviewer: row.interviewer,
    startedAt: row.started_at,
    endedAt: row.ended_at ?? row.updated_at,
    roundElapsedMs: row.round_elapsed_ms,
    items: items.map((item) => ({
      id: item.id,
      questionId: item.question_id,
      adHoc: item.ad_hoc === 1,
      minutes: item.minutes,
      question: readJsonColumn(itemField.question, item.question, 'interview_items.question'),
      measures: readJsonColumn(itemField.measures, item.measures, 'interview_items.measures'),
      rating: ratingFromColumn(item.rating) as Exclude<Rating, undefined>,
      evidence: item.evidence,
      judgement: item.judgement,
      redFlags: readJsonColumn(itemField.redFlags, item.red_flags, 'interview_items.red_flags'),
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
      status: 'ended' as const,
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
        ad_hoc: item.adHoc ? (1 as const) : (0 as const),
        minutes: item.minutes,
        question: JSON.stringify(item.question),
        measures: JSON.stringify(item.measures),
        rating: ratingToColumn(item.rating),
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
        ratings: readJsonColumn(scorecardBody.shape.ratings, row.ratings, 'scorecard_versions.ratings'),
        recommendation: row.recommendation,
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
        id: randomUUID(),
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
