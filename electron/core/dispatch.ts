import type { z } from 'zod';
import { channels, isChannel } from '../../shared/api';
import { invokeEnvelope } from '../../shared/invoke-envelope';
import { type AppErrorData, fail, ok, type Result } from '../../shared/result';
import type { CoreContext } from './context';
import { storageError } from './db/storage-errors';
import { AppError } from './errors';
import { handlers } from './handlers';
import { EXCLUSIVE_CHANNELS, enterCall, leaveCall } from './maintenance';

/**
 * The one way into the core, for IPC and the preview server alike: unknown channels and
 * inputs that fail their schema are refused before core code runs, and every error comes
 * back as data. The caller has already checked who is calling.
 */
export async function dispatch(ctx: CoreContext, channel: unknown, input: unknown): Promise<Result<unknown>> {
  const envelope = invokeEnvelope.safeParse({ channel, input });
  if (!envelope.success) return fail('bad_input', summarise(envelope.error), issuesOf(envelope.error));
  if (!isChannel(channel))
    return fail('unknown_channel', `There is no channel named ${envelope.data.channel.slice(0, 80)}.`);
  const parsed = channels[channel].input.safeParse(input);
  if (!parsed.success) return fail('bad_input', summarise(parsed.error), issuesOf(parsed.error));
  const counted = !EXCLUSIVE_CHANNELS.has(channel);
  if (counted) await enterCall(ctx);
  try {
    const handler = handlers[channel] as (ctx: CoreContext, input: unknown) => unknown;
    return ok(await handler(ctx, parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    const storage = storageError(error);
    if (storage) return fail(storage.code, storage.message);
    console.error(`[core] ${channel} failed:`, error);
    return fail(
      'internal',
      'Something went wrong inside Reqdesk; nothing was saved by this action. Details are in the log.',
    );
  } finally {
    if (counted) leaveCall(ctx);
  }
}

function issuesOf(error: z.ZodError): NonNullable<AppErrorData['issues']> {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function summarise(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The input is not valid.';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `The input is not valid. ${where}${first.message}`;
}
