import { QueryClient, queryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api';
import type { AppErrorData } from '../../../shared/result';
import { call } from '../api';

/**
 * The one way the renderer reads from the core: TanStack Query over `call`. Every read is
 * keyed `[channel, input]`, so the same question asked twice shares one answer, a newer
 * question's answer is the one a screen shows (the latest answer wins), and a write names
 * the channels whose answers it changed. Writes themselves go through `call` (the autosave
 * queue for typed text); stores keep UI state only.
 */

/** A read the core refused, carrying the core's error as data for the screen to show. */
export class CoreReadError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'CoreReadError';
  }
}

/** Reads once through the core, throwing the refusal so the query layer holds it as the error. */
export async function readCore<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new CoreReadError(result.error);
  return result.value;
}

/** The key of a read: its channel, then its input. */
export function coreKey<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): readonly [C, ChannelInput<C>] {
  return [channel, input] as const;
}

/** The options of one read, for `useQuery`, `queryClient.fetchQuery` or `ensureQueryData`. */
export function coreQuery<C extends Channel>(channel: C, input: ChannelInput<C>) {
  return queryOptions({
    queryKey: coreKey(channel, input),
    queryFn: () => readCore(channel, input),
  });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core is on this machine: "offline" never applies, and a refusal (bad input,
        // not found, a damaged file) does not get better by asking again.
        networkMode: 'always',
        retry: false,
        // Only this window (or an import it runs) changes the data, and writes say what they
        // changed; window focus is not a reason to read again.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** The renderer's one cache. Tests clear it between page loads. */
export const queryClient = createQueryClient();

/** Marks every read of these channels out of date; screens showing one read it again. */
export async function invalidateChannels(...channels: Channel[]): Promise<void> {
  await Promise.all(channels.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })));
}

/** Puts a write's answer in place of a read's, when the write returned what the read would. */
export function setCoreData<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  value: ChannelOutput<C>,
): void {
  queryClient.setQueryData(coreKey(channel, input), value);
}

/** The core's refusal behind a failed read, for ErrorAlert; null while it has not failed. */
export function readError(query: Pick<UseQueryResult, 'error'>): AppErrorData | null {
  const { error } = query;
  if (error === null) return null;
  if (error instanceof CoreReadError) return error.data;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
