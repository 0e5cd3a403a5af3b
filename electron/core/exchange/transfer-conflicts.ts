import type { z } from 'zod';
import type {
  ExchangeConflict,
  ExchangeRecordType,
  exchangeConflictListInput,
  exchangeResolveInput,
} from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import type { Db } from './transfer-adapter';
import { adapters } from './transfer-adapters';
import type { ScorecardBody } from './transfer-bodies';
import { conflictSide } from './transfer-conflict-sides';
import { accepted, ledgerRows, newOrigin, recordVersion } from './transfer-ledger';

const field = (body: unknown, key: string): string | null => {
  const value = (body as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
};

/** A scorecard names its candidate, not the role: the candidate's role is the one it concerns. */
async function roleOfCandidate(db: Db, candidateId: string): Promise<string | null> {
  const row = await db
    .selectFrom('candidates')
    .select('role_id')
    .where('id', '=', candidateId)
    .executeTakeFirst();
  return row?.role_id ?? null;
}

export async function listConflicts(
  ctx: CoreContext,
  input: z.output<typeof exchangeConflictListInput>,
): Promise<ExchangeConflict[]> {
  const db = ctx.database.db;
  const rows = await db
    .selectFrom('transfer_records')
    .selectAll()
    .where('state', '=', 'conflict')
    .orderBy('seq')
    .execute();
  const conflicts: ExchangeConflict[] = [];
  for (const row of rows) {
    const type = row.type as ExchangeRecordType;
    const adapter = adapters[type];
    const incoming = JSON.parse(row.body) as unknown;
    const local = await adapter.live(db, row.record_id, row.version);
    const mine = accepted(await ledgerRows(db, type, row.record_id))
      .filter((r) => r.version <= row.version)
      .at(-1);
    const candidateId = type.startsWith('candidate') ? row.record_id : field(incoming, 'candidateId');
    const roleId = type.startsWith('role')
      ? row.record_id
      : (field(incoming, 'roleId') ?? (candidateId ? await roleOfCandidate(db, candidateId) : null));
    if (input.candidateId && candidateId !== input.candidateId) continue;
    if (input.roleId && roleId !== input.roleId) continue;
    const incomingOrigin = { installId: row.origin_install, counter: row.origin_counter, at: row.origin_at };
    conflicts.push({
      id: row.id,
      type,
      recordId: row.record_id,
      label: adapter.label(incoming),
      version: row.version,
      local: await conflictSide(
        db,
        type,
        local,
        mine?.origin ?? { installId: 'this install', counter: 0, at: '' },
        '',
      ),
      incoming: {
        ...(await conflictSide(db, type, incoming, incomingOrigin, row.sha256)),
        fileName: row.file_name ?? '',
        importedAt: row.recorded_at,
      },
      candidateId,
      roleId,
    });
  }
  return conflicts;
}

/** The incoming content becomes the next version here; the version it clashed with stays as it was. */
async function takeIncoming(
  db: Db,
  ctx: CoreContext,
  row: { type: string; record_id: string; body: string; file_name: string | null; version: number },
) {
  const type = row.type as ExchangeRecordType;
  const adapter = adapters[type];
  const rows = await ledgerRows(db, type, row.record_id);
  let body = adapter.schema.parse(JSON.parse(row.body));
  let version = Math.max(0, ...rows.map((r) => r.version)) + 1;
  if (adapter.native) {
    const current = await db
      .selectFrom('scorecards')
      .select('version')
      .where('id', '=', row.record_id)
      .executeTakeFirst();
    version = Math.max(version, (current?.version ?? 0) + 1);
    body = {
      ...(body as ScorecardBody),
      reason: `Took the other content of version ${row.version}${row.file_name ? `, from ${row.file_name}` : ''}, after a conflict.`,
      submittedAt: ctx.clock().toISOString(),
    };
  }
  await adapter.apply(db, ctx, row.record_id, body, version);
  const origin = await newOrigin(db, ctx);
  await recordVersion(db, ctx, {
    type,
    recordId: row.record_id,
    version,
    origin,
    body,
    state: 'applied',
    fileName: null,
  });
}

export async function resolveConflict(
  ctx: CoreContext,
  input: z.output<typeof exchangeResolveInput>,
): Promise<ExchangeConflict[]> {
  await ctx.database.db.transaction().execute(async (db) => {
    const row = await db
      .selectFrom('transfer_records')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (row?.state !== 'conflict')
      throw new AppError('not_found', 'That conflict is resolved already, or never was one.');
    if (input.keep === 'incoming') await takeIncoming(db, ctx, row);
    await db
      .updateTable('transfer_records')
      .set({ state: input.keep === 'incoming' ? 'taken' : 'dropped' })
      .where('id', '=', row.id)
      .execute();
  });
  return listConflicts(ctx, {});
}
