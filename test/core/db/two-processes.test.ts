import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../../electron/preview/server';
import { PREVIEW_INVOKE_PATH, PREVIEW_TOKEN_HEADER } from '../../../shared/preview-protocol';
import type { Result } from '../../../shared/result';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { startedInterview } from '../interviews/fixtures';

let core: TempCore | undefined;
let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  await core?.close();
  server = undefined;
  core = undefined;
});

const IMPORTED = 2500;

/** The CLI as a person runs it, in its own process; resolves with its exit code and output. */
function cli(args: string[]): { done: Promise<{ code: number; err: string }> } {
  const child = spawn(process.execPath, [path.resolve('bin/reqdesk.mjs'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    err += chunk;
  });
  return {
    done: new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code: code ?? -1, err }));
    }),
  };
}

describe('two processes on one file', () => {
  it('the CLI imports a bank while the preview server saves notes: both land, or the CLI says "busy", and nothing acknowledged is lost', async () => {
    core = await openTempCore();
    const { interview } = await startedInterview(core.ctx);
    const items = core.database.sqlite
      .prepare('select id from interview_items where interview_id = ? order by position')
      .pluck()
      .all(interview.id) as string[];
    const importedCount = () =>
      core?.database.sqlite
        .prepare("select count(*) from questions where topic like 'Keyset paging %'")
        .pluck()
        .get();

    const root = path.join(core.dir, 'renderer');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    server = await startPreviewServer({ ctx: core.ctx, rendererRoot: root });
    const { url, token } = server;
    const save = async (itemId: string, seq: number): Promise<Result<unknown>> => {
      const response = await fetch(new URL(PREVIEW_INVOKE_PATH, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PREVIEW_TOKEN_HEADER]: token },
        body: JSON.stringify({
          channel: 'interviews.saveItem',
          input: { interviewId: interview.id, itemId, evidence: `note ${seq}`, clientSeq: seq },
        }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Result<unknown>;
    };

    const csv = path.join(core.dir, 'bank.csv');
    const rows = Array.from(
      { length: IMPORTED },
      (_, i) =>
        `"How would you page through ${i} million audit rows without offsets?",technical,Keyset paging ${i},senior,postgres`,
    );
    fs.writeFileSync(csv, ['question,category,topic,levels,tags', ...rows].join('\n'));

    const importing = cli(['bank', 'import', csv, '--db', core.dbPath]);
    let running = true;
    void importing.done.then(() => {
      running = false;
    });
    const acknowledged = new Map<string, number>();
    const refused: string[] = [];
    let seq = 1;
    // Notes are saved as a person types them, for as long as the import runs.
    while (running) {
      const itemId = items[seq % items.length] as string;
      const result = await save(itemId, seq);
      if (result.ok) acknowledged.set(itemId, seq);
      else refused.push(`${result.error.code}: ${result.error.message}`);
      seq++;
    }
    const { code, err } = await importing.done;
    console.log(
      `[two processes] ${seq - 1} note saves during the import, ${refused.length} refused; CLI exit ${code}`,
    );

    // A save the preview acknowledged is stored; one it refused was reported as busy, nothing else.
    for (const reason of refused)
      expect(reason).toMatch(/^db_busy: .*busy in another Reqdesk window or command/);
    for (const [itemId, last] of acknowledged) {
      const stored = core.database.sqlite
        .prepare('select evidence from interview_items where id = ?')
        .pluck()
        .get(itemId);
      expect(stored).toBe(`note ${last}`);
    }
    if (code === 0) {
      expect(importedCount()).toBe(IMPORTED);
    } else {
      expect(err).toMatch(/busy in another Reqdesk window or command/);
      expect(importedCount()).toBe(0);
    }
    expect(err).not.toMatch(/database is locked|Something went wrong/);
  });
});
