import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { documentFileName, writeDocumentFile } from '../../../electron/core/documents/export';
import { createQuestion } from '../../../electron/core/questions/questions';
import { setSetting } from '../../../electron/core/settings/settings';
import type { DocumentExportResult, DocumentSaveResult } from '../../../shared/documents';
import { buildQuestionSheet } from '../../../shared/domain/documents/question-sheet';
import { documentText } from '../../../shared/domain/documents/text';
import type { Question } from '../../../shared/questions';
import type { Result } from '../../../shared/result';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { normalise, pageCount, pageText, python, run } from './tools';

let core: TempCore;
let questions: Question[];

beforeEach(async () => {
  core = await openTempCore({ now: new Date('2026-11-23T09:00:00Z') });
  questions = [
    await createQuestion(
      core.ctx,
      makeDraft({ topic: 'Idempotent writes', text: 'How do you make a payment API safe to retry?' }),
    ),
    await createQuestion(
      core.ctx,
      makeDraft({ topic: 'Zoë’s outage', text: 'Walk me through the outage Łukasz paged you for.' }),
    ),
  ];
  await setSetting(core.ctx, { key: 'interviewerName', value: 'José Ñúñez' });
});
afterEach(async () => {
  await core.close();
});

const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

function pdfText(file: string): string {
  const pages = pageCount(file);
  return normalise(
    Array.from({ length: pages }, (_, i) => pageText(file, i + 1))
      .join(' ')
      .replace(/Page \d+ of \d+/g, ' ')
      .replaceAll('Interview questions', ' ')
      .replaceAll('Rating What you hear', ' '),
  );
}

describe('documents.export (question sheet)', () => {
  it('returns a DOCX and a PDF of the sheet, named after it, with the questions in the order asked', async () => {
    const ids = [questions[1]?.id, questions[0]?.id] as string[];
    const value = ok<DocumentExportResult>(
      await dispatch(core.ctx, 'documents.export', {
        kind: 'question-sheet',
        questionIds: ids,
        format: 'both',
      }),
    );
    expect(value.placeholders).toEqual([]);
    expect(value.files.map((f) => [f.name, f.mime])).toEqual([
      ['Interview questions.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['Interview questions.pdf', 'application/pdf'],
    ]);
    const pdf = path.join(core.dir, 'sheet.pdf');
    const docx = path.join(core.dir, 'sheet.docx');
    fs.writeFileSync(docx, Buffer.from(value.files[0]?.base64 ?? '', 'base64'));
    fs.writeFileSync(pdf, Buffer.from(value.files[1]?.base64 ?? '', 'base64'));

    const model = buildQuestionSheet([questions[1], questions[0]] as Question[], { date: '2026-11-23' });
    const expected = normalise(documentText(model))
      .replaceAll('Interview questions', ' ')
      .replaceAll('Rating What you hear', ' ');
    expect(pdfText(pdf)).toBe(normalise(expected));
    const text = pdfText(pdf);
    expect(text.indexOf('Zoë’s outage')).toBeLessThan(text.indexOf('Idempotent writes'));
    // The name remembered from the last interview started is not whoever runs this one.
    expect(text).not.toContain('José Ñúñez');
    expect(text).toContain('Interviewer ____');

    const read = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [docx])) as {
      body: { kind: string; style?: string; text?: string }[];
    };
    expect(read.body.filter((b) => b.style === 'Heading 2').map((b) => b.text)).toEqual([
      '1. Zoë’s outage',
      '2. Idempotent writes',
    ]);
  });

  it('uses the page size from settings', async () => {
    await setSetting(core.ctx, { key: 'pageSize', value: 'a4' });
    const value = ok<DocumentExportResult>(
      await dispatch(core.ctx, 'documents.export', {
        kind: 'question-sheet',
        questionIds: [questions[0]?.id],
        format: 'pdf',
      }),
    );
    const pdf = path.join(core.dir, 'a4.pdf');
    fs.writeFileSync(pdf, Buffer.from(value.files[0]?.base64 ?? '', 'base64'));
    expect(run('pdfinfo', [pdf])).toMatch(/\(A4\)/);
  });

  it('asks before exporting placeholders, and cuts them out once told to', async () => {
    const q = await createQuestion(
      core.ctx,
      makeDraft({ topic: 'Team fit', text: 'What would you change first about [team name]?' }),
    );
    const input = { kind: 'question-sheet', questionIds: [q.id], format: 'pdf' } as const;
    const asked = ok<DocumentExportResult>(await dispatch(core.ctx, 'documents.export', input));
    expect(asked).toEqual({ files: [], placeholders: ['[team name]'] });

    const done = ok<DocumentExportResult>(
      await dispatch(core.ctx, 'documents.export', { ...input, placeholders: 'remove' }),
    );
    const pdf = path.join(core.dir, 'cut.pdf');
    fs.writeFileSync(pdf, Buffer.from(done.files[0]?.base64 ?? '', 'base64'));
    expect(pdfText(pdf)).toContain('What would you change first about?');
    expect(pdfText(pdf)).not.toContain('team name');
  });

  it('asks about every placeholder form the JD check knows, not only brackets', async () => {
    const q = await createQuestion(
      core.ctx,
      makeDraft({
        topic: 'Offer talk',
        text: 'How would you pitch {{company}} at $XXX,XXX - $XXX,XXX to someone starting TBD?',
      }),
    );
    const input = { kind: 'question-sheet', questionIds: [q.id], format: 'pdf' } as const;
    const asked = ok<DocumentExportResult>(await dispatch(core.ctx, 'documents.export', input));
    expect(asked).toEqual({ files: [], placeholders: ['{{company}}', '$XXX,XXX - $XXX,XXX', 'TBD'] });
    const done = ok<DocumentExportResult>(
      await dispatch(core.ctx, 'documents.export', { ...input, placeholders: 'remove' }),
    );
    const pdf = path.join(core.dir, 'forms.pdf');
    fs.writeFileSync(pdf, Buffer.from(done.files[0]?.base64 ?? '', 'base64'));
    expect(pdfText(pdf)).toContain('How would you pitch at to someone starting?');
    expect(pdfText(pdf)).not.toMatch(/TBD|XXX|\{\{/);
  });

  it('refuses an empty or oversized selection and questions that are gone', async () => {
    const empty = await dispatch(core.ctx, 'documents.export', {
      kind: 'question-sheet',
      questionIds: [],
      format: 'pdf',
    });
    expect(empty.ok === false && empty.error.code).toBe('bad_input');
    const many = await dispatch(core.ctx, 'documents.export', {
      kind: 'question-sheet',
      questionIds: Array.from({ length: 61 }, () => questions[0]?.id),
      format: 'pdf',
    });
    expect(many.ok === false && many.error.message).toMatch(/at most 60/);
    const gone = await dispatch(core.ctx, 'documents.export', {
      kind: 'question-sheet',
      questionIds: ['0b9e4c3e-2f55-4c1e-9d7e-3d1f6a2b8c90'],
      format: 'docx',
    });
    expect(gone.ok === false && gone.error.code).toBe('not_found');
    const unknownKind = await dispatch(core.ctx, 'documents.export', { kind: 'jd', format: 'pdf' });
    expect(unknownKind.ok === false && unknownKind.error.code).toBe('bad_input');
  });
});

describe('documents.save', () => {
  it('writes both files where the save dialog points, the PDF beside the DOCX', async () => {
    const asked: string[] = [];
    core.ctx.chooseSavePath = async (request) => {
      asked.push(request.suggestedName);
      return path.join(core.dir, 'out', 'Loop for Zoë.docx');
    };
    fs.mkdirSync(path.join(core.dir, 'out'));
    const value = ok<DocumentSaveResult>(
      await dispatch(core.ctx, 'documents.save', {
        kind: 'question-sheet',
        questionIds: [questions[0]?.id],
        format: 'both',
      }),
    );
    expect(asked).toEqual(['Interview questions.docx']);
    expect(value.saved).toEqual([
      path.join(core.dir, 'out', 'Loop for Zoë.docx'),
      path.join(core.dir, 'out', 'Loop for Zoë.pdf'),
    ]);
    expect(fs.readdirSync(path.join(core.dir, 'out')).sort()).toEqual([
      'Loop for Zoë.docx',
      'Loop for Zoë.pdf',
    ]);
    expect(run('qpdf', ['--check', path.join(core.dir, 'out', 'Loop for Zoë.pdf')])).toMatch(/No syntax/);
  });

  it('writes nothing when the dialog is cancelled, and is refused without a dialog', async () => {
    core.ctx.chooseSavePath = async () => null;
    const input = { kind: 'question-sheet', questionIds: [questions[0]?.id], format: 'pdf' } as const;
    expect(ok<DocumentSaveResult>(await dispatch(core.ctx, 'documents.save', input))).toEqual({
      saved: [],
      canceled: true,
      placeholders: [],
    });
    delete core.ctx.chooseSavePath;
    const refused = await dispatch(core.ctx, 'documents.save', input);
    expect(refused.ok === false && refused.error.message).toMatch(/desktop app/);
  });
});

describe('file names', () => {
  it('drops what file systems refuse and never comes out empty', () => {
    expect(documentFileName('Senior / Staff: Backend <Payments>?', 'pdf')).toBe(
      'Senior  Staff Backend Payments.pdf',
    );
    expect(documentFileName('CON', 'docx')).toBe('Reqdesk document.docx');
    expect(documentFileName('...', 'pdf')).toBe('Reqdesk document.pdf');
    expect(documentFileName('José Ñúñez – 王秀英', 'pdf')).toBe('José Ñúñez – 王秀英.pdf');
    expect(documentFileName('x'.repeat(400), 'docx').length).toBeLessThanOrEqual(125);
    // File systems count bytes: a long CJK title keeps whole characters and its extension.
    const cjk = documentFileName('后端工程师'.repeat(40), 'pdf');
    expect(cjk).toMatch(/^后端工程师[\u4e00-\u9fff]*\.pdf$/);
    expect(Buffer.byteLength(cjk)).toBeLessThanOrEqual(125);
    expect(cjk).not.toContain('\uFFFD');
  });

  it('never replaces a file the save dialog did not confirm: the PDF beside the DOCX gets a free name', () => {
    const dir = path.join(core.dir, 'both');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'Report.pdf'), 'an older PDF');
    fs.writeFileSync(path.join(dir, 'Report.docx'), 'an older DOCX');
    const confirmed = path.join(dir, 'Report.docx');
    const docx = writeDocumentFile(confirmed, 'docx', Buffer.from('new docx'), { confirmed });
    const pdf = writeDocumentFile(confirmed, 'pdf', Buffer.from('%PDF new'), { confirmed });
    expect(docx).toBe(confirmed); // the dialog asked about this one
    expect(path.basename(pdf)).toBe('Report (2).pdf');
    expect(fs.readFileSync(path.join(dir, 'Report.pdf'), 'utf8')).toBe('an older PDF');
    // A name typed without its extension: the dialog confirmed "Report", not "Report.docx".
    const typed = path.join(dir, 'Report');
    const again = writeDocumentFile(typed, 'docx', Buffer.from('newer docx'), { confirmed: typed });
    expect(path.basename(again)).toBe('Report (2).docx');
    expect(fs.readFileSync(confirmed, 'utf8')).toBe('new docx');
  });

  it('writes atomically under a clean name with the right extension', () => {
    const written = writeDocumentFile(
      path.join(core.dir, 'bad:na*me?.txt'),
      'pdf',
      Buffer.from('%PDF-1.7\n'),
    );
    expect(path.basename(written)).toBe('badname.txt.pdf');
    expect(fs.readFileSync(written, 'utf8')).toBe('%PDF-1.7\n');
    expect(fs.readdirSync(core.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
