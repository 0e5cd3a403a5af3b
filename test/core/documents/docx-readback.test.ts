import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../electron/core/documents/docx-writer';
import { documentLines, documentText } from '../../../shared/domain/documents/text';
import { makeTempDir } from '../../support/temp-db';
import { HARD_NAMES, richSample } from './samples';
import {
  artifactDir,
  normalise,
  pageCount,
  pageText,
  python,
  run,
  snapshotFirstPage,
  withoutRepeatedHeader,
} from './tools';

interface ReadBack {
  body: (
    | { kind: 'paragraph'; style: string | null; numbered: boolean; text: string }
    | { kind: 'table'; rows: string[][]; widths: (number | null)[] }
  )[];
  properties: { title: string; subject: string; author: string; keywords: string };
  header: string;
  footer: string;
  page: { width: number; height: number; left: number; right: number };
}

const EMU_PER_TWIP = 635;
const LOOP_HEADER = '# Round Interviewer Length Focus';
const model = richSample();
let temp: ReturnType<typeof makeTempDir>;
let file: string;
let read: ReadBack;

beforeAll(async () => {
  temp = makeTempDir('reqdesk-docx-');
  file = path.join(temp.dir, 'rich.docx');
  fs.writeFileSync(file, await writeDocx(model, { pageSize: 'letter' }));
  fs.copyFileSync(file, path.join(artifactDir(), 'rich.docx'));
  read = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [file])) as ReadBack;
});
afterAll(() => temp.cleanup());

describe('DOCX read back with python-docx', () => {
  it('has the text of the model, paragraph by paragraph and cell by cell', () => {
    const got: string[] = [];
    for (const b of read.body) {
      if (b.kind === 'paragraph' && b.text !== '') got.push(b.text);
      if (b.kind === 'table') for (const row of b.rows) got.push(...row);
    }
    expect(got).toEqual(documentLines(model).map((l) => l.text));
    const all = got.join('\n');
    for (const name of HARD_NAMES) expect(all).toContain(name);
    expect(all).not.toContain('Keep the opening'); // guidance
    expect(all).not.toMatch(/\[Add/); // placeholder
    expect(all).toContain('Bad bytes are dropped');
  });

  it('uses Word heading styles and real list numbering', () => {
    const paragraphs = read.body.filter((b) => b.kind === 'paragraph');
    const style = (text: string) => paragraphs.find((p) => p.text === text);
    expect(style('Senior Backend Engineer, Payments')?.style).toBe('Heading 1');
    expect(style('About the role')?.style).toBe('Heading 2');
    expect(style('Nice to have')?.style).toBe('Heading 3');
    const bullet = style('Payments or ledger experience.');
    expect(bullet).toMatchObject({ style: 'List Bullet', numbered: true });
    expect(style('Comfort with message brokers and their failure modes.')).toMatchObject({
      style: 'List Number',
      numbered: true,
    });
    expect(style('query plans and indexes')).toMatchObject({ style: 'List Number 2', numbered: true });
  });

  it('fits tables to the text width and sets the page, header, footer and properties', () => {
    const textWidth = read.page.width - read.page.left - read.page.right;
    expect(read.page.width).toBe(12240 * EMU_PER_TWIP); // Letter
    for (const b of read.body) {
      if (b.kind !== 'table') continue;
      const sum = b.widths.reduce((a: number, w) => a + (w ?? 0), 0);
      expect(sum).toBe(textWidth);
    }
    const loop = read.body.find((b) => b.kind === 'table' && b.rows[0]?.[0] === '#');
    expect(loop?.kind === 'table' && loop.rows.length).toBe(43);
    expect(read.header).toContain('Senior Backend Engineer, Payments');
    expect(read.header).toContain('Zoë & Łukasz GmbH');
    expect(read.properties).toMatchObject({
      title: 'Senior Backend Engineer, Payments',
      subject: 'Job description',
      author: 'José Ñúñez',
      keywords: 'backend, payments',
    });
    const footerXml = run('unzip', ['-p', file, 'word/footer1.xml']);
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
    expect(run('unzip', ['-p', file, 'docProps/app.xml'])).toContain(
      '<Company>Zoë &amp; Łukasz GmbH</Company>',
    );
  });

  it('writes A4 when asked', async () => {
    const a4 = path.join(temp.dir, 'a4.docx');
    fs.writeFileSync(a4, await writeDocx(model, { pageSize: 'a4' }));
    const { page, body } = JSON.parse(
      python(path.resolve('test/core/documents/read-docx.py'), [a4]),
    ) as ReadBack;
    expect([page.width, page.height]).toEqual([11906 * EMU_PER_TWIP, 16838 * EMU_PER_TWIP]);
    for (const b of body) {
      if (b.kind === 'table')
        expect(b.widths.reduce((a: number, w) => a + (w ?? 0), 0)).toBe(page.width - page.left - page.right);
    }
  });

  it('has a document.xml that a strict XML parser accepts', () => {
    const xml = path.join(temp.dir, 'document.xml');
    fs.writeFileSync(xml, run('unzip', ['-p', file, 'word/document.xml']));
    expect(run('xmllint', ['--noout', '--nonet', xml])).toBe('');
  });
});

describe('DOCX opened by LibreOffice', () => {
  it('converts to a PDF whose text is the model text plus the page furniture', () => {
    const out = path.join(temp.dir, 'lo');
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(temp.dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file,
      ],
      { timeout: 180_000 },
    );
    const pdf = path.join(out, 'rich.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    fs.copyFileSync(pdf, path.join(artifactDir(), 'rich-docx-libreoffice.pdf'));
    snapshotFirstPage(pdf, 'rich-docx-page1');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    let text = '';
    for (let p = 1; p <= pages; p++) {
      text += ` ${normalise(pageText(pdf, p))
        .replace('Senior Backend Engineer, Payments Zoë & Łukasz GmbH', '')
        .replace(`Page ${p} of ${pages}`, '')}`;
    }
    expect(withoutRepeatedHeader(normalise(text), LOOP_HEADER)).toBe(normalise(documentText(model)));
    expect(normalise(text).split(LOOP_HEADER).length - 1).toBeGreaterThan(1); // repeated on the next page
  });
});
