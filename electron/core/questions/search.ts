import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type QuestionFilters,
  type QuestionHit,
  type QuestionSearchResult,
  type questionSearchInput,
} from '../../../shared/questions';
import type { CoreContext } from '../context';
import { toSearchMatch, toTextFirstMatches } from './fts-query';
import { allSeqs, countMatches, type MatchSource } from './match-sample';
import { facetListsOf } from './row';

type Input = z.output<typeof questionSearchInput>;

/** The matching rows' seq: FTS matches (words and filters) when there are any, else every live question. */
export function matchingSeqs(text: string, filters: QuestionFilters): RawBuilder<unknown> {
  return allSeqs(toSearchMatch(text, filters));
}

/**
 * Where ranking gives way to speed. bm25 scores every match (about a microsecond each), so
 * ranking the 50,000 matches of a two-letter prefix takes 50 ms or more: past `rankedMatches`
 * the list is text-first instead, which reads only up to the page asked for.
 */
export interface SearchLimits {
  rankedMatches: number;
}

export const SEARCH_LIMITS: SearchLimits = { rankedMatches: 3000 };

interface PageRow {
  seq: number;
  id: string;
  category: string;
  topic: string;
  text: string;
  levels: string;
  archetypes: string;
  rounds: string;
  minutes: number;
  origin: string;
  updated_at: string;
  /** With text: the question text with matches marked, and the best fragment of any column. */
  marked: string | null;
  snippet: string | null;
}

/**
 * Ranking weights per column (text, topic, strong answer, tags), written out rather than
 * read from the table's `rank` setting: SQLite then sorts the page itself, which measured
 * a third faster at 100k questions (npm run bench -- questions).
 */
export const BM25 = sql`bm25(question_search, 10.0, 5.0, 2.0, 1.0)`;

const pageColumns = sql`q.seq, q.id, q.category, q.topic, q.text, q.levels, q.archetypes, q.rounds, q.minutes, q.origin, q.updated_at`;

const marks = sql`highlight(question_search, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) as marked,
  coalesce(
    nullif(snippet(question_search, 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14), ''),
    snippet(question_search, 3, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14)
  ) as snippet`;

/**
 * Page rows with their highlights, for the given seqs, in that order. One walk of the matches
 * inside [first, last] seq; the unary + keeps the list out of FTS5's own lookup (a lookup per
 * seq repeats the prefix merge each time) so highlights are made for these rows only.
 */
async function markedRows(ctx: CoreContext, match: string, seqs: number[]): Promise<PageRow[]> {
  if (seqs.length === 0) return [];
  const page = await sql<PageRow>`
    select ${pageColumns}, f.marked, f.snippet
    from (
      select rowid as seq, ${marks}
      from question_search
      where question_search match ${match}
        and rowid between ${Math.min(...seqs)} and ${Math.max(...seqs)}
        and +rowid in (select value from json_each(${JSON.stringify(seqs)}))
    ) f join questions q on q.seq = f.seq
  `.execute(ctx.database.db);
  const bySeq = new Map(page.rows.map((row) => [row.seq, row]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

/**
 * Best match first. bm25 scores every match, but the sort keeps only seqs and scores:
 * highlighting inside the sorted query would make highlights for every row the sort keeps,
 * which for a deep page is every row above it.
 *
 * Only the words are ranked: with filters, `within` holds the seqs that also pass them and
 * the walk keeps just those. A filter in the MATCH would make bm25 read the whole index list
 * of every chosen facet value (half the bank for a common level) to weigh a term every
 * result shares, and would let the length of a question's facet list sway its place.
 */
async function rankedPage(
  ctx: CoreContext,
  words: string,
  within: number[] | null,
  limit: number,
  offset: number,
): Promise<PageRow[]> {
  const keep =
    within === null
      ? sql``
      : sql`and rowid between ${Math.min(...within)} and ${Math.max(...within)}
        and +rowid in (select value from json_each(${JSON.stringify(within)}))`;
  const ranked = await sql<{ seq: number }>`
    select rowid as seq from question_search
    where question_search match ${words} ${keep}
    order by ${BM25}, rowid
    limit ${limit} offset ${offset}
  `.execute(ctx.database.db);
  return markedRows(
    ctx,
    words,
    ranked.rows.map((r) => r.seq),
  );
}

/**
 * Matches in the order they were added, with highlights. FTS5 walks its index in rowid order
 * and SQLite skips the offset before making a row's highlights, so nothing is sorted and only
 * the page's rows are highlighted.
 */
async function addedOrderPage(
  ctx: CoreContext,
  match: string,
  limit: number,
  offset: number,
): Promise<PageRow[]> {
  if (limit <= 0) return [];
  const page = await sql<PageRow>`
    select ${pageColumns}, f.marked, f.snippet
    from (
      select rowid as seq, ${marks}
      from question_search
      where question_search match ${match}
      order by rowid
      limit ${limit} offset ${offset}
    ) f join questions q on q.seq = f.seq
    order by q.seq
  `.execute(ctx.database.db);
  return page.rows;
}

/**
 * Too many matches to rank within a keystroke: those with every word in the question text
 * first (the column bm25 weighs most), then the rest, each in the order they were added. Only
 * the matches before the page's end are walked, so page 50 costs about what page 1 does.
 */
async function textFirstPage(ctx: CoreContext, input: Input): Promise<PageRow[]> {
  const split = toTextFirstMatches(input.text, input.filters);
  if (!split) return [];
  const first = await addedOrderPage(ctx, split.inText, input.limit, input.offset);
  if (first.length === input.limit) return first;
  // The text group ends on or before this page: how many it holds says where the rest starts.
  let inText = input.offset + first.length;
  if (first.length === 0) {
    const counted = await sql<{ n: number }>`
      select count(*) as n from (
        select rowid from question_search where question_search match ${split.inText} limit ${input.offset}
      )`.execute(ctx.database.db);
    inText = counted.rows[0]?.n ?? 0;
  }
  const rest = await addedOrderPage(
    ctx,
    split.elsewhere,
    input.limit - first.length,
    Math.max(0, input.offset - inText),
  );
  return [...first, ...rest];
}

/**
 * Without words, the list is by topic. A small set is sorted; a large one walks the topic
 * index and keeps the rows that pass every filter (each check is one seek in the facet
 * table's primary key), stopping at the page's end rather than sorting every match.
 */
async function topicPage(ctx: CoreContext, input: Input, small: boolean): Promise<PageRow[]> {
  const { db } = ctx.database;
  const active = Object.entries(input.filters).filter(([, values]) => values && values.length > 0);
  const match = toSearchMatch('', input.filters);
  if (match && small) {
    const page = await sql<PageRow>`
      select ${pageColumns}, null as marked, null as snippet
      from (select rowid as seq from question_search where question_search match ${match}) f
      join questions q on q.seq = f.seq
      order by q.topic, q.seq
      limit ${input.limit} offset ${input.offset}`.execute(db);
    return page.rows;
  }
  const checks = active.map(
    ([facet, values]) =>
      sql`and exists (select 1 from question_facets qf where qf.facet = ${facet}
        and qf.value in (${sql.join(values ?? [])}) and qf.seq = q.seq)`,
  );
  const page = await sql<PageRow>`
    select ${pageColumns}, null as marked, null as snippet
    from questions q indexed by questions_live_topic
    where q.deleted_at is null ${sql.join(checks, sql` `)}
    order by q.topic, q.seq
    limit ${input.limit} offset ${input.offset}`.execute(db);
  return page.rows;
}

/**
 * The seqs of the first `upTo` matches (all of them when `upTo` is not finite), in the order
 * FTS5 walks them: one walk answers both "few enough to rank?" and which rows to rank.
 */
async function firstMatches(ctx: CoreContext, match: string, upTo: number): Promise<number[]> {
  const found = await sql<{ seq: number }>`
    select rowid as seq from question_search where question_search match ${match}
    limit ${Number.isFinite(upTo) ? upTo : -1}`.execute(ctx.database.db);
  return found.rows.map((r) => r.seq);
}

/** One page of results and how many there are in all. */
export async function searchQuestions(
  ctx: CoreContext,
  input: Input,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<QuestionSearchResult> {
  const match: MatchSource = toSearchMatch(input.text, input.filters);
  const words = toSearchMatch(input.text, {});
  if (words === null || match === null) {
    const total = await countMatches(ctx, match);
    const rows = await topicPage(ctx, input, total <= limits.rankedMatches);
    return { hits: rows.map(toHit), total, order: 'topic' };
  }
  const found = await firstMatches(ctx, match, limits.rankedMatches + 1);
  if (found.length <= limits.rankedMatches) {
    const within = match === words ? null : found;
    const rows =
      input.offset < found.length ? await rankedPage(ctx, words, within, input.limit, input.offset) : [];
    return { hits: rows.map(toHit), total: found.length, order: 'relevance' };
  }
  const total = await countMatches(ctx, match);
  return { hits: (await textFirstPage(ctx, input)).map(toHit), total, order: 'text-first' };
}

function toHit(row: PageRow): QuestionHit {
  const textHasMatch = row.marked?.includes(HIGHLIGHT_START) ?? false;
  return {
    id: row.id,
    category: row.category as QuestionHit['category'],
    topic: row.topic,
    textHighlighted: row.marked ?? row.text,
    snippet: row.snippet?.includes(HIGHLIGHT_START) && !textHasMatch ? row.snippet : null,
    ...facetListsOf(row),
    minutes: row.minutes,
    origin: row.origin as QuestionHit['origin'],
    updatedAt: row.updated_at,
  };
}
