import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { APP_VERSION } from '../../electron/core/app/version';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import type { Candidate } from '../../shared/candidates';
import type { Loop } from '../../shared/kits';
import type { Question } from '../../shared/questions';
import type { Role } from '../../shared/roles';
import { runCard } from '../core/debrief/panel';
import { caller } from '../support/core-caller';
import { makeDraft } from '../support/question-draft';
import { makeTempDir } from '../support/temp-db';
import { type Bench, measure, report } from './harness';

const ATTRIBUTES = [
  'api-design',
  'data-modelling-sql',
  'async-failure-modes',
  'testing',
  'security',
  'system-design',
  'communication',
  'collaboration',
  'observability',
  'performance',
  'ownership',
  'code-review',
];

async function withCore(work: (ctx: CoreContext) => Promise<void>): Promise<void> {
  const { dir, cleanup } = makeTempDir('reqdesk-bench-');
  const database = await openDatabase(path.join(dir, 'reqdesk.sqlite'));
  try {
    await work({ database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'preview' });
  } finally {
    await database.close();
    cleanup();
  }
}

/** A candidate with 8 submitted scorecards, each rating 12 attributes from 12 questions. */
async function bigPanel(ctx: CoreContext): Promise<string> {
  const { call } = caller(ctx);
  const role = await call<Role>('roles.create', {});
  const loop = await call<Loop>('loop.get', { roleId: role.id });
  const round = loop.rounds[3];
  if (!round) throw new Error('no onsite round');
  await call('loop.updateRound', { id: round.id, focusAttributes: ATTRIBUTES });
  for (const attribute of ATTRIBUTES) {
    const q = await call<Question>('questions.create', {
      draft: makeDraft({ topic: `On ${attribute}`, attributes: [attribute], minutes: 5 }),
    });
    await call('kit.addQuestion', { roundId: round.id, questionId: q.id });
  }
  const candidate = await call<Candidate>('candidates.create', { name: 'Bench Candidate', roleId: role.id });
  for (let n = 0; n < 8; n += 1) {
    await runCard(ctx, candidate.id, round.id, {
      interviewer: `Interviewer ${n + 1}`,
      items: ATTRIBUTES.map((_, i) => ({
        rating: (((n + i) % 4) + 1) as 1 | 2 | 3 | 4,
        evidence: `Said something specific about item ${i} in a few sentences of notes`,
        redFlags: n === 2 && i === 3 ? ['No view on testing'] : [],
      })),
      scores: Object.fromEntries(
        ATTRIBUTES.map((a, i) => [
          a,
          i === 11 && n % 3 === 0 ? 'not-assessed' : ((((n * 3 + i) % 4) + 1) as 1 | 2 | 3 | 4),
        ]),
      ),
      recommendation: n % 3 === 0 ? 'no' : 'yes',
      summary: 'A summary of a few sentences about what the interviewer heard.',
    });
  }
  return candidate.id;
}

/** 10,000 candidates over 20 roles with 40,000 interviews, written straight into the tables. */
function bigPipeline(ctx: CoreContext): void {
  const db = ctx.database.sqlite;
  const now = new Date().toISOString();
  const roleIds = Array.from({ length: 20 }, () => randomUUID());
  const role = db.prepare(
    "insert into roles (id, spec, created_at, updated_at) values (?, json_object('title', ?, 'status', 'open'), ?, ?)",
  );
  const candidate = db.prepare(
    "insert into candidates (id, role_id, name, stage, created_at, updated_at) values (?, ?, ?, 'interviewing', ?, ?)",
  );
  const interview = db.prepare(
    `insert into interviews (id, candidate_id, role_id, round_name, round_kind, round_minutes, focus_attributes,
      interviewer, interviewer_key, status, started_at, ended_at, created_at, updated_at)
     values (?, ?, ?, 'Onsite', 'onsite', 240, '[]', 'Dana', 'dana', 'ended', ?, ?, ?, ?)`,
  );
  const scorecard = db.prepare(
    `insert into scorecards (id, interview_id, candidate_id, interviewer, interviewer_key, status, version, recommendation, summary, submitted_at, created_at, updated_at)
     values (?, ?, ?, 'Dana', 'dana', 'submitted', 1, 'yes', 'ok', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const [i, id] of roleIds.entries()) role.run(id, `Role ${i}`, now, now);
    for (let c = 0; c < 10_000; c += 1) {
      const id = randomUUID();
      const roleId = roleIds[c % roleIds.length] as string;
      const at = new Date(Date.UTC(2026, 0, 1) + c * 60_000).toISOString();
      candidate.run(id, roleId, `Candidate ${c}`, at, at);
      for (let i = 0; i < 4; i += 1) {
        const interviewId = randomUUID();
        interview.run(interviewId, id, roleId, at, at, at, at);
        if (i < 3) scorecard.run(randomUUID(), interviewId, id, at, at, at);
      }
    }
  })();
}

async function timed(
  ctx: CoreContext,
  label: string,
  channel: string,
  input: unknown,
  runs: number,
  target: number,
) {
  const sample = await measure(
    async () => {
      const result = await dispatch(ctx, channel, input);
      if (!result.ok) throw new Error(result.error.message);
    },
    runs,
    3,
  );
  report(`${label} (p50)`, sample.median, 'ms');
  report(`${label} (p95)`, sample.p95, 'ms');
  report(`${label} target p95`, target, 'ms');
}

/** The debrief of a big panel and the candidate list of a big pipeline, through the core as the app calls them. */
export const debriefBench: Bench = {
  name: 'debrief',
  async run() {
    await withCore(async (ctx) => {
      const candidateId = await bigPanel(ctx);
      await timed(
        ctx,
        'debrief of 8 scorecards x 12 attributes, 100 reads',
        'debrief.get',
        { candidateId },
        100,
        20,
      );
    });
    await withCore(async (ctx) => {
      bigPipeline(ctx);
      const roleId =
        (ctx.database.sqlite.prepare('select id from roles limit 1').pluck().get() as string) ?? '';
      const big = 'candidate list, 10,000 candidates and 40,000 interviews';
      await timed(
        ctx,
        `${big}: the screen's newest 200, 100 reads`,
        'candidates.list',
        { limit: 200 },
        100,
        50,
      );
      await timed(
        ctx,
        `${big}: one role's newest 200, 100 reads`,
        'candidates.list',
        { roleId, limit: 200 },
        100,
        50,
      );
      await timed(
        ctx,
        `${big}: a name typed in the palette, 100 reads`,
        'candidates.list',
        { text: 'candidate 99', limit: 20 },
        100,
        50,
      );
      // The whole list at once (the CLI's candidate list): reported, not a screen's path.
      await timed(ctx, `${big}: all 10,000 at once, 10 reads`, 'candidates.list', {}, 10, 50);
    });
  },
};
