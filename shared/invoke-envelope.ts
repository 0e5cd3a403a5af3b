import { z } from 'zod';

/**
 * What every call across the boundary carries, checked before anything looks at it: a
 * channel that is not a string (`{"toString": "x"}`) must be refused as bad input, not
 * reach code that turns it into text.
 */
export const invokeEnvelope = z.object({
  channel: z.string('The channel must be a name.').max(200, 'The channel name is too long.'),
  input: z.unknown(),
});

export type InvokeEnvelope = z.infer<typeof invokeEnvelope>;
