import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api';
import type { Loop, Round } from '../../../../shared/kits';
import { coreKey, coreQuery, queryClient, setCoreData } from '../../ui/query';

/** A role's loop: rounds, kits, coverage and calibration, as the core works them out. */
export function useLoop(roleId: string) {
  return useQuery(coreQuery('loop.get', { roleId }));
}

/** The loop on screen for a role, when it has been read. */
export function shownLoop(roleId: string): Loop | undefined {
  return queryClient.getQueryData(coreKey('loop.get', { roleId }));
}

/**
 * Every loop change answers with the whole loop: it takes the read's place. A read still on
 * its way was asked before the change, so it is dropped rather than let overwrite it.
 */
export async function loopStored(roleId: string, loop: Loop): Promise<void> {
  await queryClient.cancelQueries({ queryKey: coreKey('loop.get', { roleId }) });
  setCoreData('loop.get', { roleId }, loop);
}

/** The round whose kit is open: the one picked, or the first while none still there is. */
export function selectedRound(loop: Loop, selectedRoundId: string | null): Round | null {
  return loop.rounds.find((r) => r.id === selectedRoundId) ?? loop.rounds[0] ?? null;
}

/** Bank questions for the picker; the last matches stay listed while a new search runs. */
export function useQuestionSearch(input: ChannelInput<'questions.search'>) {
  return useQuery({ ...coreQuery('questions.search', input), placeholderData: keepPreviousData });
}
