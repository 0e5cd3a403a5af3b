import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../../electron/core/app/version';
import type { CoreContext } from '../../electron/core/context';
import { type Database, type OpenOptions, openDatabase } from '../../electron/core/db/open';
import { syncStarterBank } from '../../electron/core/questions/starter-bank';

/** A fresh folder under the OS temp dir; removed by the returned cleanup. */
export function makeTempDir(prefix = 'reqdesk-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TempCore {
  dir: string;
  dbPath: string;
  /** The open database; a test that reopens the file puts the new handle here so close() closes it. */
  database: Database;
  ctx: CoreContext;
  close(): Promise<void>;
}

/**
 * One database per test worker, migrated to latest once: running every migration for each
 * test was most of the time of a short test. Each test gets a copy of this file. A second one
 * also holds the starter bank, which takes a second or more to write on a busy machine.
 */
const templates: { migrated?: Promise<string>; starterBank?: Promise<string> } = {};

async function makeTemplate(name: string, fill: (ctx: CoreContext) => Promise<unknown>): Promise<string> {
  const { dir, cleanup } = makeTempDir('reqdesk-template-');
  process.once('exit', cleanup);
  const file = path.join(dir, `${name}.sqlite`);
  const database = await openDatabase(file);
  await fill({ database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'preview' });
  // Closing the last connection folds the WAL into the file, so the file alone is the copy.
  await database.close();
  return file;
}

function template(starterBank: boolean): Promise<string> {
  if (starterBank) {
    templates.starterBank ??= makeTemplate('starter-bank', (ctx) => syncStarterBank(ctx));
    return templates.starterBank;
  }
  templates.migrated ??= makeTemplate('migrated', async () => {});
  return templates.migrated;
}

/**
 * A real SQLite file in a temp folder, migrated to latest, with a core context around it.
 * A copy of a migrated file, unless the test asks for something of the migration itself.
 * `starterBank` starts it with the shipped starter questions in, as the app opens it.
 */
export async function openTempCore(
  options: OpenOptions & { now?: Date; starterBank?: boolean } = {},
): Promise<TempCore> {
  const { now, starterBank = false, ...openOptions } = options;
  const { dir, cleanup } = makeTempDir();
  const dbPath = path.join(dir, 'reqdesk.sqlite');
  const clock = now ? () => now : () => new Date();
  const fromTemplate =
    openOptions.migrateTo === undefined &&
    openOptions.backupDir === undefined &&
    openOptions.nativeBinding === undefined;
  if (fromTemplate) fs.copyFileSync(await template(starterBank), dbPath);
  const database = await openDatabase(dbPath, { clock, ...openOptions });
  // A migration gives every new database its own install id; a copy must too.
  if (fromTemplate) {
    database.sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'install_id'").run(randomUUID());
  }
  const ctx: CoreContext = { database, clock, appVersion: APP_VERSION, transport: 'preview' };
  // A file no template could give gets the starter bank the usual way.
  if (starterBank && !fromTemplate) await syncStarterBank(ctx);
  const core: TempCore = {
    dir,
    dbPath,
    database,
    ctx,
    close: async () => {
      await core.database.close();
      cleanup();
    },
  };
  return core;
}
