import type { AppInfo } from '../../shared/api';
import type { Database } from './db/open';

/** What every handler gets: the open database, a clock, and who is calling. */
export interface CoreContext {
  database: Database;
  clock: () => Date;
  appVersion: string;
  transport: AppInfo['transport'];
}
