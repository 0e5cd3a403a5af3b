/**
 * The child of the migration kill test: upgrades a database through openDatabase and is
 * killed by its parent at a random moment, or kills itself right after the changes of one
 * migration are made and before anything records them.
 *
 * argv: <db file> [<migration name to die after>]; it opens the file when a line arrives on stdin.
 */

import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

async function main() {
  const [file, dieAfter] = process.argv.slice(2);
  if (!file) throw new Error('usage: migrate-child <db> [migration]');
  const migration = dieAfter ? migrations[dieAfter] : undefined;
  if (dieAfter && !migration) throw new Error(`no migration ${dieAfter}`);
  if (migration) {
    const up = migration.up.bind(migration);
    migrations[dieAfter as string] = {
      up: async (db) => {
        await up(db);
        process.kill(process.pid, 'SIGKILL');
      },
    };
  }
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const database = await openDatabase(file);
  await database.close();
  process.stdout.write('done\n');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
