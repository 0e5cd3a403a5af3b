import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../electron/core/documents/docx-writer';
import { loadFaces } from '../../../electron/core/documents/pdf/fonts';
import { layoutLines, type Measure, REPLACEMENT } from '../../../electron/core/documents/pdf/line-layout';
import { writePdf } from '../../../electron/core/documents/pdf/pdf-writer';
import {
  bold,
  bullets,
  documentOf,
  heading,
  italic,
  keyValues,
  paragraph,
  table,
} from '../../../shared/domain/documents/build';
import type { DocumentModel } from '../../../shared/domain/documents/model';
import { cleanText, documentLines, documentText } from '../../../shared/domain/documents/text';
import { makeTempDir } from '../../support/temp-db';
import { artifactDir, normalise, pageCount, pageText, python, run, snapshotFirstPage } from './tools';

/** Symbols Noto Sans lacks, which the Math and Symbols 2 fallbacks draw. */
const SYMBOLS = ['≥', '→', '✓', '★'];
const NAMES = 'Zoë Łukasz 王小明 €';
/** A script no embedded face has (LTR, so pdftotext gives it back in writing order). */
const UNCOVERED = 'გამარჯობა';

const model: DocumentModel = documentOf(
  { title: 'Glyph coverage ★', company: 'Reqdesk → 🚀', author: 'Zoë Łukasz' },
  [
    heading(1, 'Glyph coverage ✓'),
    paragraph('≥ 5 years of backend experience'),
    paragraph(['Next step → ', bold('≥ 3 interviews → offer'), ' and ', italic('✓ ★ in italics')]),
    bullets(['✓ done', '★ 4.5', ['Ship it 🚀 👩‍💻 today', bold(' 🎉')]]),
    paragraph(NAMES),
    paragraph('Ship it 🚀 👩‍💻 today'),
    paragraph('Skin tones 👍🏽 and flags 🇩🇪 go, © 2026 and ⌘ stay'),
    keyValues([['Rating ★', '★★★★☆ (4 of 5) ≤ 5']]),
    table(
      ['Check', 'Range'],
      [
        ['✓ tests', '≥ 80 %'],
        ['✗ flaky', '≠ 0 → fix'],
      ],
    ),
    paragraph(`Greeting: ${UNCOVERED} (Georgian)`),
  ],
);

let temp: ReturnType<typeof makeTempDir>;
let pdf: string;
let pdfText: string;
let docxLines: string[];

/** Body text of the PDF in drawing order: pdftotext -raw, minus the header and footer lines. */
function pdfBody(file: string): string {
  const pages = pageCount(file);
  const title = cleanText(model.metadata.title);
  const company = cleanText(model.metadata.company ?? '');
  const lines: string[] = [];
  for (let p = 1; p <= pages; p++) {
    for (const line of pageText(file, p).split('\n').map(normalise)) {
      if (line !== '' && line !== normalise(`${title} ${company}`) && line !== `Page ${p} of ${pages}`)
        lines.push(line);
    }
  }
  return normalise(lines.join(' '));
}

beforeAll(async () => {
  temp = makeTempDir('reqdesk-glyphs-');
  pdf = path.join(temp.dir, 'glyphs.pdf');
  fs.writeFileSync(pdf, await writePdf(model, { pageSize: 'a4' }));
  fs.copyFileSync(pdf, path.join(artifactDir(), 'glyphs.pdf'));
  snapshotFirstPage(pdf, 'glyphs-pdf-page1');
  pdfText = pdfBody(pdf);

  const docx = path.join(temp.dir, 'glyphs.docx');
  fs.writeFileSync(docx, await writeDocx(model, { pageSize: 'a4' }));
  const read = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [docx])) as {
    body: ({ kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] })[];
  };
  docxLines = [];
  for (const b of read.body) {
    if (b.kind === 'paragraph' && b.text !== '') docxLines.push(b.text);
    if (b.kind === 'table') for (const row of b.rows) docxLines.push(...row);
  }
});
afterAll(() => temp.cleanup());

describe('symbols, names and emoji in both exports', () => {
  it('prints the symbols Noto Sans lacks, and the names, in the PDF', () => {
    for (const s of [...SYMBOLS, '≤', '≠', '✗', '☆', '⌘', '©']) expect(pdfText).toContain(s);
    expect(pdfText).toContain('≥ 5 years of backend experience');
    expect(pdfText).toContain('Next step → ≥ 3 interviews → offer and ✓ ★ in italics');
    expect(pdfText).toContain('✓ done');
    expect(pdfText).toContain('★ 4.5');
    expect(pdfText).toContain(NAMES);
  });

  it('leaves emoji out of both, with no doubled space where they were', () => {
    for (const text of [pdfText, docxLines.join('\n')]) {
      expect(text).toContain('Ship it today');
      expect(text).toContain('Skin tones and flags go, © 2026 and ⌘ stay');
      expect(text).not.toMatch(/\p{Emoji_Presentation}|\u200d|\ufe0f|\p{Emoji_Modifier}/u);
      for (const e of ['🚀', '👩', '💻', '🎉', '🇩🇪']) expect(text).not.toContain(e);
    }
  });

  it('has the same text in the PDF as in the DOCX', () => {
    const expected = documentLines(model);
    expect(docxLines).toEqual(expected.map((l) => l.text));
    // The DOCX numbers its lists itself; put the markers back to compare the whole text.
    const docxText = docxLines.map((t, i) => {
      const marker = expected[i]?.marker;
      return marker ? `${marker} ${t}` : t;
    });
    expect(pdfText).toBe(normalise(docxText.join('\n')));
    expect(pdfText).toBe(normalise(documentText(model)));
  });

  it('embeds the Math and Symbols 2 fallbacks beside Noto Sans and the CJK face', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']); // emb sub uni
    const names = rows.map((r) => r.split(/\s+/)[0]).join(' ');
    for (const face of [
      'NotoSans-Regular',
      'NotoSans-Bold',
      'NotoSans-Italic',
      'NotoSansMath-Regular',
      'NotoSansSymbols2-Regular',
      'NotoSansCJKsc-Regular',
    ])
      expect(names).toContain(face);
  });

  it('shows a replacement mark for a character no face has, and keeps the character in the text layer', () => {
    expect(pdfText).toContain(`Greeting: ${UNCOVERED} (Georgian)`);
    const qdf = path.join(temp.dir, 'glyphs-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
    // One span, inside the text object, so readers place the text where the marks are drawn.
    const spans = fs.readFileSync(qdf, 'latin1').match(/\/ActualText/g) ?? [];
    expect(spans).toHaveLength(1);
    expect(fs.readFileSync(qdf, 'latin1')).toMatch(
      /\nBT\n\/Span <<\/ActualText [^\n]*>> BDC\n[\s\S]*?\] TJ\nEMC\nET\n/,
    );
    expect(run('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('the face each character is drawn in', () => {
  const faces = loadFaces();
  const measure: Measure = (_face, size, text) => [...text].length * size * 0.5;
  const style = { size: 10, color: '#000000', leading: 1.2 };
  const piecesOf = (text: string, extra: { bold?: boolean; italic?: boolean } = {}) =>
    layoutLines([{ text, ...extra }], 1000, { ...style, ...extra }, faces, measure).flatMap((l) => l.pieces);
  const faceOf = (text: string, extra: { bold?: boolean; italic?: boolean } = {}) =>
    piecesOf(text, extra).find((p) => p.text.trim() !== '')?.face;

  it('falls back to Math for arrows and operators, Symbols 2 for check marks and stars, in every style', () => {
    for (const extra of [{}, { bold: true }, { italic: true }, { bold: true, italic: true }]) {
      for (const s of ['≥', '→', '≤', '⇒', '∞']) expect(faceOf(s, extra), s).toBe('math');
      for (const s of ['✓', '★', '✗', '■', '⌘']) expect(faceOf(s, extra), s).toBe('symbols');
      expect(faceOf('王', extra)).toBe('cjk');
    }
    expect(faceOf('€')).toBe('regular');
    expect(faceOf('€', { bold: true, italic: true })).toBe('boldItalic');
  });

  it('draws one replacement mark per character no face has, and remembers the characters', () => {
    const missing = piecesOf(`a ${UNCOVERED} b`).filter((p) => p.actual !== undefined);
    expect(missing).toHaveLength(1);
    expect(missing[0]?.actual).toBe(UNCOVERED);
    expect(missing[0]?.text).toBe(REPLACEMENT.repeat([...UNCOVERED].length));
    expect(missing[0]?.face).toBe('regular');
    // Invisible characters (joiners, direction marks) are not shown as missing.
    expect(piecesOf('a\u200db\u200ec').every((p) => p.actual === undefined)).toBe(true);
  });
});

describe('emoji in the cleaning both writers share', () => {
  it.each([
    ['Ship it 🚀 👩‍💻 today', 'Ship it today'],
    ['🎉 Welcome aboard!', 'Welcome aboard!'],
    ['Launch today 🚀.', 'Launch today.'],
    ['(🚀 fast) x 🚀, y', '(fast) x, y'],
    ['Thumbs 👍🏽 👋🏿 up', 'Thumbs up'],
    ['Offices 🇩🇪 🇯🇵 🏴󠁧󠁢󠁳󠁣󠁴󠁿 abroad', 'Offices abroad'],
    ['We ❤️‍🔥 Rust, ✅ tests, ⭐ stars', 'We Rust, tests, stars'],
    ['✔️ Remote ⚠️ on call', 'Remote on call'],
    ['1️⃣ Design #️⃣ tag', '1 Design # tag'],
    ['©️ 2026 Acme™ ®', '© 2026 Acme™ ®'],
    ['≥ 5 → ✓ ★ ☆ ✔ ✗ ♥ ↔ ⌘ €', '≥ 5 → ✓ ★ ☆ ✔ ✗ ♥ ↔ ⌘ €'],
    ['↗︎ link ⚡︎ text style', '↗ link ⚡ text style'],
    ['Zoë Łukasz 王小明 김민준 José', 'Zoë Łukasz 王小明 김민준 José'],
    ['क्‍ष stays joined', 'क्‍ष stays joined'],
  ])('%s', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});
