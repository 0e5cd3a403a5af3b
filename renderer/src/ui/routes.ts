/**
 * Every address the renderer has, in one table: `parseRoute` reads a hash into a typed route
 * and `routeHref` writes it back, so a link, a reload and a typed address all mean the same view.
 */

import { INTERVIEW_LIMITS } from '../../../shared/interviews';

/** The areas, in sidebar order (labels and icons live with the sidebar). */
export const AREA_IDS = ['roles', 'questions', 'interviews', 'candidates', 'settings'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const ROLE_TABS = ['intake', 'jd', 'loop'] as const;
export type RoleTab = (typeof ROLE_TABS)[number];

export type Route =
  | { area: 'roles'; view: 'list' }
  /** `#/roles/<id>` is the intake; `#/roles/<id>/jd` and `/loop` the other tabs. */
  | { area: 'roles'; view: 'role'; id: string; tab: RoleTab }
  | { area: 'questions' }
  | { area: 'interviews'; view: 'list' }
  /**
   * `#/interviews/start?candidate=<id>&round=<id>&interviewer=<name>`: the start form, prefilled
   * (the interviewer from an imported pack, who the pack was made for).
   */
  | {
      area: 'interviews';
      view: 'start';
      candidateId: string | null;
      roundId: string | null;
      interviewer?: string;
    }
  /** `#/interviews/<id>`: live mode. */
  | { area: 'interviews'; view: 'live'; id: string }
  | { area: 'interviews'; view: 'scorecard'; id: string }
  | { area: 'candidates'; view: 'list' }
  | { area: 'candidates'; view: 'candidate'; id: string }
  | { area: 'candidates'; view: 'debrief'; id: string }
  | { area: 'settings' };

export type AreaRoute<A extends AreaId> = Extract<Route, { area: A }>;

export const DEFAULT_AREA: AreaId = 'roles';

const HOMES: { [A in AreaId]: AreaRoute<A> } = {
  roles: { area: 'roles', view: 'list' },
  questions: { area: 'questions' },
  interviews: { area: 'interviews', view: 'list' },
  candidates: { area: 'candidates', view: 'list' },
  settings: { area: 'settings' },
};

/** The route an area opens on; always the same object, so it can stand in for "nothing chosen". */
export function homeRoute<A extends AreaId>(area: A): AreaRoute<A> {
  return HOMES[area];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idOrNull = (value: string | null | undefined): string | null =>
  value && UUID.test(value) ? value : null;

function splitHash(hash: string): { parts: string[]; query: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { parts: path.split('/').filter(Boolean), query: new URLSearchParams(query) };
}

function isAreaId(value: string | undefined): value is AreaId {
  return AREA_IDS.some((id) => id === value);
}

/** The area an address names, or undefined when it names none (the address is then replaced). */
export function areaOfHash(hash: string): AreaId | undefined {
  const first = splitHash(hash).parts[0];
  return isAreaId(first) ? first : undefined;
}

/**
 * The view an address means. Within an area, a path that means nothing (a malformed id) is the
 * area's home; an unknown area is the default area's home.
 */
export function parseRoute(hash: string): Route {
  const { parts, query } = splitHash(hash);
  const [area, first, second] = parts;
  if (!isAreaId(area)) return homeRoute(DEFAULT_AREA);
  const id = idOrNull(first);
  switch (area) {
    case 'roles': {
      if (!id || parts.length > 3) return homeRoute('roles');
      return { area, view: 'role', id, tab: ROLE_TABS.find((t) => t === second) ?? 'intake' };
    }
    case 'interviews': {
      if (first === 'start') {
        const interviewer = query.get('interviewer')?.trim().slice(0, INTERVIEW_LIMITS.interviewer);
        return {
          area,
          view: 'start',
          candidateId: idOrNull(query.get('candidate')),
          roundId: idOrNull(query.get('round')),
          ...(interviewer ? { interviewer } : {}),
        };
      }
      if (!id) return homeRoute('interviews');
      return second === 'scorecard' ? { area, view: 'scorecard', id } : { area, view: 'live', id };
    }
    case 'candidates': {
      if (!id) return homeRoute('candidates');
      return second === 'debrief' ? { area, view: 'debrief', id } : { area, view: 'candidate', id };
    }
    default:
      return homeRoute(area);
  }
}

/** The address of a view; `parseRoute(routeHref(route))` gives the same route back. */
export function routeHref(route: Route): string {
  switch (route.area) {
    case 'roles':
      if (route.view === 'list') return '#/roles';
      return route.tab === 'intake' ? `#/roles/${route.id}` : `#/roles/${route.id}/${route.tab}`;
    case 'interviews':
      return interviewHref(route);
    case 'candidates':
      if (route.view === 'list') return '#/candidates';
      return route.view === 'debrief' ? `#/candidates/${route.id}/debrief` : `#/candidates/${route.id}`;
    default:
      return `#/${route.area}`;
  }
}

function interviewHref(route: AreaRoute<'interviews'>): string {
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
