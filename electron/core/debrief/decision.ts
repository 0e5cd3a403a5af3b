import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  type Decision,
  decisionOutcomeLabels,
  type decisionRecordInput,
  stageAfterDecision,
} from '../../../shared/debrief';
import type { CoreContext } from '../context';
import type { DecisionsTable } from '../db/schema';
import { AppError } from '../errors';
import { laterThan } from '../time';

function toDecision(row: Selectable<DecisionsTable>): Decision {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    roleId: row.role_id,
    version: row.version,
    outcome: row.outcome,
    rationale: row.rationale,
    rejectionReason: row.rejection_reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    changeReason: row.change_reason,
  };
}

/** Every recorded version of the decision on a candidate for a role, oldest first. */
export async function readDecisions(
  ctx: CoreContext,
  candidateId: string,
  roleId: string,
): Promise<Decision[]> {
  const rows = await ctx.database.db
    .selectFrom('decisions')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .where('role_id', '=', roleId)
    .orderBy('version')
    .execute();
  return rows.map(toDecision);
}

export async function readRejectionReasons(ctx: CoreContext): Promise<string[]> {
  const rows = await ctx.database.db
    .selectFrom('rejection_reasons')
    .select('label')
    .orderBy('position')
    .execute();
  return rows.map((r) => r.label);
}

/** Replaces the list; decisions already recorded keep the reason text they were given. */
export async function setRejectionReasons(ctx: CoreContext, reasons: string[]): Promise<string[]> {
  const unique = [...new Map(reasons.map((r) => [r.trim().toLowerCase(), r.trim()])).values()];
  await ctx.database.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rejection_reasons').execute();
    await trx
      .insertInto('rejection_reasons')
      .values(unique.map((label, position) => ({ position, label })))
      .execute();
  });
  return readRejectionReasons(ctx);
}

/**
 * Records a hiring decision. The first one is version 1; it is locked once recorded, and a
 * change of mind is the next version with its reason. The candidate's stage follows the
 * decision in the same transaction (the stage timeline records it).
 */
export async function recordDecision(
  ctx: CoreContext,
  input: z.output<typeof decisionRecordInput>,
): Promise<Decision> {
  const db = ctx.database.db;
  return db.transaction().execute(async (trx) => {
    const candidate = await trx
      .selectFrom('candidates')
      .select(['id', 'role_id', 'stage', 'updated_at'])
      .where('id', '=', input.candidateId)
      .executeTakeFirst();
    if (!candidate) throw new AppError('not_found', 'That candidate no longer exists.');
    const roleId = input.roleId ?? candidate.role_id;
    const ended = await trx
      .selectFrom('interviews')
      .select('id')
      .where('candidate_id', '=', candidate.id)
      .where('role_id', '=', roleId)
      .where('status', '=', 'ended')
      .executeTakeFirst();
    if (!ended) {
      throw new AppError(
        'conflict',
        'No interview with this candidate for the role has ended yet: nothing to decide on.',
      );
    }
    const latest = await trx
      .selectFrom('decisions')
      .selectAll()
      .where('candidate_id', '=', candidate.id)
      .where('role_id', '=', roleId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    const current = latest?.version ?? 0;
    if (input.expectedVersion !== current) {
      throw new AppError(
        'conflict',
        current === 0
          ? 'The decision was removed meanwhile; reload the debrief.'
          : `Someone recorded decision version ${current} meanwhile; reload the debrief before changing it.`,
      );
    }
    if (latest && !input.changeReason) {
      throw new AppError(
        'bad_input',
        `The decision (${decisionOutcomeLabels[latest.outcome]}) is locked: say why it changes to record a new version.`,
      );
    }
    if (input.outcome === 'no-hire' && !input.rejectionReason) {
      throw new AppError('bad_input', 'Pick a rejection reason for a no hire.');
    }
    const rejectionReason = input.outcome === 'no-hire' ? (input.rejectionReason ?? null) : null;
    if (
      latest &&
      latest.outcome === input.outcome &&
      latest.rationale === input.rationale &&
      latest.rejection_reason === rejectionReason
    ) {
      throw new AppError(
        'bad_input',
        `Nothing differs from version ${current}, so there is nothing to record.`,
      );
    }
    const now = latest ? laterThan(ctx, latest.decided_at) : ctx.clock().toISOString();
    const row = {
      id: randomUUID(),
      candidate_id: candidate.id,
      role_id: roleId,
      version: current + 1,
      outcome: input.outcome,
      rationale: input.rationale,
      rejection_reason: rejectionReason,
      decided_by: input.decidedBy,
      decided_at: now,
      change_reason: latest ? (input.changeReason ?? null) : null,
      created_at: now,
    };
    await trx.insertInto('decisions').values(row).execute();
    // Only the decision on the candidate's current role moves their stage.
    const stage = stageAfterDecision[input.outcome];
    if (roleId === candidate.role_id && candidate.stage !== stage) {
      await trx
        .updateTable('candidates')
        .set({ stage, updated_at: laterThan(ctx, candidate.updated_at) })
        .where('id', '=', candidate.id)
        .execute();
    }
    return toDecision({ ...row, seq: 0 });
  });
}
