import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Debrief } from '../../../shared/debrief';
import type { DocumentExportResult } from '../../../shared/documents';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { artifactDir, normalise, python, run } from '../documents/tools';
import { seedPanel } from './panel';
import { PANEL } from './panel-cards';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore({ now: new Date('2026-12-01T09:00:00Z') });
});
afterEach(async () => {
  await core.close();
});

describe('debrief packet', () => {
  it('exports DOCX and PDF from one model: the grid figures, flags, summaries and the decision read back', async () => {
    const { candidate } = await seedPanel(core.ctx, PANEL);
    await call('debrief.decide', {
      candidateId: candidate.id,
      outcome: 'hire',
      rationale: 'Data modelling carried it; the API split was talked through.',
      decidedBy: 'Priya Natarajan',
      expectedVersion: 0,
    });
    const debrief = await call<Debrief>('debrief.get', { candidateId: candidate.id });
    const result = await call<DocumentExportResult>('documents.export', {
      kind: 'debrief',
      candidateId: candidate.id,
      format: 'both',
    });
    expect(result.files.map((f) => f.name)).toEqual([
      'Debrief Amaru Quispe.docx',
      'Debrief Amaru Quispe.pdf',
    ]);
    const dir = artifactDir();
    const [docxFile, pdfFile] = result.files.map((f) => {
      const file = path.join(dir, `debrief-packet.${f.name.split('.').pop()}`);
      fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
      return file;
    }) as [string, string];

    const pdf = normalise(run('pdftotext', ['-layout', pdfFile, '-']));
    // The grid row of API design: 3, 1, 2; mean 2.00, spread 2, count 3. System design: 'not assessed'.
    expect(pdf).toMatch(/API design\s+3\s+1\s+2\s+2\.00\s+2\s+3/);
    expect(pdf).toMatch(/System design\s+3\s+not assessed\s+3\s+3\.00\s+0\s+2/);
    expect(pdf).toContain('Strong yes: 1');
    expect(pdf).toContain('Red flag raised by Lee Okafor only: Shaky on databases');
    expect(pdf).toContain('Data modelling carried it; the API split was talked through.');

    const docx = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [docxFile])) as {
      body: { kind: string; text?: string; rows?: string[][] }[];
    };
    const grid = docx.body.find((b) => b.kind === 'table' && b.rows?.[0]?.[0] === 'Attribute');
    expect(grid?.rows?.[0]).toEqual([
      'Attribute',
      'Dana Reyes',
      'Lee Okafor',
      'Kim Tanaka',
      'Mean',
      'Spread',
      'Count',
    ]);
    const apiRow = debrief.rows.find((r) => r.attribute === 'api-design');
    expect(grid?.rows).toContainEqual([apiRow?.label, '3', '1', '2', '2.00', '2', '3']);
    expect(grid?.rows).toContainEqual(['System design', '3', 'not assessed', '3', '3.00', '0', '2']);
    const text = docx.body.map((b) => b.text ?? (b.rows ?? []).flat().join(' ')).join('\n');
    expect(text).toContain('Priya Natarajan');
    expect(text).toContain('Data modelling carried it; the API split was talked through.');
  });

  it('refuses a candidate that does not exist', async () => {
    const refused = await refusal('documents.export', {
      kind: 'debrief',
      candidateId: '00000000-0000-4000-8000-000000000000',
      format: 'pdf',
    });
    expect(refused.code).toBe('not_found');
  });
});
