import { describe, expect, it } from 'vitest';
import { NotUtf8Error, readFileText } from '../../renderer/src/ui/files';

describe('reading a picked file as text', () => {
  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), 'Café, 王'], 'bank.csv');
    expect(await readFileText(file)).toBe('Café, 王');
  });

  it('reports bytes that are not UTF-8, with the line, instead of replacement marks', async () => {
    const file = new File([new Uint8Array([0x71, 0x0a, 0x43, 0x61, 0x66, 0xe9])], 'bank.csv');
    const error = await readFileText(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as Error).message).toMatch(/^bank\.csv is not UTF-8 text: byte 0xE9 on line 2/);
  });
});
