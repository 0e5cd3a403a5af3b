import { crc32 } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { textOfParagraphs } from '../../../electron/core/jd/docx-text';
import { readJdFile } from '../../../electron/core/jd/read-file';
import { JD_FILE_MAX_BYTES } from '../../../shared/jd';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { fixture } from './helpers';

/** A Word file made for the test with the docx package: headings, paragraphs, bullets. */
async function makeDocx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph(text);
  const h = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Backend Developer (Go)', heading: HeadingLevel.HEADING_1 }),
          h('About the role'),
          p('You will own the refunds service, which returns about 20,000 orders a day.'),
          h('Responsibilities'),
          bullet('Ship the partial refund endpoint.'),
          bullet('Move refund events onto Kafka.'),
          h('Requirements'),
          bullet('3+ years of Go.'),
          h('Compensation'),
          p('The base range is $130,000-$150,000.'),
          h('About Us'),
          p('Acme sells tents.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A stored (uncompressed) zip holding one file: a zip that is not a Word document. */
function makeZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('reading an old JD from a file', () => {
  it('reads a .docx made with the docx package, and splits it into sections', async () => {
    const file = await readJdFile('old-jd.docx', await makeDocx());
    expect(file.format).toBe('docx');
    expect(file.text.split('\n\n').slice(0, 3)).toEqual([
      'Backend Developer (Go)',
      '## About the role',
      'You will own the refunds service, which returns about 20,000 orders a day.',
    ]);
    // Headings in a heading style are marked as markdown marks them; bullets stay bullets, one
    // per line, as a pasted JD has them.
    expect(file.text).toContain(
      '## Responsibilities\n\n- Ship the partial refund endpoint.\n- Move refund events onto Kafka.\n\n## Requirements',
    );
  });

  it('writes list items with their markers, counting numbered ones and indenting nested ones', () => {
    const p = (text: string) => ({ text, list: null });
    const item = (text: string, level = 0, ordered = false) => ({ text, list: { level, ordered } });
    expect(
      textOfParagraphs([
        p('Steps'),
        item('Screen', 0, true),
        item('Exercise', 0, true),
        item('Take-home or pairing', 1),
        item('Onsite', 0, true),
        p('Then'),
        item('Again', 0, true),
      ]),
    ).toBe('Steps\n\n1. Screen\n2. Exercise\n  - Take-home or pairing\n3. Onsite\n\nThen\n\n1. Again');
  });

  it('reads .txt and .md files, UTF-8 or Windows-1252, with or without a byte-order mark', async () => {
    const md = fixture('01');
    expect((await readJdFile('jd.md', Buffer.from(md))).text).toBe(md.trim());
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\r\nBody\r\n')]);
    expect(await readJdFile('C:\\jobs\\jd.TXT', bom)).toEqual({
      name: 'jd.TXT',
      format: 'txt',
      text: 'Title\nBody',
    });
    const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x4a, 0x44]);
    expect((await readJdFile('jd.txt', cp1252)).text).toBe('Café – JD');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Backend (Go)', 'utf16le')]);
    expect((await readJdFile('jd.txt', utf16)).text).toBe('Backend (Go)');
  });

  it('refuses binary garbage, a zip that is not a Word file, and a .docx that is really text', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expect(readJdFile('jd.txt', garbage)).rejects.toThrow('jd.txt does not look like a text file');
    await expect(readJdFile('jd.docx', garbage)).rejects.toThrow('jd.docx is not a Word document (.docx)');
    await expect(readJdFile('jd.docx', makeZip('notes.txt', 'hello'))).rejects.toThrow(
      'jd.docx is a zip archive but not a Word document',
    );
    await expect(readJdFile('jd.docx', Buffer.from('Backend Developer (Go)'))).rejects.toThrow(
      'is not a Word document (.docx)',
    );
    await expect(readJdFile('jd.txt', await makeDocx())).rejects.toThrow(
      'is a Word or zip file, not plain text',
    );
  });

  it('tells a password-protected .docx from an old .doc', async () => {
    const encrypted = Buffer.concat([
      OLE,
      Buffer.alloc(500),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(100),
    ]);
    await expect(readJdFile('locked.docx', encrypted)).rejects.toThrow('locked.docx is password-protected');
    await expect(readJdFile('old.docx', Buffer.concat([OLE, Buffer.alloc(600)]))).rejects.toThrow(
      'old.docx is an old Word 97-2003 document',
    );
  });

  it('refuses a file over 5 MB, an empty file, and other kinds of file', async () => {
    const big = Buffer.alloc(JD_FILE_MAX_BYTES + 1, 0x61);
    await expect(readJdFile('big.txt', big)).rejects.toThrow(
      'big.txt is 5.0 MB; a job description file can be at most 5.0 MB.',
    );
    await expect(readJdFile('empty.md', Buffer.alloc(0))).rejects.toThrow('empty.md is empty.');
    await expect(readJdFile('blank.md', Buffer.from('\n \n'))).rejects.toThrow('blank.md has no text in it.');
    await expect(readJdFile('jd.pdf', Buffer.from('%PDF-1.7'))).rejects.toThrow(
      'use a .docx, .txt or .md file',
    );
  });
});

describe('the jd channels', () => {
  let core: TempCore;
  beforeAll(async () => {
    core = await openTempCore({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => {
    await core.close();
  });

  it('jd.importFile returns the text and its sections', async () => {
    const base64 = (await makeDocx()).toString('base64');
    const result = await dispatch(core.ctx, 'jd.importFile', { name: 'old.docx', base64 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { document: { title: string; sections: { id: string }[] } };
    expect(value.document.title).toBe('Backend Developer (Go)');
    expect(value.document.sections.map((s) => s.id)).toEqual([
      'about',
      'first90',
      'requirements',
      'compensation',
      'company',
    ]);
  });

  it('jd.importFile refuses bad files and oversize input with a clear message', async () => {
    const garbage = await dispatch(core.ctx, 'jd.importFile', {
      name: 'x.docx',
      base64: Buffer.from('nope').toString('base64'),
    });
    expect(garbage).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('not a Word document') },
    });
    const huge = await dispatch(core.ctx, 'jd.importFile', { name: 'x.txt', base64: 'A'.repeat(7_000_004) });
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('at most 5 MB') },
    });
  });

  it('jd.check takes pasted text or sections, and judges pay laws by the clock', async () => {
    const noPay = fixture('01').replace('The base range is $165,000-$200,000', 'We pay well');
    const result = await dispatch(core.ctx, 'jd.check', { text: noPay, location: 'Wilmington, DE' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      report: { findings: { id: string; severity: string; start: number; end: number }[] };
      text: string;
    };
    const pay = value.report.findings.find((f) => f.id === 'missing-pay-range');
    // Delaware's law starts in 2027: on 2026-11-23 it is a warning.
    expect(pay?.severity).toBe('warning');
    expect(value.text.slice(pay?.start, pay?.end).startsWith('We pay well')).toBe(true);
    const both = await dispatch(core.ctx, 'jd.check', { text: 'x', document: { title: 'x', sections: [] } });
    expect(both).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const long = await dispatch(core.ctx, 'jd.check', { text: 'a'.repeat(200_001) });
    expect(long).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('longer than 200,000 characters') },
    });
  });
});
