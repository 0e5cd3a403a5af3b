import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFaces } from '../../../electron/core/documents/pdf/fonts';
import { layoutLines, type Measure } from '../../../electron/core/documents/pdf/line-layout';
import { writePdf } from '../../../electron/core/documents/pdf/pdf-writer';
import { documentOf, heading, paragraph, table } from '../../../shared/domain/documents/build';
import { makeTempDir } from '../../support/temp-db';
import { artifactDir, run, snapshotFirstPage } from './tools';

/** Candidate names as recruiters meet them: Hebrew and Arabic run right to left. */
const NAMES = {
  hebrew: 'דוד כהן',
  arabic: 'محمد عبد الله',
  devanagari: 'प्रिया शर्मा',
  thai: 'สมชาย ใจดี',
} as const;

let temp: ReturnType<typeof makeTempDir>;
let pdf: string;
let text: string;
beforeAll(async () => {
  temp = makeTempDir('reqdesk-scripts-');
  pdf = path.join(temp.dir, 'scripts.pdf');
  const model = documentOf({ title: 'Debrief', company: 'Acme', author: 'Zoë' }, [
    heading(1, 'Candidates'),
    ...Object.values(NAMES).map((name) => paragraph(name)),
    paragraph(`Candidate: ${NAMES.hebrew}`),
    table(
      ['Name', 'Round'],
      Object.values(NAMES).map((name) => [name, 'Technical screen']),
    ),
  ]);
  fs.writeFileSync(pdf, await writePdf(model, { pageSize: 'a4' }));
  fs.copyFileSync(pdf, path.join(artifactDir(), 'scripts.pdf'));
  snapshotFirstPage(pdf, 'scripts-pdf-page1');
  // pdftotext's own layout mode puts right-to-left words back in reading order; it wraps them
  // in embedding marks (U+202B ... U+202C), which are not part of the text.
  text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).replace(/[\u202a-\u202e]/g, '');
});
afterAll(() => temp.cleanup());

describe('names in Hebrew, Arabic, Devanagari and Thai in the PDF', () => {
  it('embed a face for each script', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']); // emb sub uni
    const names = rows.map((r) => r.split(/\s+/)[0]).join(' ');
    for (const face of ['NotoSansHebrew', 'NotoSansArabic', 'NotoSansDevanagari', 'NotoSansThai'])
      expect(names).toContain(face);
  });

  it('read back as written, in paragraphs and table cells', () => {
    const lines = text.split('\n').map((l) => l.trim());
    for (const name of Object.values(NAMES))
      expect(lines.filter((l) => l === name).length, name).toBeGreaterThanOrEqual(2);
    expect(lines).toContain(`Candidate: ${NAMES.hebrew}`);
    expect(text).not.toContain('\ufffd');
  });
});

describe('laying out right-to-left names', () => {
  const faces = loadFaces();
  const measure: Measure = (_face, size, t) => [...t].length * size * 0.5;
  const pieces = (t: string) =>
    layoutLines([{ text: t }], 1000, { size: 10, color: '#000000', leading: 1.2 }, faces, measure)[0]
      ?.pieces ?? [];
  const at = (t: string, word: string) => pieces(t).find((p) => p.text === word);

  it('draws each script in its own face, with no replacement marks', () => {
    for (const [face, name] of Object.entries(NAMES)) {
      const drawn = pieces(name).filter((p) => p.text.trim() !== '');
      expect(
        drawn.every((p) => p.face === face && !p.text.includes('\ufffd')),
        name,
      ).toBe(true);
    }
  });

  it('places the words of a right-to-left name from right to left, after the left-to-right text', () => {
    const line = `Candidate: ${NAMES.hebrew}`;
    const first = at(line, 'דוד');
    const second = at(line, 'כהן');
    expect(first && second).toBeTruthy();
    expect(first?.x).toBeGreaterThan(second?.x ?? Infinity);
    expect(second?.x).toBeGreaterThan(at(line, 'Candidate: ')?.x ?? Infinity);
    const [one, two, three] = ['محمد', 'عبد', 'الله'].map((w) => at(NAMES.arabic, w)?.x ?? Number.NaN);
    expect(one).toBeGreaterThan(two as number);
    expect(two).toBeGreaterThan(three as number);
  });

  it('mirrors brackets inside a right-to-left run and keeps numbers left to right', () => {
    const drawn = pieces('שלום (2026) עולם')
      .filter((p) => p.text.trim() !== '')
      .sort((a, b) => a.x - b.x)
      .map((p) => p.text);
    expect(drawn).toEqual(['עולם', '(', '2026', ')', 'שלום']);
  });
});
