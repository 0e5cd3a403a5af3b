import type { CoreContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import type { ReqdeskBridge } from '../../renderer/src/api';

/**
 * The renderer's transport wired straight to the real core (real SQLite, real handlers),
 * with a JSON round trip so only what survives structured transport reaches the UI.
 */
export function coreBridge(ctx: CoreContext): ReqdeskBridge {
  return {
    invoke: async (channel, input) => {
      const result = await dispatch(ctx, channel, JSON.parse(JSON.stringify(input ?? {})));
      return JSON.parse(JSON.stringify(result));
    },
  };
}
