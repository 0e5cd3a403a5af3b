import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import type {
  Candidate,
  CandidateDeleteResult,
  CandidateListItem,
  candidateCreateInput,
  candidateUpdateInput,
} from '../../../shared/candidates';
import type { CoreContext } from '../context';
import type { CandidatesTable } from '../db/schema';
import { eraseWal } from '../db/wal-erase';
import { AppError } from '../errors';
import { laterThan } from '../time';

function toCandidate(row: Selectable<CandidatesTable>): Candidate {
  return {
    id: row.id,
    roleId: row.role_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    source: row.source,
    stage: row.stage,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const orNull = (value: string | null | undefined) => (value ? value : null);

async function assertLiveRole(ctx: CoreContext, roleId: string): Promise<void> {
  const role = await ctx.database.db
    .selectFrom('roles')
    .select('id')
    .where('id', '=', roleId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!role) throw new AppError('not_found', 'That role no longer exists.');
}

export async function getCandidate(ctx: CoreContext, id: string): Promise<Candidate> {
  const row = await ctx.database.db
    .selectFrom('candidates')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That candidate no longer exists.');
  return toCandidate(row);
}

export async function listCandidates(
  ctx: CoreContext,
  roleId?: string,
  { text, limit }: { text?: string; limit?: number } = {},
): Promise<CandidateListItem[]> {
  let query = ctx.database.db
    .selectFrom('candidates')
    .selectAll('candidates')
    .select((eb) => [
      eb
        .selectFrom('interviews')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('interviews.candidate_id', '=', 'candidates.id')
        .as('interview_count'),
      eb
        .selectFrom('interviews')
        .select((inner) => inner.fn.max('interviews.started_at').as('last'))
        .whereRef('interviews.candidate_id', '=', 'candidates.id')
        .as('last_interview_at'),
      eb
        .selectFrom('scorecards')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('scorecards.candidate_id', '=', 'candidates.id')
        .where('scorecards.status', '=', 'submitted')
        .as('submitted_scorecards'),
    ])
    .orderBy('candidates.created_at', 'desc')
    .orderBy('candidates.seq', 'desc');
  if (roleId) query = query.where('candidates.role_id', '=', roleId);
  const words = text?.trim().toLowerCase();
  if (words) query = query.where(sql<boolean>`instr(lower(candidates.name), ${words}) > 0`);
  if (limit) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...toCandidate(row),
    interviewCount: Number(row.interview_count ?? 0),
    submittedScorecards: Number(row.submitted_scorecards ?? 0),
    lastInterviewAt: (row.last_interview_at as string | null) ?? null,
  }));
}

export async function createCandidate(
  ctx: CoreContext,
  input: z.output<typeof candidateCreateInput>,
): Promise<Candidate> {
  await assertLiveRole(ctx, input.roleId);
  const now = ctx.clock().toISOString();
  const id = randomUUID();
  await ctx.database.db
    .insertInto('candidates')
    .values({
      id,
      role_id: input.roleId,
      name: input.name,
      email: orNull(input.email),
      phone: orNull(input.phone),
      source: input.source,
      stage: input.stage,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return getCandidate(ctx, id);
}

export async function updateCandidate(
  ctx: CoreContext,
  input: z.output<typeof candidateUpdateInput>,
): Promise<Candidate> {
  const current = await getCandidate(ctx, input.id);
  if (input.roleId !== undefined && input.roleId !== current.roleId) await assertLiveRole(ctx, input.roleId);
  await ctx.database.db
    .updateTable('candidates')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.email !== undefined ? { email: orNull(input.email) } : {}),
      ...(input.phone !== undefined ? { phone: orNull(input.phone) } : {}),
      ...(input.roleId !== undefined ? { role_id: input.roleId } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.stage !== undefined ? { stage: input.stage } : {}),
      updated_at: laterThan(ctx, current.updatedAt),
    })
    .where('id', '=', input.id)
    .execute();
  return getCandidate(ctx, input.id);
}

/**
 * Removes the candidate and everything about them (interviews, their notes, scorecards and
 * every scorecard version) in one transaction, for good: no tombstone keeps their name.
 * The counts are taken inside the same transaction, so they are what was removed.
 */
export async function deleteCandidate(ctx: CoreContext, id: string): Promise<CandidateDeleteResult> {
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('candidates').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw new AppError('not_found', 'That candidate no longer exists.');
    const interviews = await trx
      .selectFrom('interviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('candidate_id', '=', id)
      .executeTakeFirstOrThrow();
    const items = await trx
      .selectFrom('interview_items')
      .innerJoin('interviews', 'interviews.id', 'interview_items.interview_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('interviews.candidate_id', '=', id)
      .executeTakeFirstOrThrow();
    const scorecards = await trx
      .selectFrom('scorecards')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('candidate_id', '=', id)
      .executeTakeFirstOrThrow();
    const versions = await trx
      .selectFrom('scorecard_versions')
      .innerJoin('scorecards', 'scorecards.id', 'scorecard_versions.scorecard_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('scorecards.candidate_id', '=', id)
      .executeTakeFirstOrThrow();
    const removed = await trx.deleteFrom('candidates').where('id', '=', id).executeTakeFirst();
    return {
      id,
      removed: {
        candidates: Number(removed.numDeletedRows),
        interviews: Number(interviews.n),
        interviewItems: Number(items.n),
        scorecards: Number(scorecards.n),
        scorecardVersions: Number(versions.n),
      },
    };
  });
  // The write-ahead log still holds the pages as they were before the delete: fold it into
  // the (overwritten) file and empty it, so the text is gone from disk too. Another window
  // reading the file can hold that off; the person is told so.
  const erasedFromDisk = await eraseWal(ctx.database.sqlite);
  return { ...result, erasedFromDisk };
}
