import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CoreContext } from '../context';
import type { DB, InterviewsTable } from '../db/schema';

/** The scorecard row of an interview, created as an empty draft the first time it is needed. */
export async function ensureScorecardRow(
  ctx: CoreContext,
  db: Kysely<DB>,
  interview: Pick<Selectable<InterviewsTable>, 'id' | 'candidate_id' | 'interviewer' | 'interviewer_key'>,
): Promise<string> {
  const existing = await db
    .selectFrom('scorecards')
    .select('id')
    .where('interview_id', '=', interview.id)
    .executeTakeFirst();
  if (existing) return existing.id;
  const now = ctx.clock().toISOString();
  const id = randomUUID();
  await db
    .insertInto('scorecards')
    .values({
      id,
      interview_id: interview.id,
      candidate_id: interview.candidate_id,
      interviewer: interview.interviewer,
      interviewer_key: interview.interviewer_key,
      status: 'draft',
      version: 0,
      ratings: '[]',
      recommendation: null,
      summary: '',
      reason: null,
      submitted_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
