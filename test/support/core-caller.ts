import type { CoreContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';

/**
 * Calls through dispatch, as the app does, so the channel schemas are part of what is tested.
 * `ctx` may be a getter, for a file that opens a fresh core before each test: each call then
 * reaches the core of the test that makes it.
 */
export function caller(ctx: CoreContext | (() => CoreContext)) {
  const current = typeof ctx === 'function' ? ctx : () => ctx;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(current(), channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  /** The error of a refused call (fails the test if the call went through). */
  const refusal = async (channel: string, input: unknown): Promise<{ code: string; message: string }> => {
    const result = await dispatch(current(), channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  };
  return { call, refusal };
}
