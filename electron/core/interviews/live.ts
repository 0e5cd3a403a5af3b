import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { isStandard, measuredAttributes, suggestMeasures } from '../../../shared/domain/kits/measures';
import type {
  endInterviewInput,
  Interview,
  InterviewItem,
  InterviewSummary,
  insertAdHocInput,
  interviewListInput,
  interviewStartInput,
  Rating,
  SaveItemResult,
  saveItemInput,
  setPositionInput,
} from '../../../shared/interviews';
import type { RoundKind } from '../../../shared/kits';
import type { CoreContext } from '../context';
import { readStringList } from '../db/json-column';
import type { DB, InterviewsTable, StoredRating } from '../db/schema';
import { AppError } from '../errors';
import { kitQuestionColumns, kitQuestionOf, readKitQuestion } from '../kits/kit-question';
import { ensureScorecardRow } from '../scorecards/draft-row';
import { laterThan } from '../time';
import { interviewFocusLabels } from './focus';

type Db = Kysely<DB>;

/** Who is who for the visibility rule: the name without case or surrounding spaces. */
export const interviewerKey = (name: string) => name.trim().toLowerCase();

const SCORE_OF_COLUMN = { '1': 1, '2': 2, '3': 3, '4': 4 } as const;
const COLUMN_OF_SCORE = { 1: '1', 2: '2', 3: '3', 4: '4' } as const;

export const ratingFromColumn = (value: StoredRating | null): Rating =>
  value === null || value === 'not-asked' || value === 'insufficient' ? value : SCORE_OF_COLUMN[value];

export const ratingToColumn = (rating: Rating): StoredRating | null =>
  rating === null || rating === 'not-asked' || rating === 'insufficient' ? rating : COLUMN_OF_SCORE[rating];

/** All that kitQuestionOf reads, the question's own minutes included. */
const questionColumns = [...kitQuestionColumns, 'questions.minutes'] as const;

/** The interview's own row: each change reads it first, inside the change's transaction. */
export async function interviewRow(db: Db, id: string): Promise<Selectable<InterviewsTable>> {
  const row = await db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That interview no longer exists.');
  return row;
}

/** An item id from the client, checked to belong to this interview before it is used. */
async function itemOfInterview(db: Db, interviewId: string, itemId: string) {
  const item = await db
    .selectFrom('interview_items')
    .select('position')
    .where('id', '=', itemId)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  if (!item) throw new AppError('not_found', 'That question is not part of this interview.');
  return item;
}

export async function startInterview(
  ctx: CoreContext,
  input: z.output<typeof interviewStartInput>,
): Promise<Interview> {
  const key = interviewerKey(input.interviewer);
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    const candidate = await trx
      .selectFrom('candidates')
      .select(['id', 'role_id'])
      .where('id', '=', input.candidateId)
      .executeTakeFirst();
    if (!candidate) throw new AppError('not_found', 'That candidate no longer exists.');
    const round = await trx
      .selectFrom('loop_rounds')
      .selectAll()
      .where('id', '=', input.roundId)
      .executeTakeFirst();
    if (!round) throw new AppError('not_found', 'That round is no longer in the loop.');
    if (round.role_id !== candidate.role_id) {
      throw new AppError('bad_input', "That round belongs to another role's loop than the candidate's.");
    }
    // The same person starting the same round again for the same candidate resumes it.
    const running = await trx
      .selectFrom('interviews')
      .select('id')
      .where('candidate_id', '=', candidate.id)
      .where('round_id', '=', round.id)
      .where('interviewer_key', '=', key)
      .where('status', '=', 'in-progress')
      .executeTakeFirst();
    if (running) return running.id;

    const kit = await trx
      .selectFrom('kit_items')
      .innerJoin('questions', 'questions.id', 'kit_items.question_id')
      .select([
        'kit_items.question_id',
        'kit_items.minutes as item_minutes',
        'kit_items.measures',
        ...questionColumns,
      ])
      .where('kit_items.round_id', '=', round.id)
      .orderBy('kit_items.position')
      .orderBy('kit_items.seq')
      .execute();
    const now = ctx.clock().toISOString();
    const interviewId = randomUUID();
    const focus = readStringList(round.focus_attributes, 'loop_rounds.focus_attributes');
    const focusLabels = await interviewFocusLabels(trx, round.role_id, focus, round.focus_labels);
    const items = kit.map((row, position) => ({
      id: randomUUID(),
      interview_id: interviewId,
      question_id: row.question_id,
      position,
      ad_hoc: 0 as const,
      minutes: row.item_minutes,
      question: JSON.stringify(kitQuestionOf(row)),
      measures: JSON.stringify(
        readStringList(row.measures, 'kit_items.measures').filter((a) => focus.includes(a)),
      ),
      created_at: now,
      updated_at: now,
    }));
    await trx
      .insertInto('interviews')
      .values({
        id: interviewId,
        candidate_id: candidate.id,
        role_id: candidate.role_id,
        round_id: round.id,
        round_name: round.name,
        round_kind: round.kind,
        round_minutes: round.minutes,
        focus_attributes: round.focus_attributes,
        focus_labels: JSON.stringify(focusLabels),
        interviewer: input.interviewer,
        interviewer_key: key,
        status: 'in-progress',
        current_item_id: items[0]?.id ?? null,
        round_elapsed_ms: 0,
        started_at: now,
        ended_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (items.length > 0) await trx.insertInto('interview_items').values(items).execute();
    return interviewId;
  });
  return getInterview(ctx, id);
}

export async function readInterview(db: Db, id: string): Promise<Interview> {
  const row = await db
    .selectFrom('interviews')
    .innerJoin('candidates', 'candidates.id', 'interviews.candidate_id')
    .leftJoin('scorecards', 'scorecards.interview_id', 'interviews.id')
    .selectAll('interviews')
    .select(['candidates.name as candidate_name', 'scorecards.id as scorecard_id'])
    .where('interviews.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That interview no longer exists.');
  const itemRows = await db
    .selectFrom('interview_items')
    .leftJoin('loop_calibration', (join) =>
      join
        .onRef('loop_calibration.question_id', '=', 'interview_items.question_id')
        .on('loop_calibration.role_id', '=', row.role_id),
    )
    .selectAll('interview_items')
    .select(['loop_calibration.core', 'loop_calibration.agreed_answer'])
    .where('interview_items.interview_id', '=', id)
    .orderBy('interview_items.position')
    .orderBy('interview_items.seq')
    .execute();
  const focus = readStringList(row.focus_attributes, 'interviews.focus_attributes');
  const items: InterviewItem[] = itemRows.map((item) => {
    const question = readKitQuestion(item.question);
    const core = item.core === 1;
    return {
      id: item.id,
      questionId: item.question_id,
      position: item.position,
      adHoc: item.ad_hoc === 1,
      minutes: item.minutes,
      question,
      measures: measuredAttributes(question, readStringList(item.measures, 'interview_items.measures')),
      core,
      agreedAnswer: item.agreed_answer ?? (core ? question.strongAnswer : null),
      rating: ratingFromColumn(item.rating),
      evidence: item.evidence,
      judgement: item.judgement,
      redFlags: readStringList(item.red_flags, 'interview_items.red_flags'),
      elapsedMs: item.elapsed_ms,
      clientSeq: item.client_seq,
      updatedAt: item.updated_at,
    };
  });
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    roleId: row.role_id,
    roundId: row.round_id,
    roundName: row.round_name,
    roundKind: row.round_kind as RoundKind,
    roundMinutes: row.round_minutes,
    focusAttributes: focus,
    focusLabels: await interviewFocusLabels(db, row.role_id, focus, row.focus_labels),
    interviewer: row.interviewer,
    status: row.status,
    currentItemId: row.current_item_id,
    roundElapsedMs: row.round_elapsed_ms,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    updatedAt: row.updated_at,
    items,
    scorecardId: row.scorecard_id ?? null,
  };
}

export async function getInterview(ctx: CoreContext, id: string): Promise<Interview> {
  return readInterview(ctx.database.db, id);
}

export async function listInterviews(
  ctx: CoreContext,
  input: z.output<typeof interviewListInput>,
): Promise<InterviewSummary[]> {
  let query = ctx.database.db
    .selectFrom('interviews')
    .innerJoin('candidates', 'candidates.id', 'interviews.candidate_id')
    .leftJoin('scorecards', 'scorecards.interview_id', 'interviews.id')
    .selectAll('interviews')
    .select([
      'candidates.name as candidate_name',
      'scorecards.id as scorecard_id',
      'scorecards.status as scorecard_status',
    ])
    .orderBy('interviews.started_at', 'desc')
    .orderBy('interviews.seq', 'desc');
  if (input.roleId) query = query.where('interviews.role_id', '=', input.roleId);
  if (input.candidateId) query = query.where('interviews.candidate_id', '=', input.candidateId);
  if (input.status) query = query.where('interviews.status', '=', input.status);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    roleId: row.role_id,
    roundId: row.round_id,
    roundName: row.round_name,
    interviewer: row.interviewer,
    status: row.status,
    currentItemId: row.current_item_id,
    roundElapsedMs: row.round_elapsed_ms,
    roundMinutes: row.round_minutes,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    updatedAt: row.updated_at,
    scorecardId: row.scorecard_id ?? null,
    scorecardStatus: (row.scorecard_status as 'draft' | 'submitted' | null) ?? 'none',
  }));
}

export async function listInProgress(ctx: CoreContext): Promise<InterviewSummary[]> {
  return listInterviews(ctx, { status: 'in-progress' });
}

/**
 * The autosave of one item: one short transaction (a read, two updates). With
 * synchronous=FULL the commit is on disk when this returns. A save whose clientSeq is not
 * above the stored one arrived late and is dropped.
 */
export async function saveItem(
  ctx: CoreContext,
  input: z.output<typeof saveItemInput>,
): Promise<SaveItemResult> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('interview_items')
      .innerJoin('interviews', 'interviews.id', 'interview_items.interview_id')
      .leftJoin('scorecards', 'scorecards.interview_id', 'interviews.id')
      .select([
        'interview_items.client_seq',
        'interview_items.updated_at',
        'interview_items.question',
        'scorecards.status as scorecard_status',
      ])
      .where('interview_items.id', '=', input.itemId)
      .where('interview_items.interview_id', '=', input.interviewId)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'That question is not part of this interview.');
    if (row.scorecard_status === 'submitted') {
      throw new AppError(
        'conflict',
        'The scorecard of this interview is submitted, so its notes are locked; revise the scorecard instead.',
      );
    }
    if (input.clientSeq <= row.client_seq)
      return { savedAt: row.updated_at, applied: false, lastClientSeq: row.client_seq };
    // Red flags are the question's, the general ones, or the interviewer's own words: the
    // schema has already trimmed, capped and de-duplicated them.
    const now = laterThan(ctx, row.updated_at);
    await trx
      .updateTable('interview_items')
      .set({
        ...(input.rating !== undefined ? { rating: ratingToColumn(input.rating) } : {}),
        ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
        ...(input.judgement !== undefined ? { judgement: input.judgement } : {}),
        ...(input.redFlags !== undefined ? { red_flags: JSON.stringify(input.redFlags) } : {}),
        ...(input.elapsedMs !== undefined ? { elapsed_ms: input.elapsedMs } : {}),
        client_seq: input.clientSeq,
        updated_at: now,
      })
      .where('id', '=', input.itemId)
      .execute();
    await trx
      .updateTable('interviews')
      .set({ updated_at: now })
      .where('id', '=', input.interviewId)
      .execute();
    return { savedAt: now, applied: true, lastClientSeq: input.clientSeq };
  });
}

/** Where the interviewer is and how long the round has run, so a resume lands there. */
export async function setPosition(
  ctx: CoreContext,
  input: z.output<typeof setPositionInput>,
): Promise<SaveItemResult> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await interviewRow(trx, input.id);
    const dropped = { savedAt: row.updated_at, applied: false, lastClientSeq: row.position_seq };
    if (row.status !== 'in-progress') return dropped;
    if (input.clientSeq !== undefined && input.clientSeq <= row.position_seq) return dropped;
    if (input.currentItemId !== null) await itemOfInterview(trx, input.id, input.currentItemId);
    const now = laterThan(ctx, row.updated_at);
    await trx
      .updateTable('interviews')
      .set({
        current_item_id: input.currentItemId,
        round_elapsed_ms: input.roundElapsedMs,
        ...(input.clientSeq !== undefined ? { position_seq: input.clientSeq } : {}),
        updated_at: now,
      })
      .where('id', '=', input.id)
      .execute();
    return { savedAt: now, applied: true, lastClientSeq: input.clientSeq ?? row.position_seq };
  });
}

/** A bank question asked on the spot: inserted after `afterItemId` (first when null), and made current. */
export async function insertAdHoc(
  ctx: CoreContext,
  input: z.output<typeof insertAdHocInput>,
): Promise<Interview> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const interview = await interviewRow(trx, input.id);
    if (interview.status !== 'in-progress') throw new AppError('conflict', 'This interview has ended.');
    const question = await trx
      .selectFrom('questions')
      .select(['id', ...questionColumns])
      .where('id', '=', input.questionId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!question) throw new AppError('not_found', 'That question is no longer in the bank.');
    const twice = await trx
      .selectFrom('interview_items')
      .select('id')
      .where('interview_id', '=', input.id)
      .where('question_id', '=', input.questionId)
      .executeTakeFirst();
    if (twice) throw new AppError('conflict', 'That question is already part of this interview.');
    const position =
      input.afterItemId === null ? 0 : (await itemOfInterview(trx, input.id, input.afterItemId)).position + 1;
    const now = laterThan(ctx, interview.updated_at);
    await trx
      .updateTable('interview_items')
      .set((eb) => ({ position: eb('position', '+', 1) }))
      .where('interview_id', '=', input.id)
      .where('position', '>=', position)
      .execute();
    const itemId = randomUUID();
    // Asked on the spot, with no kit link: it counts for the must-have focus attributes its words
    // point at. Standard attributes come from the bank's tags alone: their hint words are too
    // loose to apply unseen ("database password" is not data modelling).
    const focus = readStringList(interview.focus_attributes, 'interviews.focus_attributes');
    const snapshot = kitQuestionOf(question);
    const labels = await interviewFocusLabels(trx, interview.role_id, focus, interview.focus_labels);
    await trx
      .insertInto('interview_items')
      .values({
        id: itemId,
        interview_id: input.id,
        question_id: question.id,
        position,
        ad_hoc: 1,
        minutes: question.minutes,
        question: JSON.stringify(snapshot),
        measures: JSON.stringify(suggestMeasures(snapshot, focus, labels).filter((a) => !isStandard(a))),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .updateTable('interviews')
      .set({ current_item_id: itemId, updated_at: now })
      .where('id', '=', input.id)
      .execute();
  });
  return getInterview(ctx, input.id);
}

/** Ends the interview (idempotent) and makes sure its scorecard draft exists. */
export async function endInterview(
  ctx: CoreContext,
  input: z.output<typeof endInterviewInput>,
): Promise<Interview> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await interviewRow(trx, input.id);
    if (row.status === 'in-progress') {
      const now = laterThan(ctx, row.updated_at);
      await trx
        .updateTable('interviews')
        .set({
          status: 'ended',
          ended_at: now,
          round_elapsed_ms: Math.max(row.round_elapsed_ms, input.roundElapsedMs),
          updated_at: now,
        })
        .where('id', '=', input.id)
        .execute();
    }
    await ensureScorecardRow(ctx, trx, row);
  });
  return getInterview(ctx, input.id);
}
