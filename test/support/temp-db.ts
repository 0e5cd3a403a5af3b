import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../../electron/core/app/version';
import type { CoreContext } from '../../electron/core/context';
import { type Database, type OpenOptions, openDatabase } from '../../electron/core/db/open';

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
 * One database per test file's worker, migrated to latest once: running every migration for
 * each test was most of the time of a short test. Each test gets a copy of this file.
 */
let template: Promise<string> | undefined;

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const { dir, cleanup } = makeTempDir('reqdesk-template-');
    process.once('exit', cleanup);
    const file = path.join(dir, 'template.sqlite');
    const database = await openDatabase(file);
    // Closing the last connection folds the WAL into the file, so the file alone is the copy.
    await database.close();
    return file;
  })();
  return template;
}

/**
 * A real SQLite file in a temp folder, migrated to latest, with a core context around it.
 * A copy of a migrated file, unless the test asks for something of the migration itself.
 */
export async function openTempCore(options: OpenOptions & { now?: Date } = {}): Promise<TempCore> {
  const { dir, cleanup } = makeTempDir();
  const dbPath = path.join(dir, 'reqdesk.sqlite');
  const clock = options.now ? () => options.now as Date : () => new Date();
  const fromTemplate =
    options.migrateTo === undefined && options.backupDir === undefined && options.nativeBinding === undefined;
  if (fromTemplate) fs.copyFileSync(await migratedTemplate(), dbPath);
  const database = await openDatabase(dbPath, { clock, ...options });
  // A migration gives every new database its own install id; a copy must too.
  if (fromTemplate) {
    database.sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'install_id'").run(randomUUID());
  }
  const ctx: CoreContext = { database, clock, appVersion: APP_VERSION, transport: 'preview' };
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
