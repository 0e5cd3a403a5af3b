import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IsolatedReadError, runIsolated } from '../../../electron/core/files/isolated';
import { readJdFile } from '../../../electron/core/jd/read-file';
import { docxOf, noisyText, paragraphXml, repeated, zipOf } from '../../support/hostile-files';

const reject = (name: string, bytes: Buffer) => expect(readJdFile(name, bytes)).rejects;

describe('Word files built to exhaust the reader are refused', () => {
  it('reads a small real document (the guard lets real files through)', async () => {
    const file = await readJdFile(
      'ok.docx',
      docxOf(paragraphXml('Backend Engineer (Go)') + paragraphXml('You will own the ledger.')),
    );
    expect(file.text).toBe('Backend Engineer (Go)\n\nYou will own the ledger.');
  });

  it('refuses a 63 KB file of tiny paragraphs that unpacks to 57 MB, from the zip directory', async () => {
    const bomb = docxOf(repeated('<w:p/>', 60e6));
    expect(bomb.length).toBeLessThan(100_000);
    await reject('tiny-paragraphs.docx', bomb).toThrow(
      'tiny-paragraphs.docx would unpack word/document.xml to 57.2 MB; at most 16.0 MB is read.',
    );
  });

  it('refuses a highly compressed run of spaces by its compression ratio', async () => {
    const bomb = docxOf(`<w:p><w:r><w:t xml:space="preserve">${' '.repeat(8e6)}</w:t></w:r></w:p>`);
    await reject('spaces.docx', bomb).toThrow(
      /spaces\.docx would unpack word\/document\.xml [\d,]+ times larger/,
    );
  });

  it('refuses a directory that understates what an entry unpacks to, at the stated size', async () => {
    const liar = docxOf(repeated('<w:p/>', 30e6), { declaredSize: 400_000 });
    await reject('liar.docx', liar).toThrow(
      'liar.docx unpacks word/document.xml to more than its directory says; it was made to mislead.',
    );
  });

  it('refuses too many paragraphs even when they hide from the ratio check', async () => {
    const many = docxOf(Array.from({ length: 30_000 }, (_, i) => `<w:p w:x="${noisyText(3, i)}"/>`).join(''));
    await reject('many.docx', many).toThrow(
      'many.docx has 30,000 paragraphs; a job description has far fewer (at most 20,000 are read).',
    );
  });

  it('refuses a zip of thousands of entries and one of overlapping entries', async () => {
    const entries = zipOf(
      Array.from({ length: 5000 }, (_, i) => ({ name: `word/media/${i}.xml`, data: Buffer.from('<a/>') })),
    );
    await reject('entries.docx', entries).toThrow(
      'entries.docx holds 5,000 files; a Word document has far fewer',
    );
    const inner = repeated('<w:p/>', 900_000);
    const overlap = zipOf([
      { name: 'word/document.xml', data: inner },
      ...Array.from({ length: 200 }, (_, i) => ({ name: `word/copy${i}.xml`, data: inner, sameDataAs: 0 })),
    ]);
    await reject('overlap.docx', overlap).toThrow(
      /overlap\.docx would unpack to [\d.]+ MB; at most 64\.0 MB is read/,
    );
  });

  it('reports text that is not UTF-8 instead of turning it into replacement marks', async () => {
    const body = Buffer.concat([
      Buffer.from('<w:p><w:r><w:t>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' team</w:t></w:r></w:p>'),
    ]);
    await reject('latin1.docx', docxOf(body)).toThrow(
      'latin1.docx has text in word/document.xml that is not valid UTF-8; it is damaged.',
    );
  });
});

describe('an isolated reader that misbehaves costs a refusal, not the process', () => {
  const dir = path.resolve(import.meta.dirname, '../../support');
  const run = (kind: string, timeoutMs = 30_000) =>
    runIsolated<string>('isolated-hog', dir, kind, { memoryMb: 64, timeoutMs });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IsolatedReadError);
    return (error as IsolatedReadError).failure;
  };

  it('stops a worker that grows its heap without end', async () => {
    expect(await failure(run('memory'))).toEqual({ kind: 'memory' });
    expect(await run('answer')).toBe('answered');
  });

  it('stops a worker that never answers', async () => {
    expect(await failure(run('loop', 3000))).toEqual({ kind: 'timeout' });
  });
});
