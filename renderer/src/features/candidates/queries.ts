import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coreQuery } from '../../ui/query';

/** The list shows the newest this many; the command palette finds the rest by name. */
export const CANDIDATE_PAGE = 200;

/** The candidate list, for one role or all; the previous list stays on screen while a new filter reads. */
export function useCandidateList(roleId: string | null) {
  return useQuery({
    ...coreQuery('candidates.list', { ...(roleId ? { roleId } : {}), limit: CANDIDATE_PAGE }),
    placeholderData: keepPreviousData,
  });
}

/** The roles a candidate can be up for: every one not archived. */
export function useCandidateRoles() {
  return useQuery(coreQuery('roles.list', { text: '', status: [], includeArchived: false }));
}

/** The rounds of a role's loop, read once a "Start interview" menu opens (`enabled`). */
export function useRounds(roleId: string, enabled: boolean) {
  return useQuery({ ...coreQuery('loop.get', { roleId }), enabled, select: (loop) => loop.rounds });
}
