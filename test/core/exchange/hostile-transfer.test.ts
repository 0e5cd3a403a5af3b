import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeFile } from '../../../shared/pack-exchange';
import { caller } from '../../support/core-caller';
import { zipOf } from '../../support/hostile-files';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { forge, sha } from '../../support/transfer-files';
import { startedInterview } from '../interviews/fixtures';

let sender: TempCore;
let receiver: TempCore;
let pack: ExchangeFile;
beforeAll(async () => {
  sender = await openTempCore();
  receiver = await openTempCore();
  const setup = await startedInterview(sender.ctx);
  pack = await caller(sender.ctx).call<ExchangeFile>('exchange.export', {
    kind: 'pack',
    candidateId: setup.candidate.id,
    roundId: setup.round.id,
    interviewer: 'Dana Kim',
  });
});
afterAll(async () => {
  await sender.close();
  await receiver.close();
});

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** Each hostile file and the words its refusal must contain. */
const hostile: [string, () => string, RegExp][] = [
  [
    'an edited file (hash left as it was)',
    () => pack.content.replace('Schema design', 'Schema desigm'),
    /changed after it was written/,
  ],
  [
    'a truncated file',
    () => pack.content.slice(0, Math.floor(pack.content.length / 2)),
    /cut off|not valid JSON/,
  ],
  [
    'a file from a future format',
    () => pack.content.replace('"formatVersion": 1', '"formatVersion": 7'),
    /newer Reqdesk/,
  ],
  ['a gzip file', () => gzipSync(pack.content).toString('latin1'), /gzip|compressed/],
  [
    'a zip bomb',
    () =>
      zipOf([{ name: 'a.json', data: [{ data: Buffer.alloc(1024 * 1024, 32), times: 64 }] }]).toString(
        'latin1',
      ),
    /zip|compressed/,
  ],
  ['10,000-level JSON in the envelope', () => deep(10_000), /nested/],
  [
    '10,000-level JSON in the signed payload',
    () =>
      forge(pack.content, (p) => Object.assign(p, { title: 'x' })).replace(
        /"payload":"/,
        `"payload":"${deep(10_000)}`,
      ),
    /nested|changed after/,
  ],
  ['a signed payload nested 10,000 deep', () => signed(deep(10_000)), /nested/],
  [
    'a __proto__ key',
    () =>
      signed(
        JSON.stringify({ packId: null, title: 'x', records: [] }).replace(
          '{',
          '{"__proto__":{"admin":true},',
        ),
      ),
    /__proto__/,
  ],
  [
    'control characters',
    () => forge(pack.content, (p) => Object.assign(p, { title: 'bell\u0007' })),
    /control characters/,
  ],
  ['a 50 MB file', () => `{"pad":"${'a'.repeat(50 * 1024 * 1024)}"}`, /larger than/],
  [
    'a record that does not check out',
    () =>
      forge(pack.content, (p) => {
        (p.records[0] as { body: unknown }).body = { summary: 42 };
      }),
    /does not check out/,
  ],
];

/** A well-formed envelope around any payload text, its hash right. */
function signed(payload: string): string {
  const envelope = JSON.parse(pack.content);
  envelope.payload = payload;
  envelope.sha256 = createHash('sha256').update(payload).digest('hex');
  return JSON.stringify(envelope);
}

describe('hostile transfer files', () => {
  it.each(hostile)(
    'refuses %s before any write, the database byte-identical',
    async (_name, make, message) => {
      const content = make();
      const before = sha(receiver.dbPath);
      for (const channel of ['exchange.previewImport', 'exchange.applyImport']) {
        const refusal = await caller(receiver.ctx).refusal(channel, { fileName: 'x.reqdesk-pack', content });
        expect(refusal.code).toBe('bad_input');
        expect(refusal.message).toMatch(message);
      }
      expect(sha(receiver.dbPath)).toBe(before);
    },
  );

  it('still takes the genuine file afterwards', async () => {
    const report = await caller(receiver.ctx).call<{ counts: { added: number } }>('exchange.applyImport', {
      fileName: pack.fileName,
      content: pack.content,
    });
    expect(report.counts.added).toBeGreaterThan(0);
  });
});
