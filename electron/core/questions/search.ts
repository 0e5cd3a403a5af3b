import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type QuestionFilters,
  type QuestionHit,
  type QuestionOrder,
  type QuestionSearchResult,
  type questionSearchInput,
} from '../../../shared/questions';
import type { CoreContext } from '../context';
import { toMatchExpression, toSearchMatch, toTextFirstMatches } from './fts-query';
import { countMatches, type MatchSource, roundEstimate } from './match-sample';

type Input = z.output<typeof questionSearchInput>;

/** The matching rows' seq: FTS matches (words and filters) when there are any, else every live question. */
export function matchingSeqs(text: string, filters: QuestionFilters): RawBuilder<unknown> {
  const match = toSearchMatch(text, filters);
  return match
    ? sql`select rowid as seq from questions_fts where questions_fts match ${match}`
    : sql`select seq from questions where deleted_at is null`;
}

/**
 * Where exactness gives way to speed. bm25 scores every match (about a microsecond each), so
 * ranking 50,000 matches of a two-letter prefix takes 50 ms or more: past `rankedMatches` the
 * list is text-first instead, which reads only the page. Counting is ten times cheaper than
 * ranking but not free: past `countedMatches` the total is estimated.
 */
export interface SearchLimits {
  rankedMatches: number;
  countedMatches: number;
}

export const SEARCH_LIMITS: SearchLimits = { rankedMatches: 3000, countedMatches: 20_000 };

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
export const BM25 = sql`bm25(questions_fts, 10.0, 5.0, 2.0, 1.0)`;

const pageColumns = sql`q.seq, q.id, q.category, q.topic, q.text, q.levels, q.archetypes, q.rounds, q.minutes, q.origin, q.updated_at`;

const marks = sql`highlight(questions_fts, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) as marked,
  coalesce(
    nullif(snippet(questions_fts, 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14), ''),
    snippet(questions_fts, 3, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14)
  ) as snippet`;

/**
 * One page of FTS matches with highlights. The page is cut inside the FTS5 query itself, so
 * highlights are made for the page's rows only and filters narrow the same query. By rank,
 * bm25 scores every match; by rowid, FTS5 walks its index in order and stops after the page.
 */
async function ftsPage(
  ctx: CoreContext,
  match: string,
  by: 'rank' | 'rowid',
  limit: number,
  offset: number,
): Promise<PageRow[]> {
  if (limit <= 0) return [];
  const page = await sql<PageRow>`
    select ${pageColumns}, f.marked, f.snippet
    from (
      select rowid as seq, ${by === 'rank' ? BM25 : sql`rowid`} as score, ${marks}
      from questions_fts
      where questions_fts match ${match}
      order by score
      limit ${limit} offset ${offset}
    ) f join questions q on q.seq = f.seq
    order by f.score, q.seq
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
  const end = input.offset + input.limit;
  const counted = await sql<{ n: number }>`
    select count(*) as n from (
      select rowid from questions_fts where questions_fts match ${split.inText} limit ${end}
    )`.execute(ctx.database.db);
  const inText = counted.rows[0]?.n ?? 0;
  const first = await ftsPage(ctx, split.inText, 'rowid', Math.min(input.limit, inText - input.offset), input.offset);
  const rest = await ftsPage(
    ctx,
    split.elsewhere,
    'rowid',
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
      from (select rowid as seq from questions_fts where questions_fts match ${match}) f
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

/** One page of results and how many there are in all (estimated for a very broad search). */
export async function searchQuestions(
  ctx: CoreContext,
  input: Input,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<QuestionSearchResult> {
  const match: MatchSource = toSearchMatch(input.text, input.filters);
  const counted = await countMatches(ctx, match, limits.countedMatches);
  const rankable = counted.exact && counted.count <= limits.rankedMatches;
  let order: QuestionOrder;
  let rows: PageRow[];
  if (toMatchExpression(input.text) === null) {
    order = 'topic';
    rows = await topicPage(ctx, input, rankable);
  } else if (rankable && match) {
    order = 'relevance';
    rows = await ftsPage(ctx, match, 'rank', input.limit, input.offset);
  } else {
    order = 'text-first';
    rows = await textFirstPage(ctx, input);
  }
  return {
    hits: rows.map(toHit),
    total: counted.exact ? counted.count : roundEstimate(counted.count),
    totalIsEstimate: !counted.exact,
    order,
  };
}

function toHit(row: PageRow): QuestionHit {
  const textHasMatch = row.marked?.includes(HIGHLIGHT_START) ?? false;
  return {
    id: row.id,
    category: row.category as QuestionHit['category'],
    topic: row.topic,
    textHighlighted: row.marked ?? row.text,
    snippet: row.snippet?.includes(HIGHLIGHT_START) && !textHasMatch ? row.snippet : null,
    levels: JSON.parse(row.levels),
    archetypes: JSON.parse(row.archetypes),
    rounds: JSON.parse(row.rounds),
    minutes: row.minutes,
    origin: row.origin as QuestionHit['origin'],
    updatedAt: row.updated_at,
  };
}
