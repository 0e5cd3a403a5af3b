import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentExportResult } from '../../../shared/documents';
import type { Interview } from '../../../shared/interviews';
import type { Loop } from '../../../shared/kits';
import type { Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { makeQuestion, startedInterview } from '../interviews/fixtures';
import { normalise, pageCount, pageText, python } from './tools';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore({ now: new Date('2026-11-23T09:00:00Z') });
});
afterEach(async () => {
  await core.close();
});

/** Writes the exported files into the test's folder: [docx, pdf] paths, in the order asked. */
function written(result: DocumentExportResult, stem: string): string[] {
  return result.files.map((file) => {
    const target = path.join(core.dir, `${stem}.${file.name.split('.').at(-1)}`);
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    return target;
  });
}

function pdfText(file: string): string {
  const pages = pageCount(file);
  return normalise(
    Array.from({ length: pages }, (_, i) => pageText(file, i + 1))
      .join(' ')
      .replace(/Page \d+ of \d+/g, ' '),
  );
}

interface ReadDocx {
  body: { kind: string; style?: string; text?: string; rows?: string[][] }[];
}
const readDocx = (file: string) =>
  JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [file])) as ReadDocx;

// Each test writes and reads back real files (pdftotext, python-docx): slow on a busy machine.
describe('kit export', () => {
  it("prints a round's kit with its questions, guide, anchors, probes and the panel's calibration note", async () => {
    const { role, round, questions } = await startedInterview(core.ctx);
    await call('roles.patch', { id: role.id, patch: { title: 'Payments Backend Engineer' }, clientSeq: 5 });
    const [schema, api] = questions;
    await call<Loop>('loop.setCalibration', {
      roleId: role.id,
      questionId: schema?.id,
      core: true,
      agreedAnswer: 'Names the partitioning key and what it cost them in joins.',
    });
    const result = await call<DocumentExportResult>('documents.export', {
      kind: 'kit',
      roundId: round.id,
      format: 'both',
    });
    expect(result.files.map((f) => f.name)).toEqual([
      'Technical screen kit Payments Backend Engineer.docx',
      'Technical screen kit Payments Backend Engineer.pdf',
    ]);
    const [docx, pdf] = written(result, 'kit') as [string, string];

    const text = pdfText(pdf);
    expect(text).toContain(
      'Focus attributes API design, Data modelling and SQL, System design, Communication',
    );
    expect(text.indexOf(`1. ${schema?.topic}`)).toBeLessThan(text.indexOf(`2. ${api?.topic}`));
    expect(text).toContain(normalise(schema?.text ?? ''));
    expect(text).toContain('Calibration note: what the panel agreed');
    expect(text).toContain('Names the partitioning key and what it cost them in joins.');
    expect(text).toContain(normalise(schema?.strongAnswer ?? ''));
    expect(text).toContain(normalise(schema?.anchors[3] ?? ''));
    expect(text).toContain(schema?.probes[0] ?? '');
    expect(text).toContain('Never looked at a query plan.');
    expect(text).toContain('Not assessed this interview gave no way to judge it');

    const read = readDocx(docx);
    expect(read.body.filter((b) => b.style === 'Heading 2').map((b) => b.text)).toEqual([
      'How to score',
      `1. ${schema?.topic}`,
      `2. ${api?.topic}`,
    ]);
    const anchors = read.body.filter((b) => b.kind === 'table').map((t) => t.rows?.[4]?.[1]);
    expect(anchors).toContain(schema?.anchors[3]);
  });

  it('refuses a round that does not exist', async () => {
    const refused = await refusal('documents.export', {
      kind: 'kit',
      roundId: '00000000-0000-4000-8000-000000000000',
      format: 'pdf',
    });
    expect(refused.code).toBe('not_found');
  });
});

describe('scorecard export', () => {
  it('prints the ratings with "not assessed" as words, the evidence, other questions and the call', async () => {
    const { interview } = await startedInterview(core.ctx, 'Dana Reyes');
    const [schema, apiItem] = interview.items;
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: schema?.id,
      rating: 4,
      evidence: 'Split the ledger by month after lock waits hit 2 s',
      clientSeq: 1,
    });
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: apiItem?.id,
      rating: 2,
      evidence: 'Versioned by URL, no deprecation plan',
      redFlags: ['Cannot make a technical idea clear'],
      clientSeq: 1,
    });
    await call('interviews.end', { id: interview.id, roundElapsedMs: 1000 });
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
    await call('scorecards.submit', {
      id: card.id,
      attributeRatings: card.attributeRatings.map((a) => ({
        attribute: a.attribute,
        rating: a.attribute === 'system-design' ? 'not-assessed' : 3,
        note: a.attribute === 'api-design' ? 'Thin on evolution' : '',
      })),
      recommendation: 'yes',
      summary: 'Strong on data; probe API evolution onsite.',
    });
    // Another interviewer who has not scored the candidate may not print it.
    expect(
      (
        await refusal('documents.export', {
          kind: 'scorecard',
          id: card.id,
          viewer: 'Kofi Mensah',
          format: 'pdf',
        })
      ).code,
    ).toBe('forbidden');

    const result = await call<DocumentExportResult>('documents.export', {
      kind: 'scorecard',
      id: interview.id,
      viewer: 'Dana Reyes',
      format: 'both',
    });
    const [docx, pdf] = written(result, 'scorecard') as [string, string];
    const text = pdfText(pdf);
    expect(text).toContain('Scorecard: Amaru Quispe, Technical screen, Dana Reyes');
    expect(text).toContain('Recommendation Yes');
    expect(text).toContain('System design not assessed');
    expect(text).toContain('API design 3 Thin on evolution');
    expect(text).toContain('Split the ledger by month after lock waits hit 2 s');
    expect(text).toContain('Flagged: Cannot make a technical idea clear');
    expect(text).toContain('Strong on data; probe API evolution onsite.');

    const table = readDocx(docx).body.find((b) => b.kind === 'table' && b.rows?.[0]?.[0] === 'Attribute');
    expect(table?.rows?.map((r) => r.slice(0, 2))).toEqual([
      ['Attribute', 'Rating'],
      ['API design', '3'],
      ['Data modelling and SQL', '3'],
      ['System design', 'not assessed'],
      ['Communication', '3'],
    ]);
  });

  it('lists an ad-hoc question under "Other questions asked"', async () => {
    const setup = await startedInterview(core.ctx, 'Dana Reyes');
    const secrets = await makeQuestion(core.ctx, {
      topic: 'Secrets management',
      text: 'Where did the database password of your last service live?',
      attributes: ['security'],
    });
    const interview = await call<Interview>('interviews.insertAdHoc', {
      id: setup.interview.id,
      questionId: secrets.id,
      afterItemId: null,
    });
    const adHoc = interview.items.find((i) => i.adHoc);
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: adHoc?.id,
      rating: 4,
      evidence: 'Short-lived leases from a vault',
      clientSeq: 1,
    });
    await call('interviews.end', { id: interview.id, roundElapsedMs: 1000 });
    const result = await call<DocumentExportResult>('documents.export', {
      kind: 'scorecard',
      id: interview.id,
      format: 'pdf',
    });
    const [pdf] = written(result, 'draft') as [string];
    const text = pdfText(pdf);
    expect(text).toContain('Draft, not submitted');
    expect(text).toContain('Other questions asked');
    expect(text).toContain('Secrets management (4 - strong, added during the call; measures Security)');
    expect(text).toContain('Short-lived leases from a vault');
  });
});
