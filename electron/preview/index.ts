import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabasePath } from '../core/app/paths';
import { startBackupSchedule } from '../core/backup/schedule';
import { storageError } from '../core/db/storage-errors';
import { AppError } from '../core/errors';
import { openCore } from '../core/open-core';
import { startPreviewServer } from './server';

const usage = `Usage: npm run preview -- [--db PATH] [--port N]

Serves the Reqdesk app to a browser on this machine only (127.0.0.1).
  --db PATH   database file (default: reqdesk.sqlite in the app's data folder; env REQDESK_DB)
  --port N    port to listen on (default: a free one)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AppError('bad_input', `--port must be 0-65535, not ${values.port}.`);

  const dbPath = resolveDatabasePath(values.db);
  const ctx = await openCore(dbPath, { transport: 'preview' });
  const server = await startPreviewServer({ ctx, rendererRoot: path.resolve('out/renderer'), port });
  const stopBackups = startBackupSchedule(ctx);

  console.log(`Reqdesk preview on ${server.url}  (database: ${dbPath})`);
  console.log('Open that address in a browser; Ctrl+C stops the server.');

  const stop = async () => {
    stopBackups();
    await server.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const known = error instanceof AppError ? error : storageError(error);
  console.error(known ? known.message : error);
  process.exit(1);
});
