import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../../electron/core/documents/pdf/pdf-writer';
import { documentOf, paragraph, table } from '../../../shared/domain/documents/build';
import type { DocumentModel } from '../../../shared/domain/documents/model';
import { documentText, prepareForWriting } from '../../../shared/domain/documents/text';
import { makeTempDir } from '../../support/temp-db';
import { HARD_NAMES, headingNearPageEnd, richSample } from './samples';
import {
  artifactDir,
  normalise,
  pageCount,
  pageText,
  run,
  snapshotFirstPage,
  withoutRepeatedHeader,
} from './tools';

const LOOP_HEADER = '# Round Interviewer Length Focus';
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 72;

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir('reqdesk-pdf-');
});
afterAll(() => temp.cleanup());

async function writeTo(
  name: string,
  model: DocumentModel,
  pageSize: 'a4' | 'letter' = 'a4',
): Promise<string> {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, await writePdf(model, { pageSize }));
  return file;
}

/** Body lines of each page: pdftotext in drawing order, minus the header and footer lines. */
function bodyLines(pdf: string, model: DocumentModel): string[][] {
  const { title, company } = model.metadata;
  const pages = pageCount(pdf);
  const furniture = (p: number) => new Set([normalise(`${title} ${company ?? ''}`), `Page ${p} of ${pages}`]);
  return Array.from({ length: pages }, (_, i) =>
    pageText(pdf, i + 1)
      .split('\n')
      .map(normalise)
      .filter((line) => line !== '' && !furniture(i + 1).has(line)),
  );
}

/** Every word poppler finds, with its box in points from the top left of its page. */
function wordBoxes(pdf: string): { x0: number; y0: number; x1: number; y1: number; text: string }[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
  ].map(([, x0, y0, x1, y1, text]) => ({
    x0: Number(x0),
    y0: Number(y0),
    x1: Number(x1),
    y1: Number(y1),
    text: text ?? '',
  }));
}

function headings(model: DocumentModel): Set<string> {
  return new Set(
    prepareForWriting(model).blocks.flatMap((b) => (b.kind === 'heading' ? [normalise(b.text)] : [])),
  );
}

describe('PDF read back with poppler and qpdf', () => {
  const model = richSample();
  let pdf: string;
  beforeAll(async () => {
    pdf = await writeTo('rich.pdf', model);
    fs.copyFileSync(pdf, path.join(artifactDir(), 'rich.pdf'));
    snapshotFirstPage(pdf, 'rich-pdf-page1');
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors/);
  });

  it('embeds every font it uses, the CJK fallback included', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']); // emb sub uni
    const names = rows.map((r) => r.split(/\s+/)[0]).join(' ');
    expect(names).toMatch(/NotoSans-Regular/);
    expect(names).toMatch(/NotoSans-Bold/);
    expect(names).toMatch(/NotoSansCJKsc-Regular/);
  });

  it('has exactly the model text, page furniture aside', () => {
    const text = normalise(bodyLines(pdf, model).flat().join(' '));
    expect(withoutRepeatedHeader(text, LOOP_HEADER)).toBe(normalise(documentText(model)));
    expect(text.split(LOOP_HEADER).length - 1).toBeGreaterThan(1); // the header row repeats
    for (const name of HARD_NAMES) expect(text).toContain(name);
    expect(text).not.toContain('Keep the opening');
    expect(text).not.toMatch(/\[Add/);
  });

  it('numbers pages "Page X of Y" and sets the document properties', () => {
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) expect(normalise(pageText(pdf, p))).toContain(`Page ${p} of ${pages}`);
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Title:\s+Senior Backend Engineer, Payments$/m);
    expect(info).toMatch(/^Author:\s+José Ñúñez$/m);
    expect(info).toMatch(/^Subject:\s+Job description$/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)$/m);
  });

  it('keeps every word inside the margins; only the header and footer sit above or below them', () => {
    const words = wordBoxes(pdf);
    expect(words.length).toBeGreaterThan(500);
    const furnitureWords = new Set(
      `${model.metadata.title} ${model.metadata.company} Page of`
        .split(/\s+/)
        .map((w) => w.replace(/&/g, '&amp;')),
    );
    for (const { x0, y0, x1, y1, text: word } of words) {
      const where = `"${word}" at ${x0},${y0}`;
      expect(x0, where).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(x1, where).toBeLessThanOrEqual(A4.width - MARGIN + 0.5);
      // poppler's boxes use the font's ascender and descender, which reach a little past the
      // tallest capital and the deepest descender actually drawn: allow 2 points.
      const inBody = y0 >= MARGIN - 2 && y1 <= A4.height - MARGIN + 2;
      if (!inBody) expect(furnitureWords.has(word) || /^\d+$/.test(word), where).toBe(true);
    }
  });

  it('never ends a page with a heading', () => {
    const names = headings(model);
    for (const lines of bodyLines(pdf, model)) expect(names.has(lines.at(-1) ?? '')).toBe(false);
  });

  it('writes Letter when asked', async () => {
    const letter = await writeTo('rich-letter.pdf', model, 'letter');
    expect(run('pdfinfo', [letter])).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });
});

describe('PDF words longer than their line', () => {
  it('are broken where they must be, so nothing crosses the margins, not even in a narrow column', async () => {
    const url = `https://jobs.example.com/${'payments-ledger-'.repeat(14)}apply`;
    const model = documentOf({ title: 'Long words', company: 'Reqdesk' }, [
      paragraph(['Apply at ', url, ' before Friday.']),
      table(
        ['Key', 'Value', 'Note'],
        [
          ['Link', url, 'x'],
          ['王秀英佐藤花子김민준'.repeat(12), 'short', 'y'],
        ],
      ),
    ]);
    const pdf = await writeTo('long-words.pdf', model);
    const words = wordBoxes(pdf);
    for (const w of words) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(w.x1, w.text).toBeLessThanOrEqual(A4.width - MARGIN + 0.5);
    }
    // The breaks add line ends inside the long words; the characters are all there, in order.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(withoutRepeatedHeader(squeeze(bodyLines(pdf, model).flat().join('')), 'KeyValueNote')).toBe(
      squeeze(documentText(model)),
    );
  });
});

describe('PDF headings near the foot of a page', () => {
  it('move to the next page with what follows them instead of ending a page', async () => {
    let moved = 0;
    for (let filler = 0; filler <= 9; filler++) {
      const model = headingNearPageEnd(filler);
      const pdf = await writeTo(`heading-${filler}.pdf`, model);
      const pages = bodyLines(pdf, model);
      const names = headings(model);
      for (const lines of pages) expect(names.has(lines.at(-1) ?? ''), `filler ${filler}`).toBe(false);
      // The heading pair went over although the first page still had room for the headings alone.
      if (pages[1]?.[0] === `Section after ${filler} extra lines`) moved++;
      expect(normalise(pages.flat().join(' '))).toBe(normalise(documentText(model)));
    }
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(10);
  });
});

describe('PDF text in a long-lived process', () => {
  it('keeps a plain letter searchable after an earlier PDF held it only inside accented letters', () => {
    // A fresh process: the faces are parsed once per process, so only the first export's leftovers count.
    execFileSync(process.execPath, ['--import', 'tsx', 'test/core/documents/two-pdfs-child.ts', temp.dir]);
    expect(normalise(pageText(path.join(temp.dir, 'first.pdf'), 1))).toContain(
      'José Ñúñez, Ńikola and Ňora.',
    );
    expect(normalise(pageText(path.join(temp.dir, 'second.pdf'), 1))).toContain('Names, Numbers and Notes');
  });
});
