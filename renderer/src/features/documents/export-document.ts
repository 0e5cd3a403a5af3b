import type { DocumentExportInput } from '../../../../shared/documents';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { downloadBase64 } from '../../ui/files';

export type ExportOutcome =
  | { status: 'done'; message: string }
  | { status: 'canceled' }
  /** Unfilled placeholders: nothing was written; ask, then call again with placeholders: 'remove'. */
  | { status: 'placeholders'; placeholders: string[] }
  | { status: 'error'; error: AppErrorData };

const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Exports a document. In the desktop app the main process shows its save dialog and writes the
 * file(s); in the browser preview the files come back and the browser downloads them.
 */
export async function exportDocument(
  input: DocumentExportInput,
  desktop = typeof window !== 'undefined' && window.reqdesk !== undefined,
): Promise<ExportOutcome> {
  if (desktop) {
    const result = await call('documents.save', input);
    if (!result.ok) return { status: 'error', error: result.error };
    const { saved, canceled, placeholders } = result.value;
    if (saved.length === 0 && placeholders.length > 0 && !canceled)
      return { status: 'placeholders', placeholders };
    if (canceled) return { status: 'canceled' };
    const names = saved.map((p) => p.split(/[\\/]/).at(-1) ?? p);
    return { status: 'done', message: `Saved ${listNames(names)}.` };
  }
  const result = await call('documents.export', input);
  if (!result.ok) return { status: 'error', error: result.error };
  const { files, placeholders } = result.value;
  if (files.length === 0) return { status: 'placeholders', placeholders };
  for (const file of files) downloadBase64(file.name, file.mime, file.base64);
  return { status: 'done', message: `Exported ${listNames(files.map((f) => f.name))}.` };
}
