/**
 * The child of the crash test: opens the database through the core and saves note edits
 * through the core's saveItem as fast as it can. After each call has returned it prints
 * `<itemId> <seq>`: that write was acknowledged and must survive a SIGKILL.
 *
 * argv: <db file> <interview id> <item id,item id,...>; it opens the file when a line arrives on stdin.
 */
import { APP_VERSION } from '../../../electron/core/app/version';
import type { CoreContext } from '../../../electron/core/context';
import { openDatabase } from '../../../electron/core/db/open';
import { saveItem } from '../../../electron/core/interviews/live';
import { noteFor } from './crash-note';

async function main() {
  const [file, interviewId, items] = process.argv.slice(2);
  if (!file || !interviewId || !items) throw new Error('usage: crash-writer <db> <interview> <items>');
  const itemIds = items.split(',');
  // Started ahead of time with its modules loaded; the parent says when to open the file.
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const database = await openDatabase(file);
  const ctx: CoreContext = { database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'cli' };
  // Start above every stored save, acknowledged or not, so no write of this run is "late".
  let seq =
    (database.sqlite.prepare('select max(client_seq) from interview_items').pluck().get() as number) + 1;
  process.stdout.write('ready\n');
  for (;;) {
    const itemId = itemIds[seq % itemIds.length] as string;
    const result = await saveItem(ctx, {
      interviewId,
      itemId,
      evidence: noteFor(seq),
      judgement: `judgement ${seq}`,
      elapsedMs: seq,
      clientSeq: seq,
    });
    if (!result.applied) throw new Error(`save ${seq} was dropped`);
    process.stdout.write(`${itemId} ${seq}\n`);
    seq++;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
