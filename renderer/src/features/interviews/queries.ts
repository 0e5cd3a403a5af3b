import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Channel } from '../../../../shared/api';
import type { InterviewSummary } from '../../../../shared/interviews';
import { coreQuery, invalidateChannels } from '../../ui/query';

/** In progress first (latest first), then the ended ones, latest first. */
export function sortInterviews(list: InterviewSummary[]): InterviewSummary[] {
  return [...list].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'in-progress' ? -1 : 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}

/** Every interview, the running ones first. */
export function useInterviewList() {
  return useQuery({ ...coreQuery('interviews.list', {}), select: sortInterviews });
}

/**
 * The interviews left running when the app started, asked once (and again when one ends): the
 * resume offer is about those, not about one started a minute ago from the Interviews area.
 */
export function useInterviewsInProgress() {
  return useQuery({ ...coreQuery('interviews.inProgress', {}), select: sortInterviews, staleTime: Infinity });
}

/** The candidates to start an interview with. */
export function useStartCandidates() {
  return useQuery(coreQuery('candidates.list', {}));
}

/** The loop of a candidate's role (its rounds), once a candidate is chosen. */
export function useRoleLoop(roleId: string | null) {
  return useQuery({ ...coreQuery('loop.get', { roleId: roleId ?? '' }), enabled: roleId !== null });
}

/**
 * The bank searched from live mode. Keyed by the text, so the answer to the latest text is
 * the one shown; the hits of the text before stay on screen while it is on its way.
 */
export function useBankSearch(text: string, limit: number, enabled: boolean) {
  return useQuery({
    ...coreQuery('questions.search', { text, limit }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** What an interview's start or its end changes, beside the interview itself. */
const READS_OF_INTERVIEWS: Channel[] = [
  'interviews.list',
  'interviews.get',
  'debrief.get',
  'debrief.candidate',
];

/** A started interview is listed, and shows in its candidate's debrief. */
export function interviewStarted(): Promise<void> {
  return invalidateChannels(...READS_OF_INTERVIEWS);
}

/** An ended one also leaves the interviews in progress. */
export function interviewEnded(): Promise<void> {
  return invalidateChannels(...READS_OF_INTERVIEWS, 'interviews.inProgress');
}
