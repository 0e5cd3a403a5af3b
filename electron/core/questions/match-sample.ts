import { type RawBuilder, sql } from 'kysely';
import type { CoreContext } from '../context';

/** What a search matches: an FTS5 MATCH expression (words and filters), or null for every live question. */
export type MatchSource = string | null;

/** Every matching seq (FTS5 walks its doclists in rowid order: no sort). */
export function allSeqs(source: MatchSource): RawBuilder<unknown> {
  return source
    ? sql`select rowid as seq from question_search where question_search match ${source}`
    : sql`select seq from questions indexed by questions_live_topic where deleted_at is null`;
}

/** How many questions match. Walking the index costs about a tenth of ranking what it walks. */
export async function countMatches(ctx: CoreContext, source: MatchSource): Promise<number> {
  const counted = await sql<{ n: number }>`select count(*) as n from (${allSeqs(source)})`.execute(
    ctx.database.db,
  );
  return counted.rows[0]?.n ?? 0;
}

export interface MatchSample {
  seqs: number[];
  /** How many matches each sampled seq stands for: 1 when every match was read. */
  scale: number;
  total: number;
  exact: boolean;
}

/**
 * Odd multiplier of a Weyl sequence: (seq × A) mod 2^32 spreads consecutive seqs evenly over
 * [0, 2^32), so keeping those below a threshold keeps a share of every part of the bank (the
 * starter set, an old import, this week's questions) without a periodic pattern in the seqs
 * lining up with it.
 */
const SPREAD = 2654435761;
const RANGE = 4294967296;

/**
 * All matching seqs when there are at most `exactUpTo`; else about `size` of them spread over
 * the whole bank, each standing for total / sampled matches.
 */
export async function sampleMatches(
  ctx: CoreContext,
  source: MatchSource,
  size: number,
  exactUpTo = size,
): Promise<MatchSample> {
  const { db } = ctx.database;
  const total = await countMatches(ctx, source);
  if (total <= Math.max(size, exactUpTo)) {
    const all = await sql<{ seq: number }>`${allSeqs(source)}`.execute(db);
    return { seqs: all.rows.map((r) => r.seq), scale: 1, total, exact: true };
  }
  const threshold = Math.floor((RANGE * size) / total);
  const picked = await sql<{ seq: number }>`
    select seq from (${allSeqs(source)}) where (seq * ${SPREAD}) % ${RANGE} < ${threshold}`.execute(db);
  const seqs = picked.rows.map((r) => r.seq);
  return { seqs, scale: seqs.length > 0 ? total / seqs.length : 0, total, exact: false };
}

/** Rounds an estimate to two significant figures ("about 51,000"): more would claim a precision it lacks. */
export function roundEstimate(n: number): number {
  if (n < 1) return n > 0 ? 1 : 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
