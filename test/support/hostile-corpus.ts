import { Document, Packer, Paragraph } from 'docx';
import { deepJson, docxOf, noisyText, paragraphXml, repeated, repeatedBytes, zipOf } from './hostile-files';

/** A file the app must refuse (or, for a control file such as real.docx, read), and the reader that opens it. */
export interface HostileFile {
  name: string;
  reader: 'jd' | 'bank';
  bytes: Buffer;
  /** What the refusal says (a part of it); null for a control file that must be read. */
  refusal: RegExp | null;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const bank = (questions: string, extra = '') =>
  `{"format":"reqdesk-exchange","version":1,"questions":${questions}${extra}}`;

/**
 * Every kind of bomb and malformed file the readers are known to face: the Word bombs the
 * audit measured (63 KB of tiny paragraphs, 230 KB that ran out of memory, a huge run of
 * spaces), zip tricks, damaged and mislabelled files, and bank files that are deep, wide or
 * not UTF-8. Built in memory; a few seconds of CPU in all.
 */
export async function hostileCorpus(): Promise<HostileFile[]> {
  const real = await Packer.toBuffer(
    new Document({
      sections: [{ children: [new Paragraph('Backend Engineer (Go)'), new Paragraph('About us')] }],
    }),
  );
  const jd = (name: string, bytes: Buffer, refusal: RegExp | null): HostileFile => ({
    name,
    reader: 'jd',
    bytes,
    refusal,
  });
  const bankFile = (name: string, content: Buffer | string, refusal: RegExp | null): HostileFile => ({
    name,
    reader: 'bank',
    bytes: Buffer.from(content),
    refusal,
  });
  return [
    jd('real.docx', real, null),
    jd(
      'long-real-jd.docx',
      docxOf(Array.from({ length: 2000 }, (_, i) => paragraphXml(noisyText(95, i))).join('')),
      null,
    ),
    jd(
      'tiny-paragraphs-63KB.docx',
      docxOf(repeated('<w:p/>', 60e6)),
      /would unpack word\/document\.xml to 57\.2 MB/,
    ),
    jd(
      'tiny-paragraphs-230KB.docx',
      docxOf(repeated('<w:p/>', 160e6)),
      /would unpack word\/document\.xml to 152\.6 MB/,
    ),
    jd(
      'run-of-spaces.docx',
      docxOf([
        { data: Buffer.from('<w:p><w:r><w:t xml:space="preserve">'), times: 1 },
        ...repeated(' ', 100e6),
        { data: Buffer.from('</w:t></w:r></w:p>'), times: 1 },
      ]),
      /would unpack word\/document\.xml to 95\.4 MB/,
    ),
    jd(
      'lying-directory.docx',
      docxOf(repeated('<w:p/>', 30e6), { declaredSize: 400_000 }),
      /made to mislead/,
    ),
    jd(
      'noisy-paragraphs.docx',
      docxOf(Array.from({ length: 30_000 }, (_, i) => `<w:p w:x="${noisyText(3, i)}"/>`).join('')),
      /has 30,000 paragraphs/,
    ),
    jd(
      'five-thousand-entries.docx',
      zipOf(Array.from({ length: 5000 }, (_, i) => ({ name: `word/m${i}.xml`, data: Buffer.from('<a/>') }))),
      /holds 5,000 files/,
    ),
    jd(
      'overlapping-entries.docx',
      zipOf([
        { name: 'word/document.xml', data: repeated('<w:p/>', 900_000) },
        ...Array.from({ length: 200 }, (_, i) => ({
          name: `word/c${i}.xml`,
          data: repeated('<w:p/>', 900_000),
          sameDataAs: 0,
        })),
      ]),
      /would unpack to [\d.]+ MB/,
    ),
    jd('cut-in-half.docx', real.subarray(0, Math.floor(real.length / 2)), /not a complete zip archive/),
    jd(
      'not-utf8.docx',
      docxOf(Buffer.from('<w:p><w:r><w:t>Caf\xe9</w:t></w:r></w:p>', 'latin1')),
      /not valid UTF-8/,
    ),
    jd(
      'encrypted.docx',
      Buffer.concat([OLE, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(600)]),
      /password-protected/,
    ),
    jd('random-bytes.docx', Buffer.from(noisyText(50_000, 7)), /not a Word document/),
    jd(
      'binary.txt',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)),
      /does not look like a text file|neither UTF-8/,
    ),
    jd('six-megabytes.txt', repeatedBytes('x', 6 * 1024 * 1024), /at most 5(\.0)? MB/),
    jd('unmapped-byte.txt', Buffer.from('Title\nCaf\x81', 'latin1'), /neither UTF-8 nor Windows-1252/),
    bankFile('deep-10000.json', deepJson(10_000), /nested 10000 levels deep/),
    bankFile(
      'millions-of-lists.json',
      bank('[]', `,"x":[${'[],'.repeat(3_000_000)}[]]`),
      /objects and lists/,
    ),
    bankFile('proto-key.json', bank('[]', ',"__proto__":{"polluted":true}'), /"__proto__"/),
    bankFile('cut-off.json', '{"format":"reqdesk-exchange","version":1,"questions":[{"id":', /cut off/),
    bankFile('too-many-items.json', bank(`[${'0,'.repeat(100_000)}0]`), /More than 100000/),
    bankFile(
      'wide-header.csv',
      `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${'x\n'.repeat(100_000)}`,
      /has 10,000 columns/,
    ),
    bankFile('not-utf8.csv', Buffer.from('question,topic\nCaf\xe9?,Caches\n', 'latin1'), /not UTF-8 text/),
  ];
}
