import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ExchangeRecordType } from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import type { DB } from '../db/schema';

export type Db = Kysely<DB>;
export type InFile = (type: ExchangeRecordType, id: string) => boolean;

/**
 * How one type of record meets the database: read as a transfer body, written from one. The
 * merge rules themselves (transfer-ledger.ts classify) are the same for every type.
 */
export interface RecordAdapter<Body = unknown> {
  schema: z.ZodType<Body>;
  /** The record numbers its own versions (a scorecard): the ledger does not mint them. */
  native: boolean;
  /** People edit this record here, so a local change since the last version known is a conflict. */
  localEdits: boolean;
  /** This database's content of the record (native: of that version), as a body; null if none. */
  live(db: Db, id: string, version: number): Promise<Body | null>;
  exists(db: Db, id: string): Promise<boolean>;
  /**
   * Why this record cannot come in here, or null (checked before anything is written);
   * `inFile` tells whether a record it depends on comes with it.
   */
  refusal?(db: Db, id: string, body: Body, inFile: InFile): Promise<string | null>;
  /** Writes the version into the live tables (it is the newest, or the first). */
  apply(db: Db, ctx: CoreContext, id: string, body: Body, version: number): Promise<void>;
  label(body: Body): string;
}

export const adapterOf = <Body>(adapter: RecordAdapter<Body>): RecordAdapter<Body> => adapter;

export type AdapterTable = Record<ExchangeRecordType, RecordAdapter<unknown>>;
