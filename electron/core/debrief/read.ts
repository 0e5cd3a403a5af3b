import type {
  Debrief,
  DebriefColumn,
  DebriefInterview,
  DebriefItem,
  MissingScorecard,
} from '../../../shared/debrief';
import { DEBRIEF_MIN_SCORECARDS } from '../../../shared/debrief';
import { buildGrid, type GridInput, tallyRecommendations } from '../../../shared/domain/debrief/aggregate';
import { decisionClock } from '../../../shared/domain/debrief/clock';
import { findDisagreements } from '../../../shared/domain/debrief/disagreements';
import { NOT_ASSESSED, type Recommendation, type Scorecard } from '../../../shared/scorecards';
import { getCandidate } from '../candidates/candidates';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { interviewerKey } from '../interviews/live';
import { readScorecard } from '../scorecards/scorecards';
import { readDecisions, readRejectionReasons } from './decision';

type InterviewRow = {
  id: string;
  round_name: string;
  interviewer: string;
  interviewer_key: string;
  status: string;
  started_at: string;
  ended_at: string | null;
  scorecard_id: string | null;
  scorecard_status: string | null;
};

/** Every interview of a candidate for a role, oldest first, with its scorecard's state. */
async function interviewsOf(ctx: CoreContext, candidateId: string, roleId: string): Promise<InterviewRow[]> {
  return ctx.database.db
    .selectFrom('interviews')
    .leftJoin('scorecards', 'scorecards.interview_id', 'interviews.id')
    .select([
      'interviews.id',
      'interviews.round_name',
      'interviews.interviewer',
      'interviews.interviewer_key',
      'interviews.status',
      'interviews.started_at',
      'interviews.ended_at',
      'scorecards.id as scorecard_id',
      'scorecards.status as scorecard_status',
    ])
    .where('interviews.candidate_id', '=', candidateId)
    .where('interviews.role_id', '=', roleId)
    .orderBy('interviews.started_at')
    .orderBy('interviews.seq')
    .execute();
}

export async function roleTitleOf(ctx: CoreContext, roleId: string): Promise<string> {
  const role = await ctx.database.db
    .selectFrom('roles')
    .select('title')
    .where('id', '=', roleId)
    .executeTakeFirst();
  if (!role) throw new AppError('not_found', 'That role does not exist.');
  return role.title || 'Untitled role';
}

/**
 * Scoring is independent: someone who interviewed the candidate reads the panel's scorecards
 * only once every scorecard of theirs for the candidate is submitted. Someone who did not
 * interview them (the recruiter running the debrief) reads it at once.
 */
function assertMayRead(interviews: InterviewRow[], viewer: string | undefined): void {
  if (!viewer?.trim()) return;
  const key = interviewerKey(viewer);
  const open = interviews.filter((i) => i.interviewer_key === key && i.scorecard_status !== 'submitted');
  if (open.length > 0) {
    throw new AppError(
      'forbidden',
      'Submit your own scorecard for this candidate before reading the debrief: each interviewer scores before seeing the others.',
    );
  }
}

const scorecardStatusOf = (status: string | null): DebriefInterview['scorecardStatus'] =>
  status === 'submitted' ? 'submitted' : status === 'draft' ? 'draft' : 'none';

/**
 * The questions asked, read off the scorecard: each with the focus attributes it was evidence
 * for, and the other questions with none (the scorecard already holds both, so the interview
 * is not read a second time).
 */
function itemsOf(card: Scorecard): DebriefItem[] {
  const items = new Map<string, DebriefItem>();
  for (const rating of card.attributeRatings) {
    for (const evidence of rating.evidence) {
      const item = items.get(evidence.itemId) ?? { ...evidence, attributes: [] };
      item.attributes.push(rating.attribute);
      items.set(evidence.itemId, item);
    }
  }
  for (const { adHoc: _adHoc, measures: _measures, ...other } of card.otherQuestions) {
    if (!items.has(other.itemId)) items.set(other.itemId, { ...other, attributes: [] });
  }
  return [...items.values()];
}

/** A submitted scorecard as a column of the grid and its cells. */
function gridInputOf(card: Scorecard): GridInput {
  return {
    column: {
      scorecardId: card.id,
      interviewId: card.interviewId,
      interviewer: card.interviewer,
      roundName: card.roundName,
      version: card.version,
      submittedAt: card.submittedAt ?? card.updatedAt,
      recommendation: card.recommendation as Recommendation, // submitted: always given
      summary: card.summary,
      redFlags: card.redFlags,
      items: itemsOf(card),
    },
    attributes: card.attributeRatings.map((a) => ({
      attribute: a.attribute,
      label: a.label,
      cell: {
        scorecardId: card.id,
        // A rating left out of a submitted scorecard counts as not assessed, never as a score.
        score: a.rating ?? NOT_ASSESSED,
        note: a.note,
        evidence: a.evidence,
      },
    })),
  };
}

export async function readDebrief(
  ctx: CoreContext,
  input: { candidateId: string; roleId?: string; viewer?: string },
): Promise<Debrief> {
  const candidate = await getCandidate(ctx, input.candidateId);
  const roleId = input.roleId ?? candidate.roleId;
  const roleTitle = await roleTitleOf(ctx, roleId);
  const rows = await interviewsOf(ctx, candidate.id, roleId);
  assertMayRead(rows, input.viewer);
  const now = ctx.clock();

  const submitted = rows.filter((r) => r.scorecard_status === 'submitted' && r.scorecard_id);
  const inputs = await Promise.all(
    submitted.map(async (r) => gridInputOf(await readScorecard(ctx, r.scorecard_id as string))),
  );
  const columns: DebriefColumn[] = inputs.map((i) => i.column);
  const gridRows = buildGrid(inputs);
  const missing: MissingScorecard[] = rows
    .filter((r) => r.status === 'ended' && r.scorecard_status !== 'submitted' && r.ended_at)
    .map((r) => ({
      interviewId: r.id,
      interviewer: r.interviewer,
      roundName: r.round_name,
      endedAt: r.ended_at as string,
      scorecardStatus: r.scorecard_status === 'draft' ? 'draft' : 'none',
      waitingMs: Math.max(0, now.getTime() - Date.parse(r.ended_at as string)),
    }));
  const decisionVersions = await readDecisions(ctx, candidate.id, roleId);
  const decision = decisionVersions[decisionVersions.length - 1] ?? null;
  // The clock stops at the first decision: a later change of mind does not restart it.
  const firstDecision = decisionVersions[0] ?? null;

  return {
    candidate,
    roleId,
    roleTitle,
    ready: columns.length >= DEBRIEF_MIN_SCORECARDS,
    columns,
    rows: gridRows,
    tally: tallyRecommendations(columns),
    disagreements: findDisagreements(columns, gridRows),
    interviews: rows.map((r) => ({
      id: r.id,
      roundName: r.round_name,
      interviewer: r.interviewer,
      status: r.status as DebriefInterview['status'],
      startedAt: r.started_at,
      endedAt: r.ended_at,
      scorecardId: r.scorecard_id,
      scorecardStatus: scorecardStatusOf(r.scorecard_status),
    })),
    missing,
    clock: decisionClock(
      rows.map((r) => ({ status: r.status as 'in-progress' | 'ended', endedAt: r.ended_at })),
      now,
      firstDecision?.decidedAt ?? null,
    ),
    decision,
    decisionVersions,
    rejectionReasons: await readRejectionReasons(ctx),
    asOf: now.toISOString(),
  };
}
