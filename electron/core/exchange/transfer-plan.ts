import type {
  ExchangeKind,
  ExchangeOutcome,
  ExchangeRecordResult,
  ExchangeRecordType,
} from '../../../shared/pack-exchange';
import { AppError } from '../errors';
import type { Db } from './transfer-adapter';
import { adapters, applyOrder } from './transfer-adapters';
import { type TransferPayload, type TransferRecord, transferPayload } from './transfer-bodies';
import { bodyHash, type Classified, classify, ledgerRows } from './transfer-ledger';

/** A record of the file, its content checked and hashed as it came (before any id is mapped). */
export interface IncomingRecord extends Omit<TransferRecord, 'body'> {
  body: unknown;
  sha256: string;
}

export interface PlannedRecord {
  record: IncomingRecord;
  classified: Classified;
  /** Whether the ledger already has this very version (an unchanged one found by content needs a row). */
  inLedger: boolean;
  result: ExchangeRecordResult;
}

/** Which record types each kind of file may carry. */
const allowedTypes: Record<ExchangeKind, ExchangeRecordType[]> = {
  pack: ['role-summary', 'question', 'round', 'candidate-summary', 'pack'],
  scorecard: ['role-summary', 'candidate-summary', 'interview', 'scorecard'],
  'role-bundle': ['role', 'jd', 'question', 'round', 'candidate', 'interview', 'scorecard'],
};

/**
 * The payload checked against its kind: every record's content by its type's schema, so a
 * file with one bad record is refused whole, before anything is written.
 */
export function checkPayload(
  kind: ExchangeKind,
  payload: unknown,
  fileName: string,
): { payload: TransferPayload; records: IncomingRecord[] } {
  const refuse = (why: string): never => {
    throw new AppError('bad_input', `${fileName} ${why} Nothing was imported.`);
  };
  const parsed = transferPayload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      `does not hold what a Reqdesk ${kind} file holds (${issue?.path.join('.')}: ${issue?.message}).`,
    );
  }
  const records: IncomingRecord[] = [];
  const seen = new Set<string>();
  for (const [index, record] of parsed.data.records.entries()) {
    if (!allowedTypes[kind].includes(record.type))
      refuse(`carries a ${record.type} record, which a ${kind} file never does.`);
    const key = `${record.type}/${record.id}/${record.version}`;
    if (seen.has(key)) refuse(`carries version ${record.version} of one ${record.type} twice.`);
    seen.add(key);
    const body = adapters[record.type].schema.safeParse(record.body);
    if (!body.success) {
      const issue = body.error.issues[0];
      refuse(
        `has a ${record.type} record that does not check out (record ${index + 1}, ${issue?.path.join('.')}: ${issue?.message}).`,
      );
    }
    // The hash is of the content as written; the checked copy (defaults filled) is what is stored.
    records.push({ ...record, sha256: bodyHash(record.body), body: (body as { data: unknown }).data });
  }
  if (
    kind === 'pack' &&
    records.filter((r) => r.type === 'pack' && r.id === parsed.data.packId).length !== 1
  ) {
    refuse('is not a whole interview pack (it names no pack).');
  }
  if (kind === 'scorecard' && !records.some((r) => r.type === 'scorecard')) refuse('holds no scorecard.');
  const rank = (type: ExchangeRecordType) => applyOrder.indexOf(type);
  records.sort((a, b) => rank(a.type) - rank(b.type) || a.version - b.version);
  return { payload: parsed.data, records };
}

/** What each record would do here, by the merge rules; reads only. */
export async function planRecords(db: Db, records: IncomingRecord[]): Promise<PlannedRecord[]> {
  const inFile = (type: ExchangeRecordType, id: string) =>
    records.some((r) => r.type === type && r.id === id);
  const planned: PlannedRecord[] = [];
  const comingIn = new Set<string>();
  for (const record of records) {
    const adapter = adapters[record.type];
    const rows = await ledgerRows(db, record.type, record.id);
    const key = `${record.type}/${record.id}`;
    const live = await adapter.live(db, record.id, record.version);
    let classified = classify({
      rows,
      version: record.version,
      sha256: record.sha256,
      live,
      native: adapter.native,
      localEdits: adapter.localEdits,
      existsLive: comingIn.has(key) || (await adapter.exists(db, record.id)),
    });
    // An earlier version of the same record in this file comes in first: this one follows it.
    if (classified.outcome === 'added' && comingIn.has(key))
      classified = { outcome: 'new-version', applyLive: true };
    if (classified.applyLive) {
      const why = (await adapter.refusal?.(db, record.id, record.body, inFile)) ?? null;
      if (why) classified = { outcome: 'refused', applyLive: false, reason: why };
      else comingIn.add(key);
    }
    const inLedger = rows.some((r) => r.version === record.version && r.sha256 === record.sha256);
    planned.push({
      record,
      classified,
      inLedger,
      result: {
        type: record.type,
        id: record.id,
        label: adapter.label(record.body),
        version: record.version,
        outcome: classified.outcome,
        ...(classified.reason ? { reason: classified.reason } : {}),
      },
    });
  }
  return planned;
}

export function countOutcomes(results: ExchangeRecordResult[]): Record<ExchangeOutcome, number> {
  const counts: Record<ExchangeOutcome, number> = {
    added: 0,
    'new-version': 0,
    unchanged: 0,
    conflict: 0,
    refused: 0,
  };
  for (const r of results) counts[r.outcome]++;
  return counts;
}

export function summaryOf(counts: Record<ExchangeOutcome, number>, dryRun: boolean): string {
  const parts = [
    `${counts.added} added`,
    `${counts['new-version']} new ${counts['new-version'] === 1 ? 'version' : 'versions'}`,
    `${counts.unchanged} unchanged`,
    `${counts.conflict} ${counts.conflict === 1 ? 'conflict' : 'conflicts'}`,
    `${counts.refused} refused`,
  ];
  return `${dryRun ? 'Would bring in' : 'Brought in'}: ${parts.join(', ')}.`;
}
