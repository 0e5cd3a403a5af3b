import type { CoreContext } from './context';

/** Channels that swap the database themselves: they wait for the others instead of counting as one. */
export const EXCLUSIVE_CHANNELS = new Set<string>(['backup.restore']);

/** Resolves once no restore holds the core (one may start right after another). */
export async function maintenanceOver(ctx: CoreContext): Promise<void> {
  let pending = ctx.maintenance;
  while (pending !== null && pending !== undefined) {
    await pending;
    pending = ctx.maintenance;
  }
}

/** Waits while a restore holds the core, then counts the call in. */
export async function enterCall(ctx: CoreContext): Promise<void> {
  await maintenanceOver(ctx);
  ctx.inFlight = (ctx.inFlight ?? 0) + 1;
}

export function leaveCall(ctx: CoreContext): void {
  ctx.inFlight = Math.max(0, (ctx.inFlight ?? 0) - 1);
}

/**
 * Runs `work` with the core to itself: new calls wait, and the ones already running are
 * let finish first, so none of them sees the database closed or swapped halfway through.
 */
export async function exclusively<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  await maintenanceOver(ctx);
  let release: () => void = () => undefined;
  ctx.maintenance = new Promise<void>((resolve) => {
    release = resolve;
  });
  try {
    while ((ctx.inFlight ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    return await work();
  } finally {
    ctx.maintenance = null;
    release();
  }
}
