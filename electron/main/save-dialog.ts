import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveRequest } from '../core/context';

/**
 * The options of Electron's save dialog for a document export: the suggested name in the
 * folder last saved to (the Documents folder at first), the file kinds on offer, and a
 * confirmation before an existing file is replaced.
 */
export function saveDialogOptions(request: SaveRequest, folder: string): SaveDialogOptions {
  return {
    title: 'Save document',
    buttonLabel: 'Save',
    defaultPath: path.join(folder, path.basename(request.suggestedName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The folder to offer next time: where the person just saved. */
export const folderOf = (savedPath: string): string => path.dirname(savedPath);
