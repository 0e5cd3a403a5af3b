import { sql } from 'kysely';
import type { z } from 'zod';
import {
  type FacetCount,
  type FacetCounts,
  type FacetName,
  facetNames,
  type QuestionFilters,
  type questionSearchInput,
} from '../../../shared/questions';
import type { CoreContext } from '../context';
import { toSearchMatch } from './fts-query';
import { roundEstimate, sampleMatches } from './match-sample';

type Input = Pick<z.output<typeof questionSearchInput>, 'text' | 'filters'>;

/** Values listed per facet, most common first. */
export const FACET_VALUE_LIMIT = 50;

/**
 * How facet counts are made. Each match has about a dozen facet rows, and grouping them costs
 * about a microsecond each: an exact pass over 50,000 matches took half a second. Up to
 * `exactUpTo` matches (a whole bank of ordinary size) are counted exactly; past that, counts
 * are scaled up from about `sample` matches spread over the bank and flagged approximate.
 */
export interface FacetLimits {
  exactUpTo: number;
  sample: number;
}

export const FACET_LIMITS: FacetLimits = { exactUpTo: 2000, sample: 1000 };

/** The filters without one facet (facet counts leave a facet's own selection out). */
function without(filters: QuestionFilters, except?: FacetName): QuestionFilters {
  return except ? { ...filters, [except]: undefined } : filters;
}

/**
 * How many questions each facet value would give, for the current text and filters. A
 * facet's own selection is left out of its counts, so picking "senior" still shows how
 * many "mid" questions there are.
 */
export async function countFacets(
  ctx: CoreContext,
  input: Input,
  limits: FacetLimits = FACET_LIMITS,
): Promise<FacetCounts> {
  const counts = Object.fromEntries(facetNames.map((f) => [f, []])) as unknown as FacetCounts;
  const active = facetNames.filter((f) => (input.filters[f]?.length ?? 0) > 0);
  const passes: (FacetName | undefined)[] = [undefined, ...active];
  for (const except of passes) {
    const wanted = except ? [except] : facetNames.filter((f) => !active.includes(f));
    if (wanted.length === 0) continue;
    const match = toSearchMatch(input.text, without(input.filters, except));
    for (const count of await countPass(ctx, match, wanted, limits)) counts[count.facet].push(count.entry);
  }
  // A bank can hold hundreds of topics: the most common ones, plus whatever is selected.
  for (const facet of facetNames) {
    const selected = new Set(input.filters[facet] ?? []);
    counts[facet] = counts[facet].filter((c, i) => i < FACET_VALUE_LIMIT || selected.has(c.value));
  }
  return counts;
}

/** Counts of the wanted facets over one match set, most common first. */
async function countPass(
  ctx: CoreContext,
  match: string | null,
  wanted: FacetName[],
  limits: FacetLimits,
): Promise<{ facet: FacetName; entry: FacetCount }[]> {
  const sample = await sampleMatches(ctx, match, limits.sample, limits.exactUpTo);
  if (sample.seqs.length === 0) return [];
  // The seqs travel as one JSON argument (a thousand bound parameters would pass SQLite's limit
  // on older builds). The unary + keeps the facet list out of the index seek: one seek per seq,
  // not one per seq and facet.
  const rows = await sql<{ facet: FacetName; value: string; count: number }>`
    select qf.facet, qf.value, count(*) as count
    from json_each(${JSON.stringify(sample.seqs)}) s
    cross join question_facets qf on qf.seq = s.value
    where +qf.facet in (${sql.join(wanted)})
    group by qf.facet, qf.value
    order by count desc, qf.value
  `.execute(ctx.database.db);
  return rows.rows.map(({ facet, value, count }) => ({
    facet,
    entry: sample.exact
      ? { value, count }
      : { value, count: roundEstimate(count * sample.scale), approximate: true },
  }));
}
