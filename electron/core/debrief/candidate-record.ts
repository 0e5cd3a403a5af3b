import { randomUUID } from 'node:crypto';
import type { CandidateStage } from '../../../shared/candidates';
import type { CandidateNote, CandidateRecord } from '../../../shared/debrief';
import { getCandidate } from '../candidates/candidates';
import type { CoreContext } from '../context';
import { readDebrief } from './read';

/** The candidate page: their debrief (interviews, scorecards, clock, decision), stage timeline and notes. */
export async function readCandidateRecord(
  ctx: CoreContext,
  input: { candidateId: string; roleId?: string; viewer?: string },
): Promise<CandidateRecord> {
  const debrief = await readDebrief(ctx, input);
  const db = ctx.database.db;
  const [stages, notes] = await Promise.all([
    db
      .selectFrom('candidate_stage_events')
      .select(['stage', 'at'])
      .where('candidate_id', '=', input.candidateId)
      .orderBy('seq')
      .execute(),
    readNotes(ctx, input.candidateId),
  ]);
  return {
    debrief,
    stageTimeline: stages.map((s) => ({ stage: s.stage as CandidateStage, at: s.at })),
    notes,
  };
}

async function readNotes(ctx: CoreContext, candidateId: string): Promise<CandidateNote[]> {
  const rows = await ctx.database.db
    .selectFrom('candidate_notes')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('seq', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, text: r.text, createdAt: r.created_at }));
}

/** A dated note on the candidate; returns every note, newest first. */
export async function addCandidateNote(
  ctx: CoreContext,
  input: { candidateId: string; text: string },
): Promise<CandidateNote[]> {
  await getCandidate(ctx, input.candidateId);
  await ctx.database.db
    .insertInto('candidate_notes')
    .values({
      id: randomUUID(),
      candidate_id: input.candidateId,
      text: input.text,
      created_at: ctx.clock().toISOString(),
    })
    .execute();
  return readNotes(ctx, input.candidateId);
}
