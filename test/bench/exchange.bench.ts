import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { APP_VERSION } from '../../electron/core/app/version';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import type { ExchangeFile, ExchangeReport } from '../../shared/pack-exchange';
import type { Scorecard } from '../../shared/scorecards';
import { startedInterview } from '../core/interviews/fixtures';
import { caller } from '../support/core-caller';
import { makeTempDir } from '../support/temp-db';
import { type Bench, report } from './harness';

const SCORECARDS = 1000;

async function withCore<T>(work: (ctx: CoreContext) => Promise<T>): Promise<T> {
  const { dir, cleanup } = makeTempDir('reqdesk-bench-');
  const database = await openDatabase(path.join(dir, 'reqdesk.sqlite'));
  try {
    return await work({ database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'preview' });
  } finally {
    await database.close();
    cleanup();
  }
}

type Rec = { type: string; id: string; version: number; body: Record<string, unknown> };

/**
 * A role bundle holding 1,000 candidates, each with an ended interview and a submitted
 * scorecard: one real interview run through the app's channels, exported, then copied under
 * new ids and signed again as the exporter would.
 */
async function bigBundle(): Promise<string> {
  return withCore(async (ctx) => {
    const { call } = caller(ctx);
    const setup = await startedInterview(ctx, 'Dana Kim');
    for (const item of setup.interview.items) {
      await call('interviews.saveItem', {
        interviewId: setup.interview.id,
        itemId: item.id,
        rating: 3,
        evidence: 'Walked through a real migration with numbers',
        clientSeq: 1,
      });
    }
    await call('interviews.end', { id: setup.interview.id, roundElapsedMs: 2_400_000 });
    const draft = await call<Scorecard>('scorecards.forInterview', { interviewId: setup.interview.id });
    await call('scorecards.submit', {
      id: draft.id,
      attributeRatings: draft.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 3 })),
      recommendation: 'yes',
      summary: 'Clear and careful',
    });
    const file = await call<ExchangeFile>('exchange.export', { kind: 'role-bundle', roleId: setup.role.id });
    const envelope = JSON.parse(file.content);
    const payload = JSON.parse(envelope.payload) as { records: Rec[] };
    const base = payload.records.filter((r) => !['candidate', 'interview', 'scorecard'].includes(r.type));
    const find = (type: string): Rec => {
      const found = payload.records.find((r) => r.type === type);
      if (!found) throw new Error(`no ${type} in the bundle`);
      return found;
    };
    const candidate = find('candidate');
    const interview = find('interview');
    const scorecard = find('scorecard');
    const copies: Rec[] = [];
    for (let i = 0; i < SCORECARDS; i++) {
      const candidateId = randomUUID();
      const interviewId = randomUUID();
      const items = (interview.body.items as { id: string }[]).map((item) => ({ ...item, id: randomUUID() }));
      copies.push(
        { ...candidate, id: candidateId, body: { ...candidate.body, name: `Candidate ${i + 1}` } },
        { ...interview, id: interviewId, body: { ...interview.body, candidateId, items } },
        { ...scorecard, id: randomUUID(), body: { ...scorecard.body, candidateId, interviewId } },
      );
    }
    envelope.payload = JSON.stringify({ ...payload, records: [...base, ...copies] });
    envelope.sha256 = createHash('sha256').update(envelope.payload).digest('hex');
    return JSON.stringify(envelope);
  });
}

export const exchangeBench: Bench = {
  name: 'exchange',
  async run() {
    const content = await bigBundle();
    report(
      `exchange: role bundle with ${SCORECARDS} scorecards, file size`,
      Buffer.byteLength(content) / 1024 / 1024,
      'MB',
    );
    await withCore(async (ctx) => {
      const { call } = caller(ctx);
      const input = { fileName: 'big.reqdesk-role', content };
      let started = performance.now();
      const dry = await call<ExchangeReport>('exchange.previewImport', input);
      report('exchange: dry run of the bundle', performance.now() - started, 'ms');
      started = performance.now();
      const applied = await call<ExchangeReport>('exchange.applyImport', input);
      report(
        'exchange: apply of the bundle (target < 2000, includes the backup before import)',
        performance.now() - started,
        'ms',
      );
      started = performance.now();
      const again = await call<ExchangeReport>('exchange.applyImport', input);
      report('exchange: the same bundle again (all unchanged)', performance.now() - started, 'ms');
      console.log(`exchange: ${dry.summary} / ${applied.summary} / ${again.summary}`);
    });
  },
};
