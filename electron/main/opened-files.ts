import fs from 'node:fs';
import path from 'node:path';
import type { OpenedFile } from '../../shared/opened-file';
import { EXCHANGE_LIMITS, exchangeExtensions } from '../../shared/pack-exchange';

/** The file endings Reqdesk opens from outside (double-click, File > Open, the command line). */
export const OPENABLE_EXTENSIONS = Object.values(exchangeExtensions);

/** The filter of File > Open's dialog: Electron wants the endings without their dot. */
export const OPEN_DIALOG_FILTERS = [
  { name: 'Reqdesk files', extensions: OPENABLE_EXTENSIONS.map((ext) => ext.slice(1)) },
];

export const isOpenableFile = (file: string) =>
  OPENABLE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));

/**
 * The Reqdesk files named on a command line (a double-click on Windows and Linux starts the
 * app, or a second instance, with the path as an argument). Switches and anything else the
 * OS or Chromium adds are ignored; relative paths are taken from the caller's folder.
 */
export function openableFileArgs(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isOpenableFile(arg))
    .map((arg) => path.resolve(cwd, arg));
}

/**
 * Reads a file the OS or the person handed to the app, for the window to preview like a
 * picked file. Anything that is not a Reqdesk file, or larger than one can be, becomes a
 * message instead of content: the core checks the content itself whole before any write.
 */
export function readOpenedFile(
  file: string,
  fsApi: Pick<typeof fs, 'statSync' | 'readFileSync'> = fs,
): OpenedFile {
  const fileName = path.basename(file);
  if (!isOpenableFile(file))
    return {
      fileName,
      error: `${fileName} is not a Reqdesk pack, scorecard or role file; it was not opened.`,
    };
  try {
    const stat = fsApi.statSync(file);
    if (!stat.isFile()) return { fileName, error: `${fileName} is not a file; it was not opened.` };
    if (stat.size > EXCHANGE_LIMITS.bytes)
      return {
        fileName,
        error: `${fileName} is larger than ${EXCHANGE_LIMITS.bytes / 1024 / 1024} MB, more than any Reqdesk file; it was not opened.`,
      };
    return { fileName, content: fsApi.readFileSync(file, 'utf8') };
  } catch (error) {
    return { fileName, error: `${fileName} could not be read (${(error as Error).message}).` };
  }
}

/**
 * Files opened from outside wait here until the window asks for them (it asks when it loads
 * and whenever it is told a file arrived): a double-click can come before the window exists.
 * Bounded, so a flood of open requests cannot grow memory.
 */
export class OpenedFileInbox {
  private readonly waiting: OpenedFile[] = [];

  constructor(private readonly capacity = 20) {}

  push(file: OpenedFile): void {
    if (this.waiting.length >= this.capacity) this.waiting.shift();
    this.waiting.push(file);
  }

  take(): OpenedFile | null {
    return this.waiting.shift() ?? null;
  }
}
