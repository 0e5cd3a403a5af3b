import type { ExchangeExportInput } from '../../../../shared/pack-exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { downloadText } from '../../ui/files';

/** Builds a pack, scorecard or role file and hands it to the browser as a download. */
export async function downloadExchangeFile(
  input: ExchangeExportInput,
): Promise<{ ok: true; message: string } | { ok: false; error: AppErrorData }> {
  const file = await call('exchange.export', input);
  if (!file.ok) return file;
  downloadText(file.value.fileName, file.value.mimeType, file.value.content);
  return { ok: true, message: `Saved ${file.value.fileName}.` };
}
