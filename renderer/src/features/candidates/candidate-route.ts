import { useHashRoute } from '../../ui/hash-location';

/** The views of the Candidates area, each with its own address so a reload comes back to it. */
export type CandidateRoute =
  | { view: 'list' }
  /** `#/candidates/<id>`: the candidate page. */
  | { view: 'candidate'; id: string }
  /** `#/candidates/<id>/debrief`. */
  | { view: 'debrief'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function candidateRouteFromHash(hash: string): CandidateRoute {
  const parts = (hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/').filter(Boolean);
  if (parts[0] !== 'candidates' || !parts[1] || !UUID.test(parts[1])) return { view: 'list' };
  return parts[2] === 'debrief' ? { view: 'debrief', id: parts[1] } : { view: 'candidate', id: parts[1] };
}

export function hashForCandidateRoute(route: CandidateRoute): string {
  switch (route.view) {
    case 'list':
      return '#/candidates';
    case 'candidate':
      return `#/candidates/${route.id}`;
    case 'debrief':
      return `#/candidates/${route.id}/debrief`;
  }
}

/** The area's current view, following the address. */
export function useCandidateRoute(): CandidateRoute {
  return useHashRoute(candidateRouteFromHash, hashForCandidateRoute);
}
