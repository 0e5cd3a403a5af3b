import { useQuery } from '@tanstack/react-query';
import { coreQuery, invalidateChannels } from '../../ui/query';

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
 * An import, or a conflict resolved, can bring roles with their loops, questions, candidates,
 * interviews, scorecards and decisions: every read of them is stale, and so are the conflicts.
 */
export function invalidateImportedReads(): Promise<void> {
  return invalidateChannels(
    'exchange.conflicts',
    'roles.list',
    'roles.get',
    'loop.get',
    'questions.search',
    'questions.facets',
    'questions.get',
    'candidates.list',
    'candidates.get',
    'interviews.list',
    'interviews.get',
    'scorecards.forInterview',
    'scorecards.get',
    'scorecards.versions',
    'scorecards.listForCandidate',
    'debrief.candidate',
    'debrief.get',
    'debrief.calibration',
  );
}
