import { create } from 'zustand';
import {
  type AreaId,
  type AreaRoute,
  areaOfHash,
  DEFAULT_AREA,
  homeRoute,
  parseRoute,
  type Route,
  routeHref,
} from './routes';

/**
 * The current route, following `location.hash`: the one way a screen learns where it is and
 * moves elsewhere (Back, a reload and a typed address behave the same in every area).
 */
interface RouterState {
  route: Route;
}

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

export const useRouterStore = create<RouterState>()(() => ({ route: parseRoute(currentHash()) }));

/** Keeps the same object for an address that means the same view, so nothing re-renders for it. */
function setRoute(next: Route): void {
  if (routeHref(useRouterStore.getState().route) !== routeHref(next))
    useRouterStore.setState({ route: next });
}

/** Reads the address; one that names no area becomes the default area's, without a history entry. */
export function syncFromLocation(): void {
  const hash = window.location.hash;
  setRoute(parseRoute(hash));
  if (!areaOfHash(hash)) {
    // No history entry for the fix-up: Back should not land on an address that means nothing.
    window.history.replaceState(window.history.state, '', routeHref(homeRoute(DEFAULT_AREA)));
  }
}

/** Goes to a view as a new history entry, so Back returns; nothing happens if already there. */
export function openRoute(route: Route): void {
  setRoute(route);
  const href = routeHref(route);
  if (window.location.hash !== href) window.location.hash = href;
}

/**
 * Rewrites the address without a history entry: for an address that follows what is already
 * on screen (a fix-up, a role picked in its list).
 */
export function replaceRoute(route: Route): void {
  setRoute(route);
  const href = routeHref(route);
  if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
}

/**
 * The route the address means right now, for a screen deciding what to open as it mounts
 * (before the app's first sync has run, the address is ahead of the store).
 */
export function currentRoute(): Route {
  return parseRoute(currentHash());
}

export function useRoute(): Route {
  return useRouterStore((state) => state.route);
}

export function useCurrentArea(): AreaId {
  return useRouterStore((state) => state.route.area);
}

/** The route within one area; the area's home while another area is showing. */
export function useAreaRoute<A extends AreaId>(area: A): AreaRoute<A> {
  return useRouterStore((state) =>
    state.route.area === area ? (state.route as AreaRoute<A>) : homeRoute(area),
  );
}
