import { useQuery } from '@tanstack/react-query';
import type { CandidateRecord } from '../../../../shared/debrief';
import { coreQuery, queryClient } from '../../ui/query';
import { useViewer } from '../settings';

/**
 * One candidate's record (the debrief, stage timeline and notes), as the person at the keyboard
 * may see it: the candidate page and the debrief share the one read.
 */
export function useCandidateRecord(candidateId: string) {
  const viewer = useViewer();
  return useQuery(coreQuery('debrief.candidate', { candidateId, ...(viewer ? { viewer } : {}) }));
}

/** Changes every read of a candidate's record in place, when a write returned the changed part. */
export function updateCandidateRecords(
  candidateId: string | null,
  update: (record: CandidateRecord) => CandidateRecord,
): void {
  queryClient.setQueriesData<CandidateRecord>({ queryKey: ['debrief.candidate'] }, (record) =>
    record && (candidateId === null || record.debrief.candidate.id === candidateId) ? update(record) : record,
  );
}
