import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ExchangeOutcome, ExchangeRecordType, VersionOrigin } from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import type { DB } from '../db/schema';
import { sha256Hex } from './transfer-file';

type Db = Kysely<DB>;

/**
 * The ledger of versions (table transfer_records): what gives every exchanged record one set
 * of merge rules. A version is identified by (type, id, version); its content by the SHA-256
 * of its JSON. A version is minted when content leaves this install and recorded when it
 * arrives, each with its origin: the install that made it and that install's own counter.
 */

export const bodyHash = (body: unknown): string => sha256Hex(JSON.stringify(body));

export interface LedgerRow {
  id: string;
  version: number;
  sha256: string;
  state: string;
  origin: VersionOrigin;
}

export async function installIdOf(db: Db): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'install_id').executeTakeFirst();
  return row?.value ?? 'unknown-install';
}

/** The next value of this install's counter (kept in meta): each minted version gets one. */
async function nextCounter(db: Db): Promise<number> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'transfer_counter')
    .executeTakeFirst();
  const next = Number(row?.value ?? 0) + 1;
  await db
    .insertInto('meta')
    .values({ key: 'transfer_counter', value: String(next) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(next) }))
    .execute();
  return next;
}

export async function ledgerRows(db: Db, type: ExchangeRecordType, recordId: string): Promise<LedgerRow[]> {
  const rows = await db
    .selectFrom('transfer_records')
    .select(['id', 'version', 'sha256', 'state', 'origin_install', 'origin_counter', 'origin_at'])
    .where('type', '=', type)
    .where('record_id', '=', recordId)
    .orderBy('version')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    sha256: r.sha256,
    state: r.state,
    origin: { installId: r.origin_install, counter: r.origin_counter, at: r.origin_at },
  }));
}

/** Versions that are, or were, this install's own content (not a conflict left open or dropped). */
export const accepted = (rows: LedgerRow[]) =>
  rows.filter((r) => r.state === 'applied' || r.state === 'taken');

export async function recordVersion(
  db: Db,
  ctx: CoreContext,
  entry: {
    type: ExchangeRecordType;
    recordId: string;
    version: number;
    origin: VersionOrigin;
    body: unknown;
    sha256?: string;
    state: 'applied' | 'conflict' | 'taken';
    fileName: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('transfer_records')
    .values({
      id,
      type: entry.type,
      record_id: entry.recordId,
      version: entry.version,
      origin_install: entry.origin.installId,
      origin_counter: entry.origin.counter,
      origin_at: entry.origin.at,
      sha256: entry.sha256 ?? bodyHash(entry.body),
      body: JSON.stringify(entry.body),
      state: entry.state,
      file_name: entry.fileName,
      recorded_at: ctx.clock().toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return id;
}

/** A new origin stamp of this install. */
export async function newOrigin(db: Db, ctx: CoreContext): Promise<VersionOrigin> {
  return { installId: await installIdOf(db), counter: await nextCounter(db), at: ctx.clock().toISOString() };
}

/**
 * The version a record leaves this install with. `native`: the record numbers its own
 * versions (a scorecard); otherwise the last version known here when its content is still
 * the same, or the next number above every version known, minted now.
 */
export async function mintVersion(
  db: Db,
  ctx: CoreContext,
  type: ExchangeRecordType,
  recordId: string,
  body: unknown,
  native?: number,
): Promise<{ version: number; origin: VersionOrigin }> {
  const sha256 = bodyHash(body);
  const rows = await ledgerRows(db, type, recordId);
  const same = rows.find((r) => r.sha256 === sha256 && (native === undefined || r.version === native));
  if (same && (native !== undefined || same === accepted(rows).at(-1))) {
    return { version: same.version, origin: same.origin };
  }
  const version = native ?? Math.max(0, ...rows.map((r) => r.version)) + 1;
  const origin = await newOrigin(db, ctx);
  await recordVersion(db, ctx, {
    type,
    recordId,
    version,
    origin,
    body,
    sha256,
    state: 'applied',
    fileName: null,
  });
  return { version, origin };
}

export interface Classified {
  outcome: ExchangeOutcome;
  /** For new-version: false when it is older than the version here (kept as history, not shown live). */
  applyLive: boolean;
  reason?: string;
}

/**
 * The merge rules, in one place. `live` is this database's content of the record (for a
 * native-versioned record, of that version); `localEdits` says whether people edit the record
 * here, so that a local change since the last version known makes a newer one a conflict.
 */
export function classify(input: {
  rows: LedgerRow[];
  version: number;
  sha256: string;
  live: unknown | null;
  native: boolean;
  localEdits: boolean;
  existsLive: boolean;
}): Classified {
  const { rows, version, sha256, live } = input;
  if (rows.some((r) => r.version === version && r.sha256 === sha256))
    return { outcome: 'unchanged', applyLive: false };
  const liveHash = live === null ? null : bodyHash(live);
  const conflict = (reason: string): Classified => ({ outcome: 'conflict', applyLive: false, reason });
  const sameVersion = accepted(rows).find((r) => r.version === version);
  if (input.native) {
    if (liveHash === sha256) return { outcome: 'unchanged', applyLive: false };
    if (liveHash !== null || sameVersion) return conflict(`Version ${version} here has other content.`);
    return { outcome: input.existsLive ? 'new-version' : 'added', applyLive: true };
  }
  if (sameVersion) return conflict(`Version ${version} here has other content.`);
  const known = accepted(rows);
  const latest = known.at(-1);
  if (!latest) {
    if (liveHash === null) return { outcome: 'added', applyLive: true };
    if (liveHash === sha256) return { outcome: 'unchanged', applyLive: false };
    return conflict('This database has its own content for it, never exchanged before.');
  }
  if (version < latest.version) return { outcome: 'new-version', applyLive: false };
  if (input.localEdits && liveHash !== null && liveHash !== latest.sha256) {
    return conflict(`Changed here since version ${latest.version}, and the file brings version ${version}.`);
  }
  return { outcome: 'new-version', applyLive: true };
}
