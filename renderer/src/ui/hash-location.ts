import { useEffect, useState } from 'react';

/**
 * The one way the renderer reads and writes its address (`#/area/...`), so that Back, a
 * reload and a typed address behave the same in every area.
 */

/** Goes to an address as a new history entry, so Back returns; nothing happens if already there. */
export function openHash(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

/**
 * Rewrites the address without a history entry and without a `hashchange` event: for an
 * address that follows what is already on screen (a fix-up, a role picked in its list).
 */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}

/**
 * An area's current view, parsed from the address and following it. `key` names a view, so
 * an address change that means the same view keeps the same object and re-renders nothing.
 */
export function useHashRoute<Route>(parse: (hash: string) => Route, key: (route: Route) => string): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      const next = parse(window.location.hash);
      setRoute((previous) => (key(previous) === key(next) ? previous : next));
    };
    onChange();
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [parse, key]);
  return route;
}
