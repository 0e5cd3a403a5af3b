import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { countFacets, FACET_LIMITS } from '../../../electron/core/questions/facets';
import { toSearchMatch } from '../../../electron/core/questions/fts-query';
import { searchQuestions } from '../../../electron/core/questions/search';
import {
  type FacetCounts,
  type FacetName,
  facetNames,
  levels,
  type QuestionDraft,
  type QuestionFilters,
  questionCategories,
  rounds,
} from '../../../shared/questions';
import { insertQuestions } from '../../support/bulk-questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const load = (drafts: QuestionDraft[]) => insertQuestions(core.database, drafts);

const EXACT = { rankedMatches: Number.POSITIVE_INFINITY };
const FAST = { rankedMatches: 5 };

async function allIds(text: string, filters: QuestionFilters, limits: typeof EXACT, pageSize: number) {
  const ids: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await searchQuestions(core.ctx, { text, filters, limit: pageSize, offset }, limits);
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < pageSize) return { ids, total: page.total, order: page.order };
  }
}

/** The exact counts, straight from the facet rows of every match: what the fast path must equal. */
function exactCounts(text: string, filters: QuestionFilters, facet: FacetName, except?: FacetName) {
  const match = toSearchMatch(text, except ? { ...filters, [except]: undefined } : filters);
  const rows = core.database.sqlite
    .prepare(
      `select value, count(*) as count from question_facets
       where facet = ? and seq in (${match ? 'select rowid from question_search where question_search match ?' : 'select seq from questions where deleted_at is null'})
       group by value`,
    )
    .all(...(match ? [facet, match] : [facet])) as { value: string; count: number }[];
  return new Map(rows.map((r) => [r.value, r.count]));
}

const asMap = (counts: FacetCounts, facet: FacetName) =>
  new Map(counts[facet].map((c) => [c.value, c.count]));

describe('search past the ranking limit', () => {
  // Every question is the same length in every column and carries the same facets, so bm25
  // gives one score to all with "kestrel" in the text and a lower one to all with it only in a
  // tag: the exact ranking is then text matches, then tag matches, oldest first within each,
  // which is what the text-first order promises. Here the two must agree, page after page.
  const corpus = Array.from({ length: 40 }, (_, i) =>
    makeDraft({
      text: i % 3 === 0 ? `Walk me through kestrel item n${i}.` : `Walk me through falcon item n${i}.`,
      tags: i % 3 === 0 ? ['owl'] : ['kestrel'],
    }),
  );

  it('lists text-first exactly as bm25 ranks a corpus where the two must agree, on every page', async () => {
    load(corpus);
    for (const typed of ['kestrel', 'kes', 'ke walk']) {
      const exact = await allIds(typed, {}, EXACT, 6);
      const fast = await allIds(typed, {}, FAST, 6);
      expect(exact.order, typed).toBe('relevance');
      expect(fast.order, typed).toBe('text-first');
      expect(fast.total, typed).toBe(40);
      expect(exact.ids, typed).toHaveLength(40);
      expect(fast.ids, typed).toEqual(exact.ids);
    }
    // A deep page on its own is the same slice of the same list.
    const deep = await searchQuestions(core.ctx, { text: 'kes', filters: {}, limit: 6, offset: 30 }, FAST);
    const whole = await allIds('kes', {}, EXACT, 40);
    expect(deep.hits.map((h) => h.id)).toEqual(whole.ids.slice(30, 36));
  });

  it('keeps filters and highlights on the text-first path', async () => {
    load(corpus.map((draft, i) => ({ ...draft, levels: [i % 2 === 0 ? 'senior' : 'mid'] })));
    const fast = await searchQuestions(
      core.ctx,
      { text: 'kes', filters: { level: ['senior'] }, limit: 50, offset: 0 },
      FAST,
    );
    const exact = await searchQuestions(
      core.ctx,
      { text: 'kes', filters: { level: ['senior'] }, limit: 50, offset: 0 },
      EXACT,
    );
    expect(fast.total).toBe(20);
    expect(new Set(fast.hits.map((h) => h.id))).toEqual(new Set(exact.hits.map((h) => h.id)));
    expect(fast.hits.every((h) => h.levels.includes('senior'))).toBe(true);
    expect(fast.hits[0]?.textHighlighted).toContain('\u0002kestrel\u0003');
    // A tag-only match shows the text unmarked, as the ranked path does.
    const tagOnly = fast.hits.at(-1);
    expect(tagOnly?.textHighlighted).not.toContain('\u0002');
  });

  it('orders a large filtered list by topic exactly as sorting it would', async () => {
    load(
      Array.from({ length: 60 }, (_, i) =>
        makeDraft({
          topic: `Topic ${String.fromCharCode(90 - (i % 26))}`,
          text: `Question ${i}`,
          levels: [levels[i % 4] ?? 'mid'],
          category: questionCategories[i % 3] ?? 'technical',
        }),
      ),
    );
    for (const filters of [{}, { level: ['senior'] }, { level: ['mid', 'lead'], category: ['systems'] }]) {
      const sorted = await allIds('', filters, EXACT, 7);
      const walked = await allIds('', filters, { rankedMatches: 0 }, 7);
      expect(walked.order).toBe('topic');
      expect(walked.ids).toEqual(sorted.ids);
      expect(walked.total).toBe(sorted.total);
    }
  });
});

describe('ranked search with filters', () => {
  // Words in different columns and texts of different lengths give many distinct scores, and
  // the facet lists differ in length (one level or two, one archetype or three): if a filter
  // weighed in the ranking, its rows would be ordered by their facets, not their words.
  const varied = Array.from({ length: 90 }, (_, i) =>
    makeDraft({
      text:
        i % 4 === 0
          ? `Walk me through the kestrel ${'migration '.repeat(i % 5)}you ran, case ${i}.`
          : `Tell me about a falcon ${'rollout '.repeat(i % 3)}case ${i}.`,
      topic: i % 6 === 0 ? 'Kestrel tuning' : 'Birds in practice',
      tags: i % 4 === 1 ? ['kestrel'] : ['owl'],
      levels: i % 3 === 0 ? ['mid', 'lead'] : [levels[i % 4] ?? 'mid'],
      archetypes: i % 2 === 0 ? ['api'] : ['api', 'data', 'edge'],
      category: questionCategories[i % 3] ?? 'technical',
    }),
  );

  it('lists exactly the unfiltered ranking with the rows that fail the filters taken out, on every page', async () => {
    load(varied);
    const filterSets: QuestionFilters[] = [
      { level: ['mid', 'lead'] },
      { level: ['lead'], category: ['technical', 'systems'] },
      { archetype: ['data'] },
    ];
    for (const typed of ['kestrel', 'kes', 'ke case']) {
      const unfiltered = await searchQuestions(core.ctx, { text: typed, filters: {}, limit: 200, offset: 0 });
      expect(unfiltered.order).toBe('relevance');
      for (const filters of filterSets) {
        const passes = (hit: (typeof unfiltered.hits)[number]) =>
          (!filters.level || filters.level.some((l) => hit.levels.includes(l as never))) &&
          (!filters.category || filters.category.includes(hit.category)) &&
          (!filters.archetype || filters.archetype.some((a) => hit.archetypes.includes(a as never)));
        const expected = unfiltered.hits.filter(passes).map((h) => h.id);
        const paged = await allIds(typed, filters, EXACT, 4);
        const label = `${typed} ${JSON.stringify(filters)}`;
        expect(paged.order, label).toBe('relevance');
        expect(expected.length, label).toBeGreaterThan(4);
        expect(paged.total, label).toBe(expected.length);
        expect(paged.ids, label).toEqual(expected);
      }
    }
  });

  it('highlights the words of a filtered match', async () => {
    load(varied);
    const page = await searchQuestions(core.ctx, {
      text: 'kestrel',
      filters: { level: ['lead'] },
      limit: 50,
      offset: 0,
    });
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits[0]?.textHighlighted).toContain('\u0002kestrel\u0003');
  });
});

describe('facet counts', () => {
  const spread = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeDraft({
        text: i % 5 === 0 ? `Design a schema for case ${i}.` : `Tell me about a cache, case ${i}.`,
        levels: [levels[i % 4] ?? 'mid', levels[(i * 7) % 4] ?? 'mid'],
        rounds: [rounds[i % 4] ?? 'onsite'],
        category: questionCategories[(i * 3) % 4] ?? 'technical',
      }),
    );

  it('are exact and unflagged while the matches fit in the sample, filters and all', async () => {
    load(spread(120));
    const cases: { text: string; filters: QuestionFilters }[] = [
      { text: '', filters: {} },
      { text: 'cache', filters: {} },
      { text: 'ca', filters: { level: ['senior'] } },
      { text: '', filters: { level: ['mid', 'lead'], round: ['onsite'] } },
    ];
    for (const { text, filters } of cases) {
      const counts = await countFacets(core.ctx, { text, filters }, { exactUpTo: 200, sample: 200 });
      for (const facet of ['level', 'round', 'category'] as const) {
        const except = (filters[facet]?.length ?? 0) > 0 ? facet : undefined;
        expect(asMap(counts, facet), `${text} ${facet}`).toEqual(exactCounts(text, filters, facet, except));
        expect(counts[facet].some((c) => c.approximate)).toBe(false);
      }
    }
  });

  it('past the sample size are flagged approximate, rounded, and close to the exact count', async () => {
    load(spread(900));
    const counts = await countFacets(
      core.ctx,
      { text: 'ca', filters: { round: ['onsite'] } },
      { exactUpTo: 200, sample: 200 },
    );
    for (const facet of ['level', 'category', 'round'] as const) {
      const exact = exactCounts('ca', { round: ['onsite'] }, facet, facet === 'round' ? 'round' : undefined);
      expect(counts[facet].length).toBeGreaterThan(0);
      for (const entry of counts[facet]) {
        expect(entry.approximate, `${facet} ${entry.value}`).toBe(true);
        // Two significant figures at most: "about 360", never "about 357".
        expect(String(entry.count).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
        const truth = exact.get(entry.value) ?? 0;
        expect(
          Math.abs(entry.count - truth),
          `${facet} ${entry.value}: ${entry.count} vs ${truth}`,
        ).toBeLessThanOrEqual(truth * 0.25 + 10);
      }
    }
  });

  it('through the channel: a bank bigger than the sample answers with approximate counts', async () => {
    load(spread(FACET_LIMITS.exactUpTo + 100));
    const result = await dispatch(core.ctx, 'questions.facets', { text: '', filters: {} });
    if (!result.ok) throw new Error(result.error.message);
    const counts = result.value as FacetCounts;
    for (const facet of facetNames) {
      for (const entry of counts[facet]) expect(entry.approximate).toBe(true);
    }
    const search = await dispatch(core.ctx, 'questions.search', { text: '', filters: {} });
    expect(search.ok && (search.value as { total: number }).total).toBe(FACET_LIMITS.exactUpTo + 100);
  });
});
