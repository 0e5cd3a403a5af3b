import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { readJdFile } from '../../../electron/core/jd/read-file';
import { openCore } from '../../../electron/core/open-core';
import { decodeUtf8File, firstInvalidUtf8 } from '../../../shared/utf8';
import { deepJson } from '../../support/hostile-files';
import { makeTempDir } from '../../support/temp-db';
import { cli } from '../support/run-cli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tempDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

const importPlan = async (format: 'json' | 'csv', content: string) => {
  const core = await openCore(path.join(tempDir(), 'r.sqlite'), { transport: 'cli' });
  try {
    return await dispatch(core, 'questions.importPlan', { fileName: `bank.${format}`, format, content });
  } finally {
    await core.database.close();
  }
};

describe('bank files too big in shape, not in bytes', () => {
  it('refuses a CSV whose header is thousands of columns wide before building its rows', async () => {
    const content = `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${'x\n'.repeat(100_000)}`;
    const result = await importPlan('csv', content);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (!result.ok)
      expect(result.error.message).toBe(
        'bank.csv has 10,000 columns; a question sheet has at most 200. Nothing was imported.',
      );
  });

  it('refuses JSON of millions of empty lists before parsing it', async () => {
    const content = `{"format":"reqdesk-exchange","version":1,"questions":[],"x":[${'[],'.repeat(3_000_000)}[]]}`;
    const result = await importPlan('json', content);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/^bank\.json holds 3,000,00\d objects and lists/);
  });

  it('refuses JSON nested 10,000 levels deep', async () => {
    const result = await importPlan('json', deepJson(10_000));
    if (!result.ok) expect(result.error.message).toContain('nested 10000 levels deep');
    expect(result.ok).toBe(false);
  });
});

describe('text that is not UTF-8', () => {
  const latin1 = Buffer.from('question,topic\nCaf\xe9 ordering?,Caches\n', 'latin1');

  it('is found at its first bad byte, and well-formed text of every length passes', () => {
    expect(firstInvalidUtf8(latin1)).toBe(18);
    expect(firstInvalidUtf8(Buffer.from('ok é 王 🙂'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut off
    expect(decodeUtf8File(Buffer.from('\uFEFFid'), 'f')).toEqual({ ok: true, text: 'id' });
  });

  it('is reported by the CLI bank import with its line, and nothing is imported', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bank.csv');
    fs.writeFileSync(file, latin1);
    const db = path.join(dir, 'r.sqlite');
    const result = await cli('bank', 'import', file, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toContain('is not UTF-8 text: byte 0xE9 on line 2 is not valid UTF-8');
    expect(result.err).toContain('Nothing was imported.');
  });

  it('in a JD text file is read as Windows-1252, and a byte that means nothing there is reported', async () => {
    expect((await readJdFile('jd.txt', Buffer.from('Caf\xe9 \x96 JD', 'latin1'))).text).toBe('Café – JD');
    await expect(readJdFile('jd.txt', Buffer.from('Title\nCaf\x81 JD', 'latin1'))).rejects.toThrow(
      'jd.txt is neither UTF-8 nor Windows-1252 text: byte 0x81 on line 2 means nothing in either.',
    );
    const badUtf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Go', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
    ]);
    await expect(readJdFile('jd.txt', badUtf16)).rejects.toThrow('holds bytes that are not UTF-16');
  });
});

describe('what the CLI prints', () => {
  it('shows bidi and C1 controls, and escape sequences, as visible escapes', async () => {
    const name = 'cv\u202Etxt.exe\u0085\u001b[2J.docx';
    const result = await cli('jd', 'check', path.join(tempDir(), name));
    expect(result.code).toBe(1);
    expect(result.err).toContain('cv\\u202Etxt.exe\\u0085\\u001B[2J.docx');
    for (const raw of ['\u202e', '\u0085', '\u001b']) expect(result.err).not.toContain(raw);
  });

  it('keeps --json output valid and equal to the data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'jd.txt');
    fs.writeFileSync(
      file,
      'Backend Engineer (Go) \u2067\u202E\n\nAbout the role\n\nYou will own the ledger.\n',
    );
    const result = await cli('jd', 'check', file, '--json');
    expect(result.out).not.toMatch(/[\u2067\u202e]/);
    expect(() => JSON.parse(result.out)).not.toThrow();
  });
});
