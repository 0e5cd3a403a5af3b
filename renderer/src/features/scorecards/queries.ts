import { useQuery } from '@tanstack/react-query';
import type { Scorecard } from '../../../../shared/scorecards';
import { coreQuery } from '../../ui/query';
import { useViewer } from '../settings';

/** Who reads: the person at the keyboard, else the scorecard's own interviewer. */
function useReader(scorecard: Scorecard): string {
  return useViewer() ?? scorecard.interviewer;
}

/** The interview a scorecard belongs to (its candidate's name heads the screen). */
export function useScorecardInterview(interviewId: string) {
  return useQuery(coreQuery('interviews.get', { id: interviewId }));
}

/** Every submitted version of a scorecard; a draft never submitted has none to read. */
export function useScorecardVersions(scorecard: Scorecard) {
  const viewer = useReader(scorecard);
  return useQuery({
    ...coreQuery('scorecards.versions', { id: scorecard.id, viewer }),
    enabled: scorecard.version > 0,
  });
}

/**
 * The candidate's scorecards as this viewer may see them: the core keeps the others hidden
 * until the viewer's own is submitted, and a submit makes this read stale.
 */
export function useOtherScorecards(scorecard: Scorecard) {
  const viewer = useReader(scorecard);
  return useQuery(
    coreQuery('scorecards.listForCandidate', { candidateId: scorecard.candidateId, interviewer: viewer }),
  );
}
