import { describe, expect, it } from 'vitest';
import {
  AREA_IDS,
  areaOfHash,
  homeRoute,
  parseRoute,
  ROLE_TABS,
  type Route,
  routeHref,
} from '../../renderer/src/ui/routes';

const ID = '0b7a4c2e-5d1f-4e8a-9c3b-2f6d8e1a7b90';
const OTHER = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';

/** Every route the app has, with the address a bookmark or an e2e test uses for it. */
const ROUTES: [Route, string][] = [
  [{ area: 'roles', view: 'list' }, '#/roles'],
  [{ area: 'roles', view: 'role', id: ID, tab: 'intake' }, `#/roles/${ID}`],
  [{ area: 'roles', view: 'role', id: ID, tab: 'jd' }, `#/roles/${ID}/jd`],
  [{ area: 'roles', view: 'role', id: ID, tab: 'loop' }, `#/roles/${ID}/loop`],
  [{ area: 'questions' }, '#/questions'],
  [{ area: 'interviews', view: 'list' }, '#/interviews'],
  [{ area: 'interviews', view: 'start', candidateId: null, roundId: null }, '#/interviews/start'],
  [
    { area: 'interviews', view: 'start', candidateId: ID, roundId: OTHER },
    `#/interviews/start?candidate=${ID}&round=${OTHER}`,
  ],
  [
    { area: 'interviews', view: 'start', candidateId: null, roundId: OTHER },
    `#/interviews/start?round=${OTHER}`,
  ],
  // An imported pack's start link names who it was made for; a name with a space and an
  // accent survives the address.
  [
    { area: 'interviews', view: 'start', candidateId: ID, roundId: OTHER, interviewer: 'Zoë Park' },
    `#/interviews/start?candidate=${ID}&round=${OTHER}&interviewer=Zo%C3%AB+Park`,
  ],
  [{ area: 'interviews', view: 'live', id: ID }, `#/interviews/${ID}`],
  [{ area: 'interviews', view: 'scorecard', id: ID }, `#/interviews/${ID}/scorecard`],
  [{ area: 'candidates', view: 'list' }, '#/candidates'],
  [{ area: 'candidates', view: 'candidate', id: ID }, `#/candidates/${ID}`],
  [{ area: 'candidates', view: 'debrief', id: ID }, `#/candidates/${ID}/debrief`],
  [{ area: 'settings' }, '#/settings'],
];

describe('the route table', () => {
  it.each(ROUTES)('writes %o as its address and reads it back', (route, href) => {
    expect(routeHref(route)).toBe(href);
    expect(parseRoute(href)).toEqual(route);
  });

  it('covers every area and every role tab', () => {
    expect(new Set(ROUTES.map(([route]) => route.area))).toEqual(new Set(AREA_IDS));
    const tabs = ROUTES.flatMap(([route]) =>
      route.area === 'roles' && route.view === 'role' ? [route.tab] : [],
    );
    expect(tabs).toEqual([...ROLE_TABS]);
    for (const area of AREA_IDS) expect(parseRoute(routeHref(homeRoute(area)))).toEqual(homeRoute(area));
  });

  it('reads an address that names no area as the roles list, and says it names none', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/roles-old', '#/../settings']) {
      expect(parseRoute(hash)).toEqual({ area: 'roles', view: 'list' });
      expect(areaOfHash(hash)).toBeUndefined();
    }
  });

  it("reads a malformed path inside an area as that area's home", () => {
    expect(parseRoute('#/roles/not-an-id')).toEqual({ area: 'roles', view: 'list' });
    expect(parseRoute(`#/roles/${ID}/jd/extra`)).toEqual({ area: 'roles', view: 'list' });
    expect(parseRoute('#/interviews/12345/scorecard')).toEqual({ area: 'interviews', view: 'list' });
    expect(parseRoute('#/candidates/someone')).toEqual({ area: 'candidates', view: 'list' });
    expect(parseRoute('#/settings/anything')).toEqual({ area: 'settings' });
    expect(areaOfHash('#/candidates/someone')).toBe('candidates');
  });

  it('forgives what a typed address may carry: an unknown tab, a bad query id, a trailing part', () => {
    expect(parseRoute(`#/roles/${ID}/nope`)).toEqual({ area: 'roles', view: 'role', id: ID, tab: 'intake' });
    expect(parseRoute(`#/interviews/start?candidate=bob&round=${OTHER}`)).toEqual({
      area: 'interviews',
      view: 'start',
      candidateId: null,
      roundId: OTHER,
    });
    expect(parseRoute(`#/candidates/${ID}/notes`)).toEqual({ area: 'candidates', view: 'candidate', id: ID });
    expect(parseRoute(`#/interviews/${ID.toUpperCase()}`)).toEqual({
      area: 'interviews',
      view: 'live',
      id: ID.toUpperCase(),
    });
  });
});
