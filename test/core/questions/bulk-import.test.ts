import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { BULK_INDEX_FROM } from '../../../electron/core/questions/bulk-index';
import { applyImport } from '../../../electron/core/questions/import';
import { EXCHANGE_FORMAT, type ImportPlan, type ImportResult } from '../../../shared/exchange';
import type { QuestionDraft, QuestionSearchResult } from '../../../shared/questions';
import { insertQuestions } from '../../support/bulk-questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';

let bulk: TempCore;
let oneByOne: TempCore;
beforeEach(async () => {
  bulk = await openTempCore();
  oneByOne = await openTempCore();
});
afterEach(async () => {
  await bulk.close();
  await oneByOne.close();
});

const levelsCycle = [
  ['junior'],
  ['mid', 'senior'],
  ['senior', 'lead'],
  ['lead'],
] as QuestionDraft['levels'][];

/** Varied questions: several or one list value, one named twice, no tags, accents, emoji, tags with spaces. */
function drafts(n: number): QuestionDraft[] {
  return Array.from({ length: n }, (_, i) =>
    makeDraft({
      category: (['technical', 'systems', 'behavioural', 'culture'] as const)[i % 4],
      topic: i % 5 === 0 ? `Résumé review ${i % 7}` : `Caching ${i % 11}`,
      text: `Question ${i}: how did you migrate the ${i % 3 === 0 ? 'café' : 'queue'} 🚀 safely?`,
      levels: levelsCycle[i % levelsCycle.length] as QuestionDraft['levels'],
      archetypes: i % 2 === 0 ? ['data', 'platform'] : ['any'],
      rounds: ['technical-screen'],
      // A value named twice in one list still makes one facet row.
      attributes:
        i % 3 === 0
          ? ['debugging']
          : i % 7 === 0
            ? ['debugging', 'debugging']
            : ['system-design', 'debugging'],
      tags: i % 4 === 0 ? [] : ['redis', `tag with space ${i % 3}`],
    }),
  );
}

const idOf = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** Facet rows and index entries by question id: what searches and filters read. */
function indexOf(core: TempCore) {
  const db = core.database.sqlite;
  return {
    facets: db
      .prepare(
        'select q.text, f.facet, f.value from question_facets f join questions q on q.seq = f.seq order by q.text, f.facet, f.value',
      )
      .all(),
    search: db
      .prepare(
        'select q.text, s.text as t, s.topic, s.strong_answer, s.tags, s.facets from question_search s join questions q on q.seq = s.rowid order by q.text',
      )
      .all(),
  };
}

/** An exchange file; ids are fixed by position so two banks get the same ones. */
const exchangeFile = (items: QuestionDraft[], first = 0) =>
  JSON.stringify({
    format: EXCHANGE_FORMAT,
    version: 1,
    exportedAt: '2026-11-01T09:00:00.000Z',
    installId: 'test',
    questions: items.map((draft, i) => ({
      id: idOf(first + i),
      updatedAt: '2026-11-01T09:00:00.000Z',
      ...draft,
    })),
  });

describe('a big import indexes its questions in bulk', () => {
  it('writes the same facet rows and index entries as the insert trigger does row by row', async () => {
    const items = drafts(BULK_INDEX_FROM + 40);
    // Both banks already hold questions, so the bulk pass must index only the new ones.
    const older = drafts(30).map((d) => ({ ...d, text: `Older ${d.text}` }));
    insertQuestions(bulk.database, older);
    insertQuestions(oneByOne.database, older);

    const importFile = (core: TempCore, part: QuestionDraft[], first: number) =>
      applyImport(core.ctx, {
        fileName: 'bank.json',
        format: 'json',
        content: exchangeFile(part, first),
        resolutions: {},
      });
    const result = await importFile(bulk, items, 0);
    expect(result.applied.new).toBe(items.length);
    // The same questions in files small enough for the trigger to index them one by one.
    const small = Math.floor(BULK_INDEX_FROM / 2);
    for (let start = 0; start < items.length; start += small)
      await importFile(oneByOne, items.slice(start, start + small), start);

    const fromBulk = indexOf(bulk);
    const fromTrigger = indexOf(oneByOne);
    expect(fromBulk.search).toHaveLength(items.length + 30);
    expect(fromBulk.facets.length).toBeGreaterThan(items.length * 5);
    expect(fromBulk.facets).toEqual(fromTrigger.facets);
    expect(fromBulk.search).toEqual(fromTrigger.search);
    bulk.database.sqlite
      .prepare("insert into question_search (question_search, rank) values ('integrity-check', 1)")
      .run();

    // Searches and filters find the imported questions, and the trigger is back for later edits.
    const found = await dispatch(bulk.ctx, 'questions.search', {
      text: 'cafe migr',
      filters: { level: ['lead'] },
      limit: 5,
    });
    expect(found.ok && (found.value as QuestionSearchResult).total).toBe(
      [...older, ...items].filter((d) => d.text.includes('café') && d.levels.includes('lead')).length,
    );
    insertQuestions(bulk.database, [makeDraft({ text: 'A kestrel added after the import.' })]);
    const later = await dispatch(bulk.ctx, 'questions.search', { text: 'kestrel', filters: {}, limit: 5 });
    expect(later.ok && (later.value as QuestionSearchResult).total).toBe(1);
  });

  it('a failed big import leaves nothing behind and the insert trigger in place', async () => {
    const items = drafts(BULK_INDEX_FROM + 10);
    const file = JSON.parse(exchangeFile(items));
    file.questions[BULK_INDEX_FROM + 1].text = 'Where did the kaboom come from?';
    const db = bulk.database.sqlite;
    // The disk failing half way through the insert, played by a trigger on this connection only.
    db.exec(`create temp trigger disk_gives_up before insert on main.questions
               when new.text like '%kaboom%' begin select raise(abort, 'disk I/O error'); end`);
    const result = await dispatch(bulk.ctx, 'questions.importApply', {
      fileName: 'bank.json',
      format: 'json',
      content: JSON.stringify(file),
    });
    expect(result.ok).toBe(false);
    db.exec('drop trigger temp.disk_gives_up');
    expect(
      db
        .prepare(
          "select count(*) from sqlite_schema where type = 'trigger' and name = 'questions_after_insert'",
        )
        .pluck()
        .get(),
    ).toBe(1);
    const rows = db.prepare('select count(*) from questions').pluck().get() as number;
    expect(db.prepare('select count(*) from question_search').pluck().get()).toBe(rows);
    insertQuestions(bulk.database, [makeDraft({ text: 'A kestrel added after the import.' })]);
    expect(
      db.prepare(`select count(*) from question_search where question_search match 'kestrel'`).pluck().get(),
    ).toBe(1);
  });

  it('names a question that appears twice in a file instead of failing the whole import', async () => {
    const items = drafts(BULK_INDEX_FROM + 10);
    const file = JSON.parse(exchangeFile(items));
    file.questions[BULK_INDEX_FROM + 1].id = file.questions[3].id; // two exports pasted together
    const input = { fileName: 'bank.json', format: 'json', content: JSON.stringify(file) } as const;
    const plan = await dispatch(bulk.ctx, 'questions.importPlan', input);
    expect(plan.ok && plan.value).toMatchObject({ counts: { new: items.length - 1, invalid: 1 } });
    const [invalid] = plan.ok ? (plan.value as ImportPlan).invalid : [];
    expect(invalid?.reason).toMatch(/is also on row \d+; keep one of the two rows/);
    const applied = await dispatch(bulk.ctx, 'questions.importApply', input);
    expect(applied.ok && (applied.value as ImportResult).applied.new).toBe(items.length - 1);
  });
});
