import { fail, type Result } from '../../shared/result';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { isTrustedSender } from './origin';

/**
 * The IPC handler's body: answers only the app's own frames, then goes through the same
 * dispatch as the preview server (schema check, typed errors, nothing thrown raw).
 */
export async function handleInvoke(
  ctx: CoreContext,
  senderFrameUrl: string | undefined,
  channel: unknown,
  input: unknown,
  devServerUrl?: string,
): Promise<Result<unknown>> {
  if (!isTrustedSender(senderFrameUrl, devServerUrl))
    return fail('forbidden', 'This request did not come from the Reqdesk window.');
  return dispatch(ctx, channel, input);
}
