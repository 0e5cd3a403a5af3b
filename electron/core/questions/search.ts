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
import { toMatchExpression } from './fts-query';

type Input = z.output<typeof questionSearchInput>;

/**
 * `seq in (...)` per active facet: OR within a facet, AND across facets. The unary `+`
 * keeps SQLite from handing the IN list to FTS5 as a rowid constraint, which would re-run
 * the MATCH once per listed row (seconds at 100k questions instead of milliseconds).
 */
function facetConditions(filters: QuestionFilters, except?: FacetName): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  for (const facet of facetNames) {
    const values = filters[facet];
    if (facet === except || !values || values.length === 0) continue;
    conditions.push(
      sql`+c.seq in (select seq from question_facets where facet = ${facet} and value in (${sql.join(values)}))`,
    );
  }
  return conditions;
}

const where = (conditions: RawBuilder<unknown>[]) =>
  conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

/**
 * The candidate rows: FTS matches (ranked) when there is text, else every live question.
 * Filters apply after matching, so the full-text index is always used for the text.
 */
function candidates(match: string | null): RawBuilder<unknown> {
  return match
    ? sql`select rowid as seq, rank from questions_fts where questions_fts match ${match}`
    : sql`select seq, 0 as rank from questions where deleted_at is null`;
}

export async function searchQuestions(ctx: CoreContext, input: Input): Promise<QuestionSearchResult> {
  const { db } = ctx.database;
  const match = toMatchExpression(input.text);
  const filtered = sql`select c.seq, c.rank from (${candidates(match)}) c ${where(facetConditions(input.filters))}`;

  const order = match ? sql`f.rank, q.seq` : sql`q.topic, q.seq`;
  const page = await sql<{
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
  }>`
    select q.seq, q.id, q.category, q.topic, q.text, q.levels, q.archetypes, q.rounds, q.minutes, q.origin, q.updated_at
    from (${filtered}) f join questions q on q.seq = f.seq
    order by ${order}
    limit ${input.limit} offset ${input.offset}
  `.execute(db);

  const total = await sql<{ n: number }>`select count(*) as n from (${filtered})`.execute(db);

  const marks = new Map<number, { text: string; snippet: string }>();
  if (match && page.rows.length > 0) {
    const seqs = page.rows.map((r) => r.seq);
    const highlighted = await sql<{ seq: number; text: string; snippet: string }>`
      select rowid as seq,
        highlight(questions_fts, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) as text,
        snippet(questions_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 14) as snippet
      from questions_fts where questions_fts match ${match} and rowid in (${sql.join(seqs)})
    `.execute(db);
    for (const row of highlighted.rows) marks.set(row.seq, row);
  }

  const hits: QuestionHit[] = page.rows.map((row) => {
    const mark = marks.get(row.seq);
    const textHasMatch = mark?.text.includes(HIGHLIGHT_START) ?? false;
    return {
      id: row.id,
      category: row.category as QuestionHit['category'],
      topic: row.topic,
      textHighlighted: mark?.text ?? row.text,
      snippet: mark && !textHasMatch ? mark.snippet : null,
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
export async function countFacets(
  ctx: CoreContext,
  input: Pick<Input, 'text' | 'filters'>,
): Promise<FacetCounts> {
  const { db } = ctx.database;
  const match = toMatchExpression(input.text);
  const counts = Object.fromEntries(facetNames.map((f) => [f, []])) as unknown as FacetCounts;
  const active = facetNames.filter((f) => (input.filters[f]?.length ?? 0) > 0);
  const passes: (FacetName | undefined)[] = [undefined, ...active];
  for (const except of passes) {
    const wanted = except ? [except] : facetNames.filter((f) => !active.includes(f));
    if (wanted.length === 0) continue;
    const rows = await sql<{ facet: FacetName; value: string; count: number }>`
      select qf.facet, qf.value, count(*) as count
      from (select c.seq from (${candidates(match)}) c ${where(facetConditions(input.filters, except))}) f
      join question_facets qf on qf.seq = f.seq
      where qf.facet in (${sql.join(wanted)})
      group by qf.facet, qf.value
      order by count desc, qf.value
    `.execute(db);
    for (const row of rows.rows) counts[row.facet].push({ value: row.value, count: row.count });
  }
  return counts;
}
