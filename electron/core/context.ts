import type { AppInfo } from '../../shared/api';
import type { OpenedFile } from '../../shared/opened-file';
import type { Database } from './db/open';

/** What every handler gets: the open database, a clock, and who is calling. */
export interface CoreContext {
  database: Database;
  clock: () => Date;
  appVersion: string;
  transport: AppInfo['transport'];
  /** Asks the person where to save a file (Electron's save dialog); null if they cancel. Absent in preview and CLI. */
  chooseSavePath?: (request: SaveRequest) => Promise<string | null>;
  /** The SQLite addon build the database was opened with, so a restore reopens it the same way. */
  nativeBinding?: string;
  /** Shows a file or folder in the system file manager (Electron). Absent in preview and CLI. */
  showInFolder?: (target: string) => void;
  /** The next file opened from outside the window (Electron's inbox); absent in preview and CLI. */
  takeOpenedFile?: () => OpenedFile | null;
  /** While set, new calls wait: a restore is swapping the database under the handlers. */
  maintenance?: Promise<void> | null;
  /** Calls running now (dispatch counts them so a restore can wait for them to finish). */
  inFlight?: number;
}

/** What a save dialog is opened with: a suggested file name and the kinds of file on offer. */
export interface SaveRequest {
  suggestedName: string;
  filters: { name: string; extensions: string[] }[];
}
