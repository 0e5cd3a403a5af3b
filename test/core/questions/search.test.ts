import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countFacets } from '../../../electron/core/questions/facets';
import { toMatchExpression } from '../../../electron/core/questions/fts-query';
import {
  createQuestion,
  deleteQuestion,
  restoreQuestion,
  updateQuestion,
} from '../../../electron/core/questions/questions';
import { searchQuestions } from '../../../electron/core/questions/search';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const search = (text: string, filters = {}, limit = 50) =>
  searchQuestions(core.ctx, { text, filters, limit, offset: 0 });
const texts = async (text: string, filters = {}) => (await search(text, filters)).hits.map((h) => h.id);

describe('question search', () => {
  it('ranks a match in the question text above a match only in a tag', async () => {
    const byTag = await createQuestion(
      core.ctx,
      makeDraft({ text: 'How do you keep reads fast?', tags: ['kafka'] }),
    );
    const byText = await createQuestion(
      core.ctx,
      makeDraft({ text: 'Walk me through a Kafka consumer you ran.', tags: ['queues'] }),
    );
    expect(await texts('kafka')).toEqual([byText.id, byTag.id]);
  });

  it('matches prefixes as you type, folds diacritics and highlights the match', async () => {
    const q = await createQuestion(
      core.ctx,
      makeDraft({ text: 'Describe the schéma migration you ran on a busy table.' }),
    );
    for (const typed of ['sch', 'sche', 'schema', 'SCHÉMA', 'migr sch']) {
      expect(await texts(typed), typed).toEqual([q.id]);
    }
    const [hit] = (await search('schem')).hits;
    expect(hit?.textHighlighted).toContain(`${HIGHLIGHT_START}schéma${HIGHLIGHT_END}`);
  });

  it('shows a snippet of the strong answer when the text itself does not match', async () => {
    await createQuestion(
      core.ctx,
      makeDraft({
        strongAnswer: 'They mention idempotency keys stored with a unique index and a retention window.',
      }),
    );
    const [hit] = (await search('idempotency')).hits;
    expect(hit?.snippet).toContain(`${HIGHLIGHT_START}idempotency${HIGHLIGHT_END}`);
    expect(hit?.textHighlighted).not.toContain(HIGHLIGHT_START);
  });

  it('never passes user syntax to SQLite as an error', async () => {
    const q = await createQuestion(core.ctx, makeDraft());
    // Punctuation alone is no search: the whole bank is listed, as for an empty box.
    for (const typed of ['*', '(((', '-', '🙂']) {
      const result = await search(typed);
      expect({ ids: result.hits.map((h) => h.id), order: result.order }, typed).toEqual({
        ids: [q.id],
        order: 'topic',
      });
    }
    // Operators and quotes are read as plain words: a word the question lacks finds nothing...
    for (const typed of [
      '"unbalanced',
      'a*b"',
      'NEAR(',
      'text:cache',
      'OR',
      '^x',
      "'; drop table questions; --",
    ]) {
      const result = await search(typed);
      expect({ ids: result.hits.map((h) => h.id), total: result.total }, typed).toEqual({
        ids: [],
        total: 0,
      });
    }
    // ...and words it has find it ("and" is in its strong answer).
    expect(await texts('cache AND')).toEqual([q.id]);
    expect(await texts('cache')).toEqual([q.id]);
    expect(toMatchExpression('  *** ')).toBeNull();
    expect(toMatchExpression('"cache" OR redis')).toBe('"cache"* "redis"* "or"*');
  });

  it('combines text with filters: OR within a facet, AND across facets', async () => {
    const seniorApi = await createQuestion(
      core.ctx,
      makeDraft({ levels: ['senior'], archetypes: ['api'], text: 'Design a cache for an API.' }),
    );
    const midData = await createQuestion(
      core.ctx,
      makeDraft({ levels: ['mid'], archetypes: ['data'], text: 'Design a cache for a pipeline.' }),
    );
    await createQuestion(
      core.ctx,
      makeDraft({
        levels: ['junior'],
        archetypes: ['api'],
        category: 'behavioural',
        text: 'Tell me about a cache bug.',
      }),
    );
    expect(new Set(await texts('cache', { level: ['senior', 'mid'] }))).toEqual(
      new Set([seniorApi.id, midData.id]),
    );
    expect(await texts('cache', { level: ['senior', 'mid'], archetype: ['data'] })).toEqual([midData.id]);
    expect(await texts('', { archetype: ['api'], category: ['technical'] })).toEqual([seniorApi.id]);
    expect((await search('cache', { level: ['lead'] })).total).toBe(0);
  });

  it('filters on any topic text, accents and emoji included, and never matches filter tokens as words', async () => {
    const odd = await createQuestion(
      core.ctx,
      makeDraft({ topic: 'Café ☕ résumé, "quotes" OR (brackets)*' }),
    );
    await createQuestion(core.ctx, makeDraft({ topic: 'Caching strategies' }));
    expect(await texts('', { topic: [odd.topic] })).toEqual([odd.id]);
    expect(await texts('cache', { topic: [odd.topic] })).toEqual([odd.id]);
    // The stored filter tokens are hex words starting with "f": typing one finds nothing.
    expect(await texts('f746f706963')).toEqual([]);
    const counts = await countFacets(core.ctx, { text: '', filters: { topic: [odd.topic] } });
    expect(counts.topic).toEqual(
      expect.arrayContaining([
        { value: odd.topic, count: 1 },
        { value: 'Caching strategies', count: 1 },
      ]),
    );
  });

  it('counts facet values, leaving each facet’s own selection out of its counts', async () => {
    await createQuestion(core.ctx, makeDraft({ levels: ['senior'], category: 'technical' }));
    await createQuestion(core.ctx, makeDraft({ levels: ['senior', 'lead'], category: 'systems' }));
    await createQuestion(core.ctx, makeDraft({ levels: ['mid'], category: 'technical' }));
    const counts = await countFacets(core.ctx, { text: 'cache', filters: { level: ['senior'] } });
    expect(counts.level).toEqual([
      { value: 'senior', count: 2 },
      { value: 'lead', count: 1 },
      { value: 'mid', count: 1 },
    ]);
    expect(counts.category).toEqual([
      { value: 'systems', count: 1 },
      { value: 'technical', count: 1 },
    ]);
  });

  it('keeps the index in step with edits, deletes and undo', async () => {
    const q = await createQuestion(core.ctx, makeDraft({ text: 'Explain your rollback plan.' }));
    expect(await texts('rollback')).toEqual([q.id]);
    await updateQuestion(
      core.ctx,
      q.id,
      makeDraft({ text: 'Explain your canary release.', levels: ['lead'] }),
    );
    expect(await texts('rollback')).toEqual([]);
    expect(await texts('canary')).toEqual([q.id]);
    expect(await texts('', { level: ['lead'] })).toEqual([q.id]);
    expect(await texts('', { level: ['mid'] })).toEqual([]);
    await deleteQuestion(core.ctx, q.id);
    expect(await texts('canary')).toEqual([]);
    expect(await texts('', { level: ['lead'] })).toEqual([]);
    await restoreQuestion(core.ctx, q.id);
    expect(await texts('canary')).toEqual([q.id]);
    const ftsRows = core.database.sqlite.prepare('select count(*) from question_search').pluck().get();
    expect(ftsRows).toBe(1);
  });

  it('pages through results with a stable total', async () => {
    for (let i = 0; i < 7; i++)
      await createQuestion(core.ctx, makeDraft({ text: `Question number ${i} about caching.` }));
    const first = await searchQuestions(core.ctx, { text: 'caching', filters: {}, limit: 5, offset: 0 });
    const second = await searchQuestions(core.ctx, { text: 'caching', filters: {}, limit: 5, offset: 5 });
    expect(first.total).toBe(7);
    expect(first.hits).toHaveLength(5);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(7);
  });
});
