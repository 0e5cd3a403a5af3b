import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { exportQuestions } from '../../../electron/core/questions/export';
import { applyImport, planImport } from '../../../electron/core/questions/import';
import {
  createQuestion,
  deleteQuestion,
  getQuestion,
  updateQuestion,
} from '../../../electron/core/questions/questions';
import { EXCHANGE_FORMAT, IMPORT_LIMITS } from '../../../shared/exchange';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';

let a: TempCore;
let b: TempCore;
let clock = new Date('2026-11-01T09:00:00Z');
const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};

beforeEach(async () => {
  clock = new Date('2026-11-01T09:00:00Z');
  a = await openTempCore();
  b = await openTempCore();
  a.ctx.clock = () => clock;
  b.ctx.clock = () => clock;
});
afterEach(async () => {
  await a.close();
  await b.close();
});

const json = (content: string, resolutions = {}) => ({
  fileName: 'bank.json',
  format: 'json' as const,
  content,
  resolutions,
});
const csv = (content: string) => ({ fileName: 'bank.csv', format: 'csv' as const, content, resolutions: {} });
const exportJson = async (core: TempCore) => (await exportQuestions(core.ctx, { format: 'json' })).content;

/** The database file and its WAL, hashed: an import that must change nothing leaves both alone. */
function fingerprint(core: TempCore): string {
  const hash = createHash('sha256');
  for (const f of [core.dbPath, `${core.dbPath}-wal`]) if (fs.existsSync(f)) hash.update(fs.readFileSync(f));
  return hash.digest('hex');
}

describe('JSON exchange', () => {
  it('moves a bank to another install, and importing it again changes nothing', async () => {
    for (let i = 0; i < 3; i++)
      await createQuestion(a.ctx, makeDraft({ text: `Question ${i} about caches?` }));
    const file = await exportJson(a);
    expect(JSON.parse(file)).toMatchObject({ format: EXCHANGE_FORMAT, version: 2 });

    const plan = await planImport(b.ctx, json(file));
    expect(plan.counts).toEqual({ new: 3, updated: 0, deleted: 0, unchanged: 0, conflicting: 0, invalid: 0 });
    await applyImport(b.ctx, json(file));

    const before = fingerprint(b);
    const again = await applyImport(b.ctx, json(file));
    expect(again.plan.counts).toMatchObject({ new: 0, unchanged: 3 });
    expect(fingerprint(b)).toBe(before);
    const strip = (file: string) =>
      JSON.parse(file).questions.map(({ origin: _o, ...q }: { origin: string }) => q);
    expect(strip(await exportJson(b))).toEqual(strip(await exportJson(a)));
  });

  it('takes a newer edit from the other install', async () => {
    const q = await createQuestion(a.ctx, makeDraft({ text: 'Original wording?' }));
    await applyImport(b.ctx, json(await exportJson(a)));
    tick();
    await updateQuestion(a.ctx, q.id, makeDraft({ text: 'Sharper wording?' }));
    const result = await applyImport(b.ctx, json(await exportJson(a)));
    expect(result.applied.updated).toBe(1);
    expect((await getQuestion(b.ctx, q.id)).text).toBe('Sharper wording?');
  });

  it('never lets an older copy overwrite a newer local edit: it is a conflict the user settles', async () => {
    const q = await createQuestion(a.ctx, makeDraft({ text: 'Original wording?' }));
    const oldFile = await exportJson(a);
    tick();
    await updateQuestion(a.ctx, q.id, makeDraft({ text: 'My newer wording?' }));

    const plan = await planImport(a.ctx, json(oldFile));
    expect(plan.counts.conflicting).toBe(1);
    expect(plan.conflicts[0]).toMatchObject({ id: q.id, kind: 'edit', text: 'My newer wording?' });

    await applyImport(a.ctx, json(oldFile)); // no choice made: the local edit stays
    expect((await getQuestion(a.ctx, q.id)).text).toBe('My newer wording?');
    await applyImport(a.ctx, json(oldFile, { [q.id]: 'take-incoming' }));
    expect((await getQuestion(a.ctx, q.id)).text).toBe('Original wording?');
  });

  it('exports just what a search shows, when asked to', async () => {
    const kafka = await createQuestion(
      a.ctx,
      makeDraft({ text: 'How did you size a Kafka consumer group?', levels: ['senior'] }),
    );
    await createQuestion(a.ctx, makeDraft({ text: 'How did you size a Kafka topic?', levels: ['junior'] }));
    await createQuestion(
      a.ctx,
      makeDraft({ text: 'Which index fixed your slowest query?', levels: ['senior'] }),
    );
    const file = await exportQuestions(a.ctx, {
      format: 'json',
      search: { text: 'kafka', filters: { level: ['senior'] } },
    });
    expect(file.count).toBe(1);
    expect(JSON.parse(file.content).questions.map((q: { id: string }) => q.id)).toEqual([kafka.id]);
  });

  it('carries deletions as tombstones', async () => {
    const q = await createQuestion(a.ctx, makeDraft());
    await applyImport(b.ctx, json(await exportJson(a)));
    tick();
    await deleteQuestion(a.ctx, q.id);
    const file = await exportJson(a);
    expect(JSON.parse(file).questions[0]).toEqual({
      id: q.id,
      updatedAt: expect.any(String),
      deletedAt: expect.any(String),
    });
    const result = await applyImport(b.ctx, json(file));
    expect(result.applied.deleted).toBe(1);
    await expect(getQuestion(b.ctx, q.id)).rejects.toThrow('no longer exists');
  });

  it('lists invalid rows with their number and reason and imports the rest', async () => {
    await createQuestion(a.ctx, makeDraft({ text: 'Good one?' }));
    const file = JSON.parse(await exportJson(a));
    file.questions.push({ ...file.questions[0], id: crypto.randomUUID(), text: 'Bad\u0007bell?' });
    file.questions.push({ ...file.questions[0], id: 'not-a-uuid', text: 'Other?' });
    file.questions.push({
      ...file.questions[0],
      id: crypto.randomUUID(),
      text: 'Levels?',
      levels: ['wizard'],
    });
    const plan = await planImport(b.ctx, json(JSON.stringify(file)));
    expect(plan.counts).toMatchObject({ new: 1, invalid: 3 });
    expect(plan.invalid.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(plan.invalid[0]?.reason).toContain('control characters');
    expect(plan.invalid[1]?.reason).toMatch(/^id:/);
    expect(plan.invalid[2]?.reason).toMatch(/^levels/);
  });
});

describe('hostile files', () => {
  const hostile: [string, () => string, RegExp][] = [
    [
      'truncated',
      () => '{"format":"reqdesk-exchange","version":1,"questions":[{"id":',
      /not valid JSON.*cut off/,
    ],
    ['deeply nested', () => `${'['.repeat(5000)}${']'.repeat(5000)}`, /nested 5000 levels/],
    [
      '__proto__ key',
      () => '{"format":"reqdesk-exchange","version":1,"questions":[],"__proto__":{"x":1}}',
      /"__proto__"/,
    ],
    [
      'constructor key',
      () => '{"format":"reqdesk-exchange","version":1,"questions":[{"constructor":{}}]}',
      /"constructor"/,
    ],
    [
      'newer format version',
      () => '{"format":"reqdesk-exchange","version":7,"questions":[]}',
      /version 7.*Update Reqdesk/,
    ],
    [
      'another format',
      () => '{"format":"something-else","version":1,"questions":[]}',
      /not a Reqdesk exchange file/,
    ],
    ['binary garbage', () => '\u0000\u0001PK\u0003\u0004garbage', /not valid JSON/],
    [
      'over 100,000 items',
      () =>
        JSON.stringify({
          format: EXCHANGE_FORMAT,
          version: 1,
          questions: new Array(IMPORT_LIMITS.items + 1).fill(0),
        }),
      /More than 100000/,
    ],
  ];

  for (const [name, make, message] of hostile) {
    it(`refuses a file that is ${name}, leaving the database byte-identical`, async () => {
      await createQuestion(b.ctx, makeDraft());
      const before = fingerprint(b);
      const result = await dispatch(b.ctx, 'questions.importApply', json(make()));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad_input');
        expect(result.error.message).toMatch(message);
        expect(result.error.message).toContain('Nothing was imported');
      }
      expect(fingerprint(b)).toBe(before);
    });
  }

  it('refuses a file over 20 MB before reading it', async () => {
    const before = fingerprint(b);
    const result = await dispatch(b.ctx, 'questions.importPlan', json('x'.repeat(IMPORT_LIMITS.bytes + 1)));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (!result.ok) expect(result.error.message).toContain('larger than 20 MB');
    expect(fingerprint(b)).toBe(before);
  });
});

describe('CSV', () => {
  const sheet = [
    'Question,Category,Topic,Level,Follow-ups,Tags',
    '"Walk me through a schema you would redo today.",Technical,Schema design trade-offs,"Senior, Lead","Why then? | What broke first?",postgres',
    '"Tell me about a time you disagreed with a front-end developer.",Behavioral,Disagreement with front-end,Mid,,',
    '"",Technical,Empty,Mid,,',
  ].join('\n');

  it('guesses the column mapping, previews rows, flags questions that need anchors, and re-imports as unchanged', async () => {
    const plan = await planImport(a.ctx, csv(sheet));
    expect(plan.csv?.mapping).toMatchObject({
      text: 'Question',
      category: 'Category',
      topic: 'Topic',
      levels: 'Level',
      probes: 'Follow-ups',
    });
    expect(plan.csv?.preview[0]?.Question).toContain('schema you would redo');
    expect(plan.counts).toMatchObject({ new: 2, invalid: 1 });
    expect(plan.invalid[0]).toMatchObject({ row: 4 });

    await applyImport(a.ctx, csv(sheet));
    const exported = await exportQuestions(a.ctx, { format: 'json' });
    const [first, second] = JSON.parse(exported.content).questions;
    expect(first).toMatchObject({
      levels: ['senior', 'lead'],
      probes: ['Why then?', 'What broke first?'],
      origin: 'imported',
    });
    expect(first.tags).toEqual(['postgres', 'needs-review']);
    expect(second.category).toBe('behavioural');

    const before = fingerprint(a);
    expect((await applyImport(a.ctx, csv(sheet))).plan.counts).toMatchObject({ new: 0, unchanged: 2 });
    expect(fingerprint(a)).toBe(before);
  });

  it('exports a CSV that imports back without a change', async () => {
    await createQuestion(
      a.ctx,
      makeDraft({ text: 'Has, commas and "quotes"?', probes: ['One?', 'Two, with comma?'] }),
    );
    await createQuestion(a.ctx, makeDraft({ text: 'Line\nbreak and émoji 🙂?' }));
    const file = await exportQuestions(a.ctx, { format: 'csv' });
    expect(file.count).toBe(2);
    const before = fingerprint(a);
    const plan = await planImport(a.ctx, csv(file.content));
    expect(plan.counts).toMatchObject({ unchanged: 2, new: 0, invalid: 0, conflicting: 0 });
    expect(fingerprint(a)).toBe(before);
    await applyImport(b.ctx, csv(file.content));
    expect((await exportQuestions(b.ctx, { format: 'csv' })).content).toBe(file.content);
  });
});
