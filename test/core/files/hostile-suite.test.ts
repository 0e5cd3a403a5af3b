import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { openCore } from '../../../electron/core/open-core';
import { type PreviewServer, startPreviewServer } from '../../../electron/preview/server';
import { PREVIEW_TOKEN_HEADER } from '../../../shared/preview-protocol';
import { decodeUtf8File } from '../../../shared/utf8';
import { type HostileFile, hostileCorpus } from '../../support/hostile-corpus';
import { makeTempDir, openTempCore, type TempCore } from '../../support/temp-db';

/**
 * Every bomb and malformed file through every reader: the CLI (`jd check`, `bank import`)
 * and the preview server's API (what the renderer sends, after its own reading of the file).
 * Prints, per file and reader, the time, the peak memory above the start and the outcome;
 * asserts the outcome and that the database file is byte for byte what it was.
 */

interface Outcome {
  refused: boolean;
  message: string;
}

/** Built once, by the first test that needs it (it takes seconds on a busy machine; hooks have a short deadline). */
let corpus: Promise<HostileFile[]> | undefined;
let temp: { dir: string; cleanup: () => void };
let cliDb: string;
let core: TempCore;
let server: PreviewServer;
const report: string[] = [];

const fingerprint = (db: string) => {
  const hash = createHash('sha256');
  for (const f of [db, `${db}-wal`]) if (fs.existsSync(f)) hash.update(fs.readFileSync(f));
  return hash.digest('hex');
};

/** Runs `read`, sampling the process's resident memory (the worker threads included). */
async function measured(read: () => Promise<Outcome>): Promise<Outcome & { ms: number; peakMb: number }> {
  const base = process.memoryUsage.rss();
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const start = performance.now();
  try {
    const outcome = await read();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ...outcome, ms: performance.now() - start, peakMb: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

async function viaCli(file: HostileFile): Promise<Outcome> {
  const at = path.join(temp.dir, file.name);
  fs.writeFileSync(at, file.bytes);
  const err: string[] = [];
  const io: CliIo = { out: () => {}, err: (l) => err.push(l) };
  const argv = file.reader === 'jd' ? ['jd', 'check', at] : ['bank', 'import', at, '--db', cliDb];
  const code = await runCli(argv, io);
  // `jd check` exits 1 for a JD with error findings too; a refusal is a message on stderr.
  return { refused: err.length > 0, message: err.join(' ') || `exit ${code}` };
}

function post(payload: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/invoke',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${server.port}`,
          'content-type': 'application/json',
          [PREVIEW_TOKEN_HEADER]: server.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function viaPreview(file: HostileFile): Promise<Outcome> {
  const name = file.name;
  let reply: Awaited<ReturnType<typeof post>>;
  if (file.reader === 'jd') {
    reply = await post({ channel: 'jd.importFile', input: { name, base64: file.bytes.toString('base64') } });
  } else {
    // What the renderer does with a picked file before it calls the API (ui/files.ts readFileText).
    const decoded = decodeUtf8File(file.bytes, name);
    if (!decoded.ok) return { refused: true, message: `(renderer) ${decoded.message}` };
    const content = decoded.text;
    const format = name.endsWith('.csv') ? 'csv' : 'json';
    reply = await post({ channel: 'questions.importApply', input: { fileName: name, format, content } });
  }
  if (reply.ok) return { refused: false, message: 'read' };
  expect(reply.error?.code, reply.error?.message).toBe('bad_input');
  return { refused: true, message: reply.error?.message ?? '' };
}

beforeAll(async () => {
  temp = makeTempDir('reqdesk-hostile-');
  cliDb = path.join(temp.dir, 'cli.sqlite');
  await (await openCore(cliDb, { transport: 'cli' })).database.close();
  core = await openTempCore();
  const root = path.join(core.dir, 'renderer');
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await startPreviewServer({ ctx: core.ctx, rendererRoot: root });
});
afterAll(async () => {
  console.log(['reader   file                               ms    peak MB  outcome', ...report].join('\n'));
  await server?.close();
  await core?.close();
  temp?.cleanup();
});

describe('hostile files, through every reader', () => {
  for (const [reader, run, dbOf] of [
    ['cli', viaCli, () => cliDb],
    ['preview', viaPreview, () => core.dbPath],
  ] as const) {
    it(`${reader}: refuses every bomb and malformed file with a reason, reads the real ones, and leaves the database as it was`, async () => {
      corpus ??= hostileCorpus();
      for (const file of await corpus) {
        const before = fingerprint(dbOf());
        const result = await measured(() => run(file));
        report.push(
          `${reader.padEnd(8)} ${file.name.padEnd(32)} ${result.ms.toFixed(0).padStart(6)} ${result.peakMb.toFixed(0).padStart(8)}  ${result.refused ? 'refused' : 'read'}: ${result.message.slice(0, 110)}`,
        );
        expect(result.refused, `${file.name}: ${result.message}`).toBe(file.refusal !== null);
        if (file.refusal) expect(result.message, file.name).toMatch(file.refusal);
        expect(fingerprint(dbOf()), `${file.name} changed the database`).toBe(before);
      }
    });
  }
});
