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

/** A real SQLite file in a temp folder, migrated to latest, with a core context around it. */
export async function openTempCore(options: OpenOptions & { now?: Date } = {}): Promise<TempCore> {
  const { dir, cleanup } = makeTempDir();
  const dbPath = path.join(dir, 'reqdesk.sqlite');
  const clock = options.now ? () => options.now as Date : () => new Date();
  const database = await openDatabase(dbPath, { clock, ...options });
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
