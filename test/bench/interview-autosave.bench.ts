import path from 'node:path';
import { APP_VERSION } from '../../electron/core/app/version';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { startedInterview } from '../core/interviews/fixtures';
import { makeTempDir } from '../support/temp-db';
import { type Bench, measure, report } from './harness';

const RUNS = 500;

/**
 * The autosave of a note edit in live mode, through the core as the app calls it (dispatch:
 * schema check, one transaction, commit with synchronous=FULL in WAL). Target: p95 <= 20 ms.
 */
export const interviewAutosaveBench: Bench = {
  name: 'interview',
  async run() {
    const { dir, cleanup } = makeTempDir('reqdesk-bench-');
    const database = await openDatabase(path.join(dir, 'reqdesk.sqlite'));
    try {
      const ctx: CoreContext = {
        database,
        clock: () => new Date(),
        appVersion: APP_VERSION,
        transport: 'preview',
      };
      const synchronous = database.sqlite.pragma('synchronous', { simple: true });
      console.log(`interview autosave: synchronous=${synchronous === 2 ? 'FULL' : synchronous}, journal WAL`);
      const { interview } = await startedInterview(ctx);
      const items = interview.items.map((i) => i.id);
      let seq = 0;
      let note = 'Walked through the retry queue and the dead-letter topic';
      const edit = async () => {
        seq++;
        // A person typing: the note grows a few characters per save.
        note = `${note}${seq % 9 === 0 ? '. ' : ' x'}`.slice(-4000);
        const input = {
          interviewId: interview.id,
          itemId: items[seq % items.length],
          evidence: note,
          clientSeq: seq,
        };
        const result = await dispatch(ctx, 'interviews.saveItem', input);
        if (!result.ok) throw new Error(result.error.message);
      };
      const sample = await measure(edit, RUNS, 20);
      report(`interview autosave of a note edit, ${RUNS} saves (p50)`, sample.median, 'ms');
      report(`interview autosave of a note edit, ${RUNS} saves (p95)`, sample.p95, 'ms');
      report('interview autosave target p95', 20, 'ms');
    } finally {
      await database.close();
      cleanup();
    }
  },
};
