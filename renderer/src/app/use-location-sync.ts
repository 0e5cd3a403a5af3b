import { useEffect } from 'react';
import { syncFromLocation } from '../ui/router';

/** Keeps the current route and `location.hash` in step, both ways (Back, a typed address, a reload). */
export function useLocationSync(): void {
  useEffect(() => {
    syncFromLocation();
    window.addEventListener('hashchange', syncFromLocation);
    return () => window.removeEventListener('hashchange', syncFromLocation);
  }, []);
}
