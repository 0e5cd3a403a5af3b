import type { AppInfo } from '../../shared/api';
import { APP_VERSION } from './app/version';
import { listUpgradeBackups } from './backup/adopt';
import type { CoreContext } from './context';
import { openDatabase } from './db/open';
import { syncStarterBank } from './questions/starter-bank';

export interface OpenCoreOptions {
  transport: AppInfo['transport'];
  nativeBinding?: string | undefined;
  clock?: () => Date;
  chooseSavePath?: CoreContext['chooseSavePath'];
  showInFolder?: CoreContext['showInFolder'];
}

/** Opens the database and brings the shipped starter bank in: the same start for app, preview and CLI. */
export async function openCore(databasePath: string, options: OpenCoreOptions): Promise<CoreContext> {
  const clock = options.clock ?? (() => new Date());
  const database = await openDatabase(databasePath, { nativeBinding: options.nativeBinding, clock });
  const ctx: CoreContext = { database, clock, appVersion: APP_VERSION, transport: options.transport };
  if (options.chooseSavePath) ctx.chooseSavePath = options.chooseSavePath;
  if (options.nativeBinding) ctx.nativeBinding = options.nativeBinding;
  if (options.showInFolder) ctx.showInFolder = options.showInFolder;
  try {
    await syncStarterBank(ctx);
  } catch (error) {
    await database.close();
    throw error;
  }
  await listUpgradeBackups(ctx);
  return ctx;
}
