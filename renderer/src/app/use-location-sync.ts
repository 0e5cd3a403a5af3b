import { useEffect } from 'react';
import { useNavigationStore } from './navigation-store';

/** Keeps the active area and `location.hash` in step, both ways (Back, a typed address, a reload). */
export function useLocationSync(): void {
  const syncFromLocation = useNavigationStore((state) => state.syncFromLocation);
  useEffect(() => {
    syncFromLocation();
    window.addEventListener('hashchange', syncFromLocation);
    return () => window.removeEventListener('hashchange', syncFromLocation);
  }, [syncFromLocation]);
}
