import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import { getAppInfo } from './app/info';
import type { CoreContext } from './context';
import { getSettings, setSetting } from './settings/settings';

type Handler<C extends Channel> = (
  ctx: CoreContext,
  input: ChannelInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The table channel -> implementation of shared/api.ts. The type makes a missing channel a compile error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'app.info': (ctx) => getAppInfo(ctx),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.set': (ctx, change) => setSetting(ctx, change),
};
