import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild } from '../../support/bundle-child';
import { caller } from '../../support/core-caller';
import { openTempCore } from '../../support/temp-db';
import { noteFor } from './crash-note';
import { makeQuestion, startedInterview } from './fixtures';

/**
 * Crash test of the live-interview autosave: a child process writes note edits through the
 * core as fast as it can and reports each acknowledged write; it is killed with SIGKILL at a
 * random moment; then the file must pass integrity_check and hold every acknowledged write.
 * Two lanes run side by side, each on its own file, to use both cores.
 */
const KILLS = Number(process.env.REQDESK_CRASH_KILLS ?? 200);
const LANES = 2;

let bundle: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ file: bundle, cleanup } = await bundleChild('test/core/interviews/crash-writer.ts', 'writer'));
});
afterAll(() => cleanup?.());

interface Lane {
  file: string;
  interviewId: string;
  itemIds: string[];
  /** Highest acknowledged seq per item, over every run so far. */
  acked: Map<string, number>;
}

async function prepareLane(): Promise<Lane> {
  const core = await openTempCore();
  const { interview } = await startedInterview(core.ctx);
  const extra = await makeQuestion(core.ctx, {
    topic: 'Retries',
    text: 'How do you retry a failed payment call?',
  });
  await caller(core.ctx).call('interviews.insertAdHoc', {
    id: interview.id,
    questionId: extra.id,
    afterItemId: null,
  });
  const itemIds = core.database.sqlite
    .prepare('select id from interview_items where interview_id = ? order by position')
    .pluck()
    .all(interview.id) as string[];
  // Keep the file: close the handle only (the temp folder goes with the process's temp dir).
  await core.database.close();
  return { file: core.dbPath, interviewId: interview.id, itemIds, acked: new Map() };
}

/** A writer started ahead of time: its modules load while the previous one runs. */
function spawnWriter(lane: Lane): ChildProcess {
  return spawn(process.execPath, [bundle, lane.file, lane.interviewId, lane.itemIds.join(',')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Lets a waiting writer go, kills it at a random moment, and returns what it acknowledged. */
function runAndKill(child: ChildProcess): Promise<{ acks: [string, number][]; errors: string }> {
  return new Promise((resolve, reject) => {
    const acks: [string, number][] = [];
    let buffered = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    let fallback: NodeJS.Timeout | undefined;
    const killSoon = (ms: number) => {
      if (timer) return;
      timer = setTimeout(() => child.kill('SIGKILL'), ms);
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') {
          // In case no write is ever acknowledged (a stuck writer would otherwise hang the test).
          fallback = setTimeout(() => child.kill('SIGKILL'), 2000);
        } else {
          const [itemId, seq] = line.split(' ');
          if (itemId && seq) acks.push([itemId, Number(seq)]);
          // Once writes stream, the kill lands at a random point among them.
          killSoon(Math.random() * 50);
        }
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      errors += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(fallback);
      if (signal !== 'SIGKILL') errors += `\nexited by itself: code ${code}`;
      resolve({ acks, errors });
    });
    child.stdin?.write('go\n');
    // Most kills land while writes stream; some while the file is being opened.
    if (Math.random() < 0.15) killSoon(Math.random() * 10);
  });
}

/** Opens the file after a kill: integrity, and every acknowledged write present and whole. */
function verify(lane: Lane): { integrity: string; lost: number; torn: number } {
  const db = new BetterSqlite3(lane.file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const rows = db
      .prepare(
        'select id, client_seq, evidence, judgement, elapsed_ms from interview_items where interview_id = ?',
      )
      .all(lane.interviewId) as {
      id: string;
      client_seq: number;
      evidence: string;
      judgement: string;
      elapsed_ms: number;
    }[];
    let lost = 0;
    let torn = 0;
    for (const row of rows) {
      if (row.client_seq < (lane.acked.get(row.id) ?? 0)) lost++;
      // A stored save is whole: every field carries the same seq.
      if (
        row.client_seq > 0 &&
        (row.evidence !== noteFor(row.client_seq) ||
          row.judgement !== `judgement ${row.client_seq}` ||
          row.elapsed_ms !== row.client_seq)
      ) {
        torn++;
      }
    }
    return { integrity, lost, torn };
  } finally {
    db.close();
  }
}

describe('live interview autosave under SIGKILL', () => {
  it(`keeps every acknowledged write through ${KILLS} kills`, async () => {
    const started = Date.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, () => prepareLane()));
    let kills = 0;
    let lost = 0;
    let torn = 0;
    let acknowledged = 0;
    const phases = { run: 0, verify: 0 };
    const problems: string[] = [];
    await Promise.all(
      lanes.map(async (lane) => {
        let next = spawnWriter(lane);
        while (kills < KILLS) {
          kills++;
          const current = next;
          next = spawnWriter(lane);
          const t0 = Date.now();
          const { acks, errors } = await runAndKill(current);
          phases.run += Date.now() - t0;
          // A slow commit is logged by the core (the machine is shared); anything else is a failure.
          const unexpected = errors
            .split('\n')
            .filter((line) => line.trim() && !line.startsWith('[db] slow query'))
            .join('\n');
          if (unexpected) problems.push(unexpected.slice(0, 500));
          for (const [itemId, seq] of acks) {
            lane.acked.set(itemId, Math.max(seq, lane.acked.get(itemId) ?? 0));
          }
          acknowledged += acks.length;
          const t1 = Date.now();
          const check = verify(lane);
          phases.verify += Date.now() - t1;
          if (check.integrity !== 'ok') problems.push(`integrity_check: ${check.integrity}`);
          lost += check.lost;
          torn += check.torn;
        }
        next.kill('SIGKILL');
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `crash test: ${kills} kills, ${acknowledged} acknowledged writes, lost writes: ${lost}, torn rows: ${torn}, ${seconds.toFixed(1)} s (per kill: ${(phases.run / kills).toFixed(0)} ms running, ${(phases.verify / kills).toFixed(0)} ms checking)`,
    );
    for (const lane of lanes) fs.rmSync(path.dirname(lane.file), { recursive: true, force: true });
    expect(problems).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(acknowledged).toBeGreaterThan(KILLS); // the kills landed while writes were streaming
    expect(lost).toBe(0);
    expect(torn).toBe(0);
  });
});
