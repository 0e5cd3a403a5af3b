import type { ImportFormat } from '../../../../shared/exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { downloadText } from '../../ui/files';
import type { Query } from './question-bank-store';

/**
 * Exports the whole bank, or only the questions a search finds (the list as shown), and
 * hands the file to the browser as a download. Resolves to a message for the person.
 */
export async function exportQuestions(
  format: ImportFormat,
  only?: Query,
): Promise<{ ok: true; message: string } | { ok: false; error: AppErrorData }> {
  const file = await call('questions.export', only ? { format, search: only } : { format });
  if (!file.ok) return file;
  downloadText(file.value.fileName, file.value.mimeType, file.value.content);
  const { count, deleted } = file.value;
  const markers =
    deleted > 0 ? ` and ${deleted} ${deleted === 1 ? 'deletion' : 'deletions'} for other installs` : '';
  const what = `${count} ${count === 1 ? 'question' : 'questions'}${markers}`;
  return { ok: true, message: `Exported ${what} to ${file.value.fileName}.` };
}
