import fs from 'node:fs';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import { resolveDatabasePath } from '../core/app/paths';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { openCore } from '../core/open-core';

/** The file a command works on; with `existing`, a --db path with no file there is refused. */
export function databaseFile(dbFlag: string | undefined, { existing }: { existing: boolean }): string {
  const file = resolveDatabasePath(dbFlag);
  if (existing && dbFlag !== undefined && !fs.existsSync(file)) {
    throw new AppError('not_found', `There is no database at ${file}; check the --db path.`);
  }
  return file;
}

/**
 * Opens the database a command names, runs `work` with the core, and closes it. A command
 * that only reads (`existing`) refuses a --db path where there is no file, rather than create
 * an empty database at a mistyped path and report that it holds nothing.
 */
export async function withCoreContext<T>(
  dbFlag: string | undefined,
  work: (ctx: CoreContext) => Promise<T>,
  { existing = false }: { existing?: boolean } = {},
): Promise<T> {
  const ctx = await openCore(databaseFile(dbFlag, { existing }), { transport: 'cli' });
  try {
    return await work(ctx);
  } finally {
    await ctx.database.close();
  }
}

/**
 * `withCoreContext` with a typed call into the same handler table the app uses, so the CLI
 * validates input exactly as the UI does.
 */
export async function withCore<T>(
  dbFlag: string | undefined,
  work: (
    call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>,
  ) => Promise<T>,
  options: { existing?: boolean } = {},
): Promise<T> {
  return withCoreContext(
    dbFlag,
    (ctx) =>
      work(async (channel, input) => {
        const result = await dispatch(ctx, channel, input);
        if (!result.ok) throw new AppError(result.error.code, result.error.message);
        return result.value as ChannelOutput<typeof channel>;
      }),
    options,
  );
}
