import path from 'node:path';
import type { ChannelParsedInput } from '../../../shared/api';
import type { ExchangeSaveResult } from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files/write-atomic';
import { exportTransfer } from './transfer-export';

export { listConflicts, resolveConflict } from './transfer-conflicts';
export { exportTransfer } from './transfer-export';
export { importTransfer } from './transfer-import';

/** The transfer file written where the person points Electron's save dialog. */
export async function saveTransfer(
  ctx: CoreContext,
  input: ChannelParsedInput<'exchange.save'>,
): Promise<ExchangeSaveResult> {
  if (!ctx.chooseSavePath) {
    throw new AppError(
      'bad_input',
      'Saving to a chosen folder needs the desktop app; download the file instead.',
    );
  }
  const file = await exportTransfer(ctx, input);
  const target = await ctx.chooseSavePath({
    suggestedName: file.fileName,
    filters: [{ name: 'Reqdesk transfer file', extensions: [path.extname(file.fileName).slice(1)] }],
  });
  if (!target) return { saved: null, canceled: true, fileName: file.fileName };
  writeFileAtomic(target, file.content);
  return { saved: target, canceled: false, fileName: file.fileName };
}
