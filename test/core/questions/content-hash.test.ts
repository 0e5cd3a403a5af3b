import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportQuestions } from '../../../electron/core/questions/export';
import { applyImport, planImport } from '../../../electron/core/questions/import';
import { createQuestion, getQuestion, updateQuestion } from '../../../electron/core/questions/questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { editCsvInCalc } from './calc-round-trip';

let core: TempCore;
let dir: string;
let clock = new Date('2026-11-01T09:00:00Z');
const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};

beforeEach(async () => {
  clock = new Date('2026-11-01T09:00:00Z');
  core = await openTempCore();
  core.ctx.clock = () => clock;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-content-hash-'));
});
afterEach(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const csv = (content: string, resolutions = {}) => ({
  fileName: 'bank.csv',
  format: 'csv' as const,
  content,
  resolutions,
});
const json = (content: string) => ({
  fileName: 'bank.json',
  format: 'json' as const,
  content,
  resolutions: {},
});

const ORIGINAL = 'Tell me about a queue that backed up in production.';
const COLLEAGUE = 'Tell me about a queue that backed up in production and what you changed after.';

async function twoQuestions() {
  const edited = await createQuestion(core.ctx, makeDraft({ text: ORIGINAL }));
  await createQuestion(core.ctx, makeDraft({ text: 'Which index fixed your slowest query?' }));
  return edited;
}

/** The CSV with one column removed, as a file written before content hashes were recorded. */
function withoutColumn(content: string, header: string): string {
  const [head = [], ...rows] = parse(content) as string[][];
  const drop = head.indexOf(header);
  expect(drop).toBeGreaterThanOrEqual(0);
  return stringify([head, ...rows].map((row) => row.filter((_, i) => i !== drop)));
}

describe('a bank file edited after its export', () => {
  it('a question retyped in LibreOffice Calc, "updated at" untouched, imports as an update, not a conflict', async () => {
    const q = await twoQuestions();
    const exported = (await exportQuestions(core.ctx, { format: 'csv' })).content;
    expect(exported.split('\n')[0]).toMatch(/,updated at,content hash$/);
    tick();
    const sheet = editCsvInCalc(exported, dir, ORIGINAL, COLLEAGUE);
    // Calc wrote the file (its own quoting): only the one cell differs from ours, the stamps included.
    const cells = (text: string) => (parse(text) as string[][]).flat();
    const ours = cells(exported);
    const theirs = cells(sheet);
    expect(theirs).toHaveLength(ours.length);
    expect(theirs.filter((cell, i) => cell !== ours[i])).toEqual([COLLEAGUE]);
    expect(sheet).not.toBe(exported);

    const plan = await planImport(core.ctx, csv(sheet));
    expect(plan.counts).toMatchObject({ updated: 1, unchanged: 1, conflicting: 0, invalid: 0, new: 0 });
    expect(plan.conflicts).toEqual([]);
    const result = await applyImport(core.ctx, csv(sheet));
    expect(result.applied.updated).toBe(1);
    const after = await getQuestion(core.ctx, q.id);
    expect(after.text).toBe(COLLEAGUE);
    // The edit is dated when it arrived, so a later export carries it as the newer version.
    expect(after.updatedAt).toBe(clock.toISOString());
    expect((await planImport(core.ctx, csv(sheet))).counts).toMatchObject({ unchanged: 2, updated: 0 });
  });

  it('a question changed in the file and here since the export is still a conflict, and yours is kept unless you choose', async () => {
    const q = await twoQuestions();
    const exported = (await exportQuestions(core.ctx, { format: 'csv' })).content;
    tick();
    await updateQuestion(
      core.ctx,
      q.id,
      makeDraft({ text: 'My own sharper wording of the queue question?' }),
    );
    const sheet = exported.replace(ORIGINAL, COLLEAGUE);

    const plan = await planImport(core.ctx, csv(sheet));
    expect(plan.counts).toMatchObject({ conflicting: 1, updated: 0, unchanged: 1 });
    expect(plan.conflicts[0]).toMatchObject({ id: q.id, kind: 'edit' });
    await applyImport(core.ctx, csv(sheet));
    expect((await getQuestion(core.ctx, q.id)).text).toBe('My own sharper wording of the queue question?');
    await applyImport(core.ctx, csv(sheet, { [q.id]: 'take-incoming' }));
    expect((await getQuestion(core.ctx, q.id)).text).toBe(COLLEAGUE);
  });

  it('an unedited older file is not an update over a newer local edit', async () => {
    const q = await twoQuestions();
    const exported = (await exportQuestions(core.ctx, { format: 'csv' })).content;
    tick();
    await updateQuestion(core.ctx, q.id, makeDraft({ text: 'Newer wording made here?' }));
    const plan = await planImport(core.ctx, csv(exported));
    expect(plan.counts).toMatchObject({ updated: 0, conflicting: 1 });
    await applyImport(core.ctx, csv(exported));
    expect((await getQuestion(core.ctx, q.id)).text).toBe('Newer wording made here?');
  });

  it('a CSV from before content hashes merges by its dates as it always did', async () => {
    const q = await twoQuestions();
    const old = withoutColumn((await exportQuestions(core.ctx, { format: 'csv' })).content, 'content hash');
    tick();
    const plan = await planImport(core.ctx, csv(old.replace(ORIGINAL, COLLEAGUE)));
    expect(plan.counts).toMatchObject({ conflicting: 1, updated: 0, unchanged: 1, invalid: 0 });
    expect((await planImport(core.ctx, csv(old))).counts).toMatchObject({ unchanged: 2, invalid: 0 });
    const later = new Date(clock.getTime() + 3_600_000).toISOString();
    const dated = old.replace(ORIGINAL, COLLEAGUE).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, later);
    expect((await planImport(core.ctx, csv(dated))).counts).toMatchObject({ updated: 1, conflicting: 0 });
    expect((await getQuestion(core.ctx, q.id)).text).toBe(ORIGINAL);
  });

  it('JSON: an edit in the file alone is an update; a version 1 file without hashes merges by date', async () => {
    const q = await twoQuestions();
    const exported = (await exportQuestions(core.ctx, { format: 'json' })).content;
    const file = JSON.parse(exported);
    expect(file.version).toBe(2);
    expect(file.questions[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    tick();
    const edited = exported.replace(ORIGINAL, COLLEAGUE);
    expect((await planImport(core.ctx, json(edited))).counts).toMatchObject({ updated: 1, conflicting: 0 });

    const v1 = JSON.stringify({
      ...file,
      version: 1,
      questions: file.questions.map(({ contentHash: _h, ...rest }: { contentHash: string }) => rest),
    }).replace(ORIGINAL, COLLEAGUE);
    expect((await planImport(core.ctx, json(v1))).counts).toMatchObject({ conflicting: 1, updated: 0 });

    await applyImport(core.ctx, json(edited));
    expect((await getQuestion(core.ctx, q.id)).text).toBe(COLLEAGUE);
  });

  it('a content hash cell Reqdesk did not write makes that row invalid, with the reason', async () => {
    await twoQuestions();
    const exported = (await exportQuestions(core.ctx, { format: 'csv' })).content;
    const lines = exported.split('\n');
    lines[1] = lines[1]?.replace(/[0-9a-f]{64}$/, 'edited by hand') ?? '';
    const plan = await planImport(core.ctx, csv(lines.join('\n')));
    expect(plan.counts).toMatchObject({ invalid: 1, unchanged: 1 });
    expect(plan.invalid[0]).toMatchObject({ row: 2 });
    expect(plan.invalid[0]?.reason).toMatch(/content hash: "edited by hand" is not one Reqdesk wrote/);
  });
});
