import type { CoreContext } from './context';

/**
 * Now, or a millisecond after `previous` if the clock has not moved on (or went back), so
 * every change gets a later `updated_at` than the one before it.
 */
export function laterThan(ctx: CoreContext, previous: string): string {
  const now = ctx.clock().getTime();
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
}
