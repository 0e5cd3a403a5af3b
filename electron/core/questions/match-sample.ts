import { type RawBuilder, sql } from 'kysely';
import type { CoreContext } from '../context';

/**
 * What a search matches: an FTS5 MATCH expression (words and filters), or null for every
 * live question. Counting every match of a one-letter prefix in a big bank takes longer than
 * a keystroke, so counts past a limit are estimated from a sample spread over the bank.
 */
export type MatchSource = string | null;

/** Matching seqs in [from, to), ascending, at most `limit` of them. */
function seqsBetween(source: MatchSource, from: number, to: number, limit: number): RawBuilder<unknown> {
  return source
    ? sql`select rowid as seq from questions_fts where questions_fts match ${source}
          and rowid >= ${from} and rowid < ${to} order by rowid limit ${limit}`
    : sql`select seq from questions where deleted_at is null
          and seq >= ${from} and seq < ${to} order by seq limit ${limit}`;
}

/** The first `limit` matching seqs (FTS5 walks its doclists in rowid order: no sort). */
function firstSeqs(source: MatchSource, limit: number): RawBuilder<unknown> {
  return source
    ? sql`select rowid as seq from questions_fts where questions_fts match ${source} limit ${limit}`
    : sql`select seq from questions where deleted_at is null order by seq limit ${limit}`;
}

export interface Count {
  count: number;
  exact: boolean;
}

/** Windows the seq range is cut into for an estimate; more windows follow skew better. */
const WINDOWS = 16;

/**
 * How many questions match: exact up to `cap` (a bounded walk of the index), estimated past it.
 */
export async function countMatches(ctx: CoreContext, source: MatchSource, cap: number): Promise<Count> {
  const { db } = ctx.database;
  const counted = await sql<{ n: number }>`select count(*) as n from (${firstSeqs(source, cap + 1)})`.execute(
    db,
  );
  const n = counted.rows[0]?.n ?? 0;
  if (n <= cap) return { count: n, exact: true };
  const sample = await sampleMatches(ctx, source, WINDOWS * 64);
  return { count: Math.max(sample.total, n), exact: sample.exact };
}

export interface MatchSample {
  /** Sampled seqs with how many matches each stands for (1 each when every match was read). */
  weights: [seq: number, weight: number][];
  /** Matches in all: exact when every match was read, else the estimate. */
  total: number;
  exact: boolean;
}

/**
 * At most about `size` matching seqs, with weights that scale their counts up to the whole
 * match set. Every match is read when there are no more than `size`. Otherwise the seq range is
 * cut into equal windows and the first matches of each are read: a window read to its end is
 * counted exactly, any other is estimated from how densely its first matches lie, so a bank
 * whose questions differ by age (the starter set first, an import later) is still sampled
 * from every part.
 */
export async function sampleMatches(ctx: CoreContext, source: MatchSource, size: number): Promise<MatchSample> {
  const { db } = ctx.database;
  const first = await sql<{ seq: number }>`${firstSeqs(source, size + 1)}`.execute(db);
  if (first.rows.length <= size) {
    return { weights: first.rows.map((r) => [r.seq, 1]), total: first.rows.length, exact: true };
  }
  const range = await sql<{ lo: number; hi: number }>`
    select min(seq) as lo, max(seq) as hi from questions`.execute(db);
  const lo = range.rows[0]?.lo ?? 0;
  const hi = (range.rows[0]?.hi ?? 0) + 1;
  const span = Math.max(1, Math.ceil((hi - lo) / WINDOWS));
  const perWindow = Math.max(1, Math.ceil(size / WINDOWS));
  const windows = Array.from({ length: WINDOWS }, (_, w) => ({
    from: lo + w * span,
    to: Math.min(hi, lo + (w + 1) * span),
  })).filter((w) => w.from < w.to);
  const rows = await sql<{ w: number; seq: number }>`
    ${sql.join(
      windows.map(
        (win, w) => sql`select * from (select ${w} as w, seq from (${seqsBetween(source, win.from, win.to, perWindow)}))`,
      ),
      sql` union all `,
    )}`.execute(db);

  const byWindow = windows.map(() => [] as number[]);
  for (const row of rows.rows) byWindow[row.w]?.push(row.seq);
  const weights: [number, number][] = [];
  let total = 0;
  let exact = true;
  byWindow.forEach((seqs, w) => {
    const win = windows[w];
    const last = seqs.at(-1);
    if (!win || last === undefined) return;
    let estimate = seqs.length;
    if (seqs.length >= perWindow) {
      // The window was not read to its end: its first matches covered [from, last].
      exact = false;
      estimate = (seqs.length * (win.to - win.from)) / (last - win.from + 1);
    }
    total += estimate;
    for (const seq of seqs) weights.push([seq, estimate / seqs.length]);
  });
  return { weights, total: exact ? total : Math.round(total), exact };
}

/** Rounds an estimate to two significant figures ("about 51,000"): more would claim a precision it lacks. */
export function roundEstimate(n: number): number {
  if (n < 1) return n > 0 ? 1 : 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
