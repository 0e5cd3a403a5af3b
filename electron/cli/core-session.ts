import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import { resolveDatabasePath } from '../core/app/paths';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { openCore } from '../core/open-core';

/**
 * Opens the database a command names, runs `work` with a typed call into the same handler
 * table the app uses (so the CLI validates input exactly as the UI does), and closes it.
 */
export async function withCore<T>(
  dbFlag: string | undefined,
  work: (
    call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>,
  ) => Promise<T>,
): Promise<T> {
  const ctx = await openCore(resolveDatabasePath(dbFlag), { transport: 'cli' });
  try {
    return await work(async (channel, input) => {
      const result = await dispatch(ctx, channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as ChannelOutput<typeof channel>;
    });
  } finally {
    await ctx.database.close();
  }
}
