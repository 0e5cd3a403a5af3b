import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import {
  type FacetCounts,
  type FacetName,
  facetNames,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type QuestionFilters,
  type QuestionHit,
  type QuestionSearchResult,
  type questionSearchInput,
} from '../../../shared/questions';
import type { CoreContext } from '../context';
import { toMatchExpression, toSearchMatch } from './fts-query';

type Input = z.output<typeof questionSearchInput>;

/** The filters without one facet (facet counts leave a facet's own selection out). */
function without(filters: QuestionFilters, except?: FacetName): QuestionFilters {
  return except ? { ...filters, [except]: undefined } : filters;
}

/** The matching rows' seq: FTS matches (words and filters) when there are any, else every live question. */
export function matchingSeqs(text: string, filters: QuestionFilters): RawBuilder<unknown> {
  const match = toSearchMatch(text, filters);
  return match
    ? sql`select rowid as seq from questions_fts where questions_fts match ${match}`
    : sql`select seq from questions where deleted_at is null`;
}

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

/**
 * One page of results. With text, the page is cut inside the FTS5 query itself (ORDER BY
 * rank with LIMIT), so FTS5 ranks in its own sorter and computes highlights for the page's
 * rows only; filters narrow the same query, so the index is never bypassed.
 */
export async function searchQuestions(ctx: CoreContext, input: Input): Promise<QuestionSearchResult> {
  const { db } = ctx.database;
  const match = toSearchMatch(input.text, input.filters);
  const ranked = toMatchExpression(input.text) !== null;

  const page = match
    ? await sql<PageRow>`
        select ${pageColumns}, f.marked, f.snippet
        from (
          select rowid as seq, ${ranked ? BM25 : sql`0`} as score,
            highlight(questions_fts, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) as marked,
            coalesce(
              nullif(snippet(questions_fts, 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14), ''),
              snippet(questions_fts, 3, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14)
            ) as snippet
          from questions_fts
          where questions_fts match ${match}
          order by ${ranked ? sql`score` : sql`rowid`}
          ${ranked ? sql`limit ${input.limit} offset ${input.offset}` : sql``}
        ) f join questions q on q.seq = f.seq
        order by ${ranked ? sql`f.score, q.seq` : sql`q.topic, q.seq`}
        ${ranked ? sql`` : sql`limit ${input.limit} offset ${input.offset}`}
      `.execute(db)
    : await sql<PageRow>`
        select ${pageColumns}, null as marked, null as snippet
        from questions q
        where q.deleted_at is null
        order by q.topic, q.seq
        limit ${input.limit} offset ${input.offset}
      `.execute(db);

  const total = await sql<{
    n: number;
  }>`select count(*) as n from (${matchingSeqs(input.text, input.filters)})`.execute(db);

  const hits: QuestionHit[] = page.rows.map((row) => {
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
  });
  return { hits, total: total.rows[0]?.n ?? 0 };
}

/**
 * How many questions each facet value would give, for the current text and filters. A
 * facet's own selection is left out of its counts, so picking "senior" still shows how
 * many "mid" questions there are.
 */
/** Values listed per facet, most common first. */
export const FACET_VALUE_LIMIT = 50;

export async function countFacets(
  ctx: CoreContext,
  input: Pick<Input, 'text' | 'filters'>,
): Promise<FacetCounts> {
  const { db } = ctx.database;
  const counts = Object.fromEntries(facetNames.map((f) => [f, []])) as unknown as FacetCounts;
  const active = facetNames.filter((f) => (input.filters[f]?.length ?? 0) > 0);
  const passes: (FacetName | undefined)[] = [undefined, ...active];
  for (const except of passes) {
    const wanted = except ? [except] : facetNames.filter((f) => !active.includes(f));
    if (wanted.length === 0) continue;
    const rows = await sql<{ facet: FacetName; value: string; count: number }>`
      select qf.facet, qf.value, count(*) as count
      from (${matchingSeqs(input.text, without(input.filters, except))}) f
      join question_facets qf on qf.seq = f.seq
      where qf.facet in (${sql.join(wanted)})
      group by qf.facet, qf.value
      order by count desc, qf.value
    `.execute(db);
    for (const row of rows.rows) counts[row.facet].push({ value: row.value, count: row.count });
  }
  // A bank can hold hundreds of topics: the most common ones, plus whatever is selected.
  for (const facet of facetNames) {
    const selected = new Set(input.filters[facet] ?? []);
    counts[facet] = counts[facet].filter((c, i) => i < FACET_VALUE_LIMIT || selected.has(c.value));
  }
  return counts;
}
