import { INTERVIEW_LIMITS } from '../../../../shared/interviews';
import { openHash, useHashRoute } from '../../ui/hash-location';

/** The views of the Interviews area, each with its own address so a reload comes back to it. */
export type InterviewRoute =
  | { view: 'list' }
  /**
   * `#/interviews/start?candidate=<id>&round=<id>&interviewer=<name>`: the start form, prefilled
   * (the interviewer from an imported pack, who the pack was made for).
   */
  | { view: 'start'; candidateId: string | null; roundId: string | null; interviewer?: string | null }
  /** `#/interviews/<id>`: live mode. */
  | { view: 'live'; id: string }
  /** `#/interviews/<id>/scorecard`. */
  | { view: 'scorecard'; id: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuidOrNull = (value: string | null) =>
  value && new RegExp(`^${UUID}$`, 'i').test(value) ? value : null;

export function interviewRouteFromHash(hash: string): InterviewRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'interviews') return { view: 'list' };
  if (parts[1] === 'start') {
    const params = new URLSearchParams(query);
    return {
      view: 'start',
      candidateId: uuidOrNull(params.get('candidate')),
      roundId: uuidOrNull(params.get('round')),
      interviewer: params.get('interviewer')?.trim().slice(0, INTERVIEW_LIMITS.interviewer) || null,
    };
  }
  const id = uuidOrNull(parts[1] ?? null);
  if (!id) return { view: 'list' };
  return parts[2] === 'scorecard' ? { view: 'scorecard', id } : { view: 'live', id };
}

export function hashForInterviewRoute(route: InterviewRoute): string {
  switch (route.view) {
    case 'list':
      return '#/interviews';
    case 'start': {
      const params = new URLSearchParams();
      if (route.candidateId) params.set('candidate', route.candidateId);
      if (route.roundId) params.set('round', route.roundId);
      if (route.interviewer) params.set('interviewer', route.interviewer);
      const query = params.toString();
      return query ? `#/interviews/start?${query}` : '#/interviews/start';
    }
    case 'live':
      return `#/interviews/${route.id}`;
    case 'scorecard':
      return `#/interviews/${route.id}/scorecard`;
  }
}

/** Goes to a view of the area (a history entry, so Back returns). */
export function openInterviewRoute(route: InterviewRoute): void {
  openHash(hashForInterviewRoute(route));
}

/** The area's current view, following the address. */
export function useInterviewRoute(): InterviewRoute {
  return useHashRoute(interviewRouteFromHash, hashForInterviewRoute);
}
