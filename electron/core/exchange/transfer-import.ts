import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ExchangeImportInput, ExchangeReport, exchangeImportInput } from '../../../shared/pack-exchange';
import { afterBackup } from '../backup/channels';
import type { CoreContext } from '../context';
import type { Db } from './transfer-adapter';
import { adapters } from './transfer-adapters';
import type { InterviewBody, PackBody } from './transfer-bodies';
import { openTransferFile } from './transfer-file';
import { recordVersion } from './transfer-ledger';
import {
  checkPayload,
  countOutcomes,
  type IncomingRecord,
  type PlannedRecord,
  planRecords,
  summaryOf,
} from './transfer-plan';

type Input = z.output<typeof exchangeImportInput>;

interface Landing {
  records: IncomingRecord[];
  unknownPack: ExchangeReport['unknownPack'];
  target: ExchangeReport['target'];
}

/**
 * Where a returned scorecard lands: on the candidate of the pack this database sent, or of
 * the interview already here (a revised scorecard), or, when the person says so for a pack
 * this database never sent, on a new candidate. The file's candidate id is mapped to that one.
 */
async function landScorecard(
  db: Db,
  packId: string | null,
  records: IncomingRecord[],
  input: Input,
): Promise<Landing> {
  const interview = records.find((r) => r.type === 'interview');
  const body = interview?.body as InterviewBody | undefined;
  const fileCandidate = body?.candidateId ?? '';
  const here = interview
    ? await db
        .selectFrom('interviews')
        .select(['candidate_id', 'role_id'])
        .where('id', '=', interview.id)
        .executeTakeFirst()
    : undefined;
  const sent = packId
    ? await db
        .selectFrom('transfer_packs')
        .selectAll()
        .where('id', '=', packId)
        .where('direction', '=', 'sent')
        .executeTakeFirst()
    : undefined;
  const sentCandidate = sent
    ? await db.selectFrom('candidates').select('id').where('id', '=', sent.candidate_id).executeTakeFirst()
    : undefined;
  let candidateId = here?.candidate_id ?? sentCandidate?.id ?? null;
  const scorecardId = records.find((r) => r.type === 'scorecard')?.id ?? null;
  const name =
    (records.find((r) => r.type === 'candidate-summary')?.body as { name?: string } | undefined)?.name ??
    'the candidate';
  if (!candidateId) {
    if (!input.allowUnknownPack) {
      const interviewer = body?.interviewer ?? 'an interviewer';
      return {
        records,
        unknownPack: {
          packId: packId ?? '',
          candidateName: name,
          interviewer,
          message: `This scorecard of ${interviewer} for ${name} answers an interview pack this database never sent${sent ? ' (its candidate was deleted)' : ''}. Nothing was imported. If the pack was lost, import it anyway as a new candidate.`,
        },
        target: null,
      };
    }
    candidateId = randomUUID();
  }
  const mapped = records.map((r) => {
    if (r.type === 'candidate-summary' && r.id === fileCandidate) return { ...r, id: candidateId };
    if (r.type === 'interview' || r.type === 'scorecard')
      return { ...r, body: { ...(r.body as object), candidateId } };
    return r;
  });
  const roleId = here?.role_id ?? sent?.role_id ?? body?.roleId ?? '';
  return {
    records: mapped,
    unknownPack: null,
    target: {
      roleId,
      candidateId,
      roundId: sent?.round_id ?? body?.roundId ?? null,
      interviewer: body?.interviewer ?? null,
      scorecardId,
    },
  };
}

function targetOf(kind: string, packId: string | null, records: IncomingRecord[]): ExchangeReport['target'] {
  if (kind === 'pack') {
    const pack = records.find((r) => r.type === 'pack' && r.id === packId)?.body as PackBody | undefined;
    return pack
      ? {
          roleId: pack.roleId,
          candidateId: pack.candidateId,
          roundId: pack.roundId,
          interviewer: pack.interviewer,
          scorecardId: null,
        }
      : null;
  }
  const role = records.find((r) => r.type === 'role');
  return role
    ? { roleId: role.id, candidateId: null, roundId: null, interviewer: null, scorecardId: null }
    : null;
}

async function applyPlanned(
  db: Db,
  ctx: CoreContext,
  planned: PlannedRecord[],
  fileName: string,
): Promise<void> {
  for (const { record, classified, inLedger } of planned) {
    const { outcome, applyLive } = classified;
    if (outcome === 'refused' || (outcome === 'unchanged' && inLedger)) continue;
    if (applyLive) await adapters[record.type].apply(db, ctx, record.id, record.body, record.version);
    await recordVersion(db, ctx, {
      type: record.type,
      recordId: record.id,
      version: record.version,
      origin: record.origin,
      body: record.body,
      sha256: record.sha256,
      state: outcome === 'conflict' ? 'conflict' : 'applied',
      fileName,
    });
  }
}

const writes = (planned: PlannedRecord[]) =>
  planned.some(
    (p) => p.classified.outcome !== 'refused' && !(p.classified.outcome === 'unchanged' && p.inLedger),
  );

/** Moves whenever anything is written to the file: by this connection, or committed by another. */
async function changeMark(db: Db): Promise<string> {
  const { rows } = await sql<{ mine: number; others: number }>`
    select total_changes() as mine, (select data_version from pragma_data_version) as others`.execute(db);
  return `${rows[0]?.mine}:${rows[0]?.others}`;
}

/**
 * Imports a transfer file, or (dryRun) says what importing would do. The whole file is checked
 * first; an apply that would change something then takes a backup and writes everything in
 * one transaction, so a failure leaves the database as it was. Importing the same file again
 * finds every record unchanged, and writes nothing, not even a backup.
 */
export async function importTransfer(
  ctx: CoreContext,
  input: Input,
  dryRun: boolean,
): Promise<ExchangeReport> {
  const { envelope, payload: raw } = openTransferFile(input.content, input.fileName);
  const { payload, records: checked } = checkPayload(envelope.kind, raw, input.fileName);
  const land = async (db: Db): Promise<Landing> =>
    envelope.kind === 'scorecard'
      ? landScorecard(db, payload.packId, checked, input)
      : { records: checked, unknownPack: null, target: targetOf(envelope.kind, payload.packId, checked) };
  const plan = async (db: Db) => {
    const landing = await land(db);
    const planned = landing.unknownPack ? [] : await planRecords(db, landing.records);
    return { landing, planned };
  };
  // A file that would change nothing takes no backup: an apply looks first, as a dry run does.
  // Inside its write transaction (after the backup) it plans again only if the database changed
  // meanwhile, so what it writes is always what it planned on.
  const seenAt = await changeMark(ctx.database.db);
  const looked = await plan(ctx.database.db);
  const { landing, planned } =
    dryRun || looked.landing.unknownPack || !writes(looked.planned)
      ? looked
      : await afterBackup(ctx, () =>
          ctx.database.db.transaction().execute(async (trx) => {
            const now = (await changeMark(trx)) === seenAt ? looked : await plan(trx);
            if (!now.landing.unknownPack && writes(now.planned))
              await applyPlanned(trx, ctx, now.planned, input.fileName);
            return now;
          }),
        );
  const results = landing.unknownPack
    ? checked.map((r) => ({
        type: r.type,
        id: r.id,
        label: adapters[r.type].label(r.body),
        version: r.version,
        outcome: 'refused' as const,
        reason: 'Answers a pack this database never sent.',
      }))
    : planned.map((p) => p.result);
  const counts = countOutcomes(results);
  return {
    dryRun,
    kind: envelope.kind,
    fileName: input.fileName,
    sha256: envelope.sha256,
    formatVersion: envelope.formatVersion,
    from: {
      installId: envelope.installId,
      appVersion: envelope.app.version,
      exportedAt: envelope.exportedAt,
    },
    counts,
    records: results,
    unknownPack: landing.unknownPack,
    target: landing.target,
    summary: landing.unknownPack ? landing.unknownPack.message : summaryOf(counts, dryRun),
  };
}

export type { ExchangeImportInput };
