import { useQuery } from '@tanstack/react-query';
import { coreQuery, queryClient } from '../../ui/query';

/** Which conflicts a view covers: one candidate's, one role's, or every one. */
export interface ConflictScope {
  candidateId?: string;
  roleId?: string;
}

/** The imported versions waiting for a person in a scope (`enabled` while something shows them). */
export function useConflicts(scope: ConflictScope, enabled = true) {
  return useQuery({ ...coreQuery('exchange.conflicts', scope), enabled });
}

/**
 * An import, or a conflict resolved, can bring roles with their JDs and loops, questions,
 * candidates, interviews, scorecards and decisions: every read may be stale. The screens
 * showing one read it again; a read no screen shows is dropped, so the next screen that needs
 * it (the debrief an import links to) waits for the new answer instead of showing the old one.
 */
export function invalidateImportedReads(): Promise<void> {
  queryClient.removeQueries({ type: 'inactive' });
  return queryClient.invalidateQueries();
}
