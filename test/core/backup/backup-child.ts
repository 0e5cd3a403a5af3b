/**
 * The child of the backup kill test: opens the database and takes backups one after another,
 * printing `done <path>` after each. The parent kills it at a random moment.
 *
 * argv: <db file>; it opens the file when a line arrives on stdin.
 */
import { APP_VERSION } from '../../../electron/core/app/version';
import { createBackup } from '../../../electron/core/backup/create';
import type { CoreContext } from '../../../electron/core/context';
import { openDatabase } from '../../../electron/core/db/open';

async function main() {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: backup-child <db>');
  // Started ahead of time with its modules loaded; the parent says when to begin.
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const database = await openDatabase(file);
  const ctx: CoreContext = { database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'cli' };
  process.stdout.write('ready\n');
  for (;;) {
    const entry = await createBackup(ctx, { reason: 'scheduled' });
    process.stdout.write(`done ${entry.path}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
