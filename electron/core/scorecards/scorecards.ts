import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { labelOf } from '../../../shared/domain/kits/coverage';
import type { Interview, InterviewItem } from '../../../shared/interviews';
import {
  type AttributeEvidence,
  type AttributeRating,
  attributeScoreValues,
  type OtherQuestion,
  type Recommendation,
  type Scorecard,
  type ScorecardVersion,
  type scorecardDraftInput,
  type scorecardReviseInput,
  type scorecardSubmitInput,
  type VisibleScorecards,
} from '../../../shared/scorecards';
import type { CoreContext } from '../context';
import { readJsonColumn, readStringList } from '../db/json-column';
import type { DB, ScorecardsTable } from '../db/schema';
import { AppError } from '../errors';
import { interviewFocusLabels } from '../interviews/focus';
import { interviewerKey, interviewRow, readInterview } from '../interviews/live';
import { laterThan } from '../time';
import { ensureScorecardRow } from './draft-row';

type Db = Kysely<DB>;
type Row = Selectable<ScorecardsTable>;
/** As kept in `ratings` JSON: the rating is 1..4, 'not-assessed', or null in a draft. */
const storedRating = z.object({
  attribute: z.string(),
  rating: z.literal(attributeScoreValues).nullable(),
  note: z.string(),
});
type StoredRating = z.output<typeof storedRating>;
const storedRatings = z.array(storedRating);
/** A submitted version rated every attribute. */
const submittedRatings = z.array(storedRating.extend({ rating: z.literal(attributeScoreValues) }));

/** The scorecard an id names: its own id, or the id of its interview (which `interview list` prints). */
export async function scorecardIdFor(ctx: CoreContext, id: string): Promise<string> {
  const found = await ctx.database.db
    .selectFrom('scorecards')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', id), eb('interview_id', '=', id)]))
    .executeTakeFirst();
  return found?.id ?? id;
}

/** Asked, as far as the notes tell: rated (other than "not asked"), or something written down. */
function wasAsked(item: InterviewItem): boolean {
  return (
    (item.rating !== null && item.rating !== 'not-asked') ||
    item.evidence.trim() !== '' ||
    item.judgement.trim() !== ''
  );
}

function evidenceOf(item: InterviewItem): AttributeEvidence {
  return {
    itemId: item.id,
    topic: item.question.topic,
    questionText: item.question.text,
    rating: item.rating,
    evidence: item.evidence,
    judgement: item.judgement,
    redFlags: item.redFlags,
  };
}

/**
 * The focus attributes of the interview, each with its stored rating and the evidence of every
 * asked question that measures it (its own attributes or its link to the focus attribute).
 */
function attributeRatingsOf(interview: Interview, stored: StoredRating[]): AttributeRating[] {
  const labels = new Map(Object.entries(interview.focusLabels));
  const attributes = [...new Set([...interview.focusAttributes, ...stored.map((s) => s.attribute)])];
  const asked = interview.items.filter(wasAsked);
  return attributes.map((attribute) => {
    const saved = stored.find((s) => s.attribute === attribute);
    return {
      attribute,
      label: labelOf(attribute, labels),
      rating: saved?.rating ?? null,
      note: saved?.note ?? '',
      evidence: asked.filter((item) => item.measures.includes(attribute)).map(evidenceOf),
    };
  });
}

/** Asked questions that measure none of the focus attributes: on the scorecard all the same. */
function otherQuestionsOf(interview: Interview): OtherQuestion[] {
  const labels = new Map(Object.entries(interview.focusLabels));
  return interview.items
    .filter(wasAsked)
    .filter((item) => !item.measures.some((a) => interview.focusAttributes.includes(a)))
    .map((item) => ({
      ...evidenceOf(item),
      adHoc: item.adHoc,
      measures: item.measures.map((a) => labelOf(a, labels)),
    }));
}

async function toScorecard(db: Db, row: Row): Promise<Scorecard> {
  const interview = await readInterview(db, row.interview_id);
  return {
    id: row.id,
    interviewId: row.interview_id,
    candidateId: row.candidate_id,
    roleId: interview.roleId,
    roundName: interview.roundName,
    interviewer: row.interviewer,
    status: row.status,
    version: row.version,
    attributeRatings: attributeRatingsOf(
      interview,
      readJsonColumn(storedRatings, row.ratings, 'scorecards.ratings'),
    ),
    otherQuestions: otherQuestionsOf(interview),
    recommendation: row.recommendation,
    summary: row.summary,
    submittedAt: row.submitted_at,
    reason: row.reason,
    redFlags: [...new Set(interview.items.flatMap((item) => item.redFlags))],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function rowById(db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('scorecards').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That scorecard no longer exists.');
  return row;
}

/**
 * The rule: an interviewer sees their own scorecards, and others' submitted ones for the
 * same candidate only once they have submitted one of their own for that candidate.
 */
async function maySee(db: Db, row: Row, viewer: string): Promise<boolean> {
  const key = interviewerKey(viewer);
  if (row.interviewer_key === key) return true;
  if (row.status !== 'submitted') return false;
  return othersVisibleTo(db, row.candidate_id, key);
}

/**
 * Others' submitted scorecards for a candidate show once the viewer has interviewed the
 * candidate and submitted the scorecard of every such interview: one not submitted yet (an
 * onsite after the screen they already scored, even before its scorecard is opened) keeps
 * the others hidden, so each round is scored independently.
 */
async function othersVisibleTo(db: Db, candidateId: string, viewerKey: string): Promise<boolean> {
  const own = await db
    .selectFrom('interviews')
    .leftJoin('scorecards', 'scorecards.interview_id', 'interviews.id')
    .select('scorecards.status')
    .where('interviews.candidate_id', '=', candidateId)
    .where('interviews.interviewer_key', '=', viewerKey)
    .execute();
  return own.length > 0 && own.every((r) => r.status === 'submitted');
}

/** The row of one scorecard read by `viewer`, refused unless the rule above lets them see it. */
async function rowVisibleTo(db: Db, id: string, viewer: string): Promise<Row> {
  const row = await rowById(db, id);
  if (!(await maySee(db, row, viewer))) {
    throw new AppError(
      'forbidden',
      "Submit your own scorecard for this candidate before reading other interviewers' scorecards.",
    );
  }
  return row;
}

/** No visibility check: for the person who owns the data at the command line. */
export async function readScorecard(ctx: CoreContext, id: string): Promise<Scorecard> {
  return toScorecard(ctx.database.db, await rowById(ctx.database.db, id));
}

export async function getScorecardAs(ctx: CoreContext, id: string, viewer: string): Promise<Scorecard> {
  return toScorecard(ctx.database.db, await rowVisibleTo(ctx.database.db, id, viewer));
}

/**
 * The scorecard of an interview (made on first use). With a `viewer` other than the
 * interview's interviewer, the rule of maySee applies, as for any other scorecard.
 */
export async function scorecardForInterview(
  ctx: CoreContext,
  interviewId: string,
  viewer?: string,
): Promise<Scorecard> {
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    return ensureScorecardRow(ctx, trx, await interviewRow(trx, interviewId));
  });
  return viewer ? getScorecardAs(ctx, id, viewer) : readScorecard(ctx, id);
}

/** Checks ratings against the interview's focus attributes; `complete` asks for every one rated. */
function checkRatings(
  focus: string[],
  given: z.output<typeof scorecardSubmitInput>['attributeRatings'],
  complete: boolean,
  labels: Map<string, string>,
): StoredRating[] {
  const unknown = given.find((r) => !focus.includes(r.attribute));
  if (unknown) {
    throw new AppError(
      'bad_input',
      `${labelOf(unknown.attribute, labels)} is not a focus attribute of this round.`,
    );
  }
  if (complete) {
    const missing = focus.filter((a) => !given.some((r) => r.attribute === a && r.rating !== null));
    if (missing.length > 0) {
      throw new AppError(
        'bad_input',
        `Rate every focus attribute, or mark it not assessed, before submitting; still open: ${missing.map((a) => labelOf(a, labels)).join(', ')}.`,
      );
    }
  }
  return focus
    .map((attribute) => given.find((r) => r.attribute === attribute))
    .filter((r): r is StoredRating => r !== undefined)
    .map(({ attribute, rating, note }) => ({ attribute, rating, note }));
}

async function focusOf(
  db: Db,
  row: Row,
): Promise<{ focus: string[]; status: string; labels: Map<string, string> }> {
  const interview = await db
    .selectFrom('interviews')
    .select(['focus_attributes', 'focus_labels', 'status', 'role_id'])
    .where('id', '=', row.interview_id)
    .executeTakeFirstOrThrow();
  const focus = readStringList(interview.focus_attributes, 'interviews.focus_attributes');
  const labels = await interviewFocusLabels(db, interview.role_id, focus, interview.focus_labels);
  return { focus, status: interview.status, labels: new Map(Object.entries(labels)) };
}

export async function saveScorecardDraft(
  ctx: CoreContext,
  input: z.output<typeof scorecardDraftInput>,
): Promise<Scorecard> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await rowById(trx, input.id);
    if (row.status !== 'draft') {
      throw new AppError('conflict', 'This scorecard is submitted; change it with a revision and a reason.');
    }
    const { focus, labels } = await focusOf(trx, row);
    await trx
      .updateTable('scorecards')
      .set({
        ...(input.attributeRatings
          ? { ratings: JSON.stringify(checkRatings(focus, input.attributeRatings, false, labels)) }
          : {}),
        ...(input.recommendation !== undefined ? { recommendation: input.recommendation } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        updated_at: laterThan(ctx, row.updated_at),
      })
      .where('id', '=', row.id)
      .execute();
  });
  return readScorecard(ctx, input.id);
}

async function writeVersion(
  ctx: CoreContext,
  db: Db,
  row: Row,
  version: {
    ratings: StoredRating[];
    recommendation: Recommendation;
    summary: string;
    reason: string | null;
  },
): Promise<void> {
  const now = laterThan(ctx, row.updated_at);
  const next = row.version + 1;
  await db
    .insertInto('scorecard_versions')
    .values({
      id: randomUUID(),
      scorecard_id: row.id,
      version: next,
      ratings: JSON.stringify(version.ratings),
      recommendation: version.recommendation,
      summary: version.summary,
      reason: version.reason,
      submitted_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .updateTable('scorecards')
    .set({
      status: 'submitted',
      version: next,
      ratings: JSON.stringify(version.ratings),
      recommendation: version.recommendation,
      summary: version.summary,
      reason: version.reason,
      submitted_at: now,
      updated_at: now,
    })
    .where('id', '=', row.id)
    .execute();
}

/** Locks the scorecard as version 1, with a timestamp. */
export async function submitScorecard(
  ctx: CoreContext,
  input: z.output<typeof scorecardSubmitInput>,
): Promise<Scorecard> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await rowById(trx, input.id);
    if (row.status !== 'draft') {
      throw new AppError(
        'conflict',
        'This scorecard is already submitted; change it with a revision and a reason.',
      );
    }
    const { focus, status, labels } = await focusOf(trx, row);
    if (status !== 'ended')
      throw new AppError('conflict', 'End the interview before submitting its scorecard.');
    await writeVersion(ctx, trx, row, {
      ratings: checkRatings(focus, input.attributeRatings, true, labels),
      recommendation: input.recommendation,
      summary: input.summary,
      reason: null,
    });
  });
  return readScorecard(ctx, input.id);
}

/** A change after submitting: version N+1 with its reason; version N stays as it was. */
export async function reviseScorecard(
  ctx: CoreContext,
  input: z.output<typeof scorecardReviseInput>,
): Promise<Scorecard> {
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await rowById(trx, input.id);
    if (row.status !== 'submitted' || row.recommendation === null) {
      throw new AppError('conflict', 'This scorecard is still a draft: edit it and submit it.');
    }
    const { focus, labels } = await focusOf(trx, row);
    const current = readJsonColumn(storedRatings, row.ratings, 'scorecards.ratings');
    const ratings = input.attributeRatings
      ? checkRatings(focus, input.attributeRatings, true, labels)
      : current;
    const recommendation = input.recommendation ?? row.recommendation;
    const summary = input.summary ?? row.summary;
    if (
      JSON.stringify(ratings) === JSON.stringify(current) &&
      recommendation === row.recommendation &&
      summary === row.summary
    ) {
      throw new AppError(
        'bad_input',
        `Nothing differs from version ${row.version}, so there is nothing to revise.`,
      );
    }
    await writeVersion(ctx, trx, row, { ratings, recommendation, summary, reason: input.reason });
  });
  return readScorecard(ctx, input.id);
}

/** Every submitted version, oldest first. */
export async function readScorecardVersions(ctx: CoreContext, id: string): Promise<ScorecardVersion[]> {
  const db = ctx.database.db;
  const row = await rowById(db, id);
  const { labels } = await focusOf(db, row);
  const versions = await db
    .selectFrom('scorecard_versions')
    .selectAll()
    .where('scorecard_id', '=', id)
    .orderBy('version')
    .execute();
  return versions.map((v) => ({
    scorecardId: id,
    version: v.version,
    attributeRatings: readJsonColumn(submittedRatings, v.ratings, 'scorecard_versions.ratings').map((r) => ({
      attribute: r.attribute,
      label: labelOf(r.attribute, labels),
      rating: r.rating,
      note: r.note,
    })),
    recommendation: v.recommendation,
    summary: v.summary,
    reason: v.reason,
    submittedAt: v.submitted_at,
  }));
}

export async function scorecardVersionsAs(
  ctx: CoreContext,
  id: string,
  viewer: string,
): Promise<ScorecardVersion[]> {
  await rowVisibleTo(ctx.database.db, id, viewer);
  return readScorecardVersions(ctx, id);
}

export async function scorecardsForCandidate(
  ctx: CoreContext,
  candidateId: string,
  interviewer: string,
): Promise<VisibleScorecards> {
  const db = ctx.database.db;
  const candidate = await db
    .selectFrom('candidates')
    .select('id')
    .where('id', '=', candidateId)
    .executeTakeFirst();
  if (!candidate) throw new AppError('not_found', 'That candidate no longer exists.');
  const key = interviewerKey(interviewer);
  const rows = await db
    .selectFrom('scorecards')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
  const own = rows.filter((r) => r.interviewer_key === key);
  const othersSubmitted = rows.filter((r) => r.interviewer_key !== key && r.status === 'submitted');
  const othersVisible = await othersVisibleTo(db, candidateId, key);
  const visible = othersVisible ? [...own, ...othersSubmitted] : own;
  return {
    scorecards: await Promise.all(visible.map((row) => toScorecard(db, row))),
    hiddenCount: othersVisible ? 0 : othersSubmitted.length,
    othersVisible,
  };
}
