import { create } from 'zustand';
import { openHash, replaceHash } from '../ui/hash-location';
import { type AreaId, areaFromHash, DEFAULT_AREA, hashForArea } from './areas';

/**
 * Where the person is: the active area (mirrored in `location.hash`, so a reload keeps it)
 * and whether the About panel is open.
 */
interface NavigationState {
  area: AreaId;
  aboutOpen: boolean;
  /** A screen that wants the whole window (live interview mode): the header and sidebar step aside. */
  focusMode: boolean;
  setFocusMode(on: boolean): void;
  /** Switches area and writes `#/<area>` (one history entry per switch). */
  goTo(area: AreaId): void;
  /** Reads the area from `location.hash`; an unknown hash becomes the default area. */
  syncFromLocation(): void;
  openAbout(): void;
  closeAbout(): void;
}

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  area: areaFromHash(currentHash()) ?? DEFAULT_AREA,
  aboutOpen: false,
  focusMode: false,
  setFocusMode(focusMode) {
    if (get().focusMode !== focusMode) set({ focusMode });
  },
  goTo(area) {
    if (get().area !== area) set({ area });
    openHash(hashForArea(area));
  },
  syncFromLocation() {
    const area = areaFromHash(window.location.hash);
    if (area) {
      if (get().area !== area) set({ area });
      return;
    }
    set({ area: DEFAULT_AREA });
    // No history entry for the fix-up: Back should not land on a hash that means nothing.
    replaceHash(hashForArea(DEFAULT_AREA));
  },
  openAbout() {
    set({ aboutOpen: true });
  },
  closeAbout() {
    set({ aboutOpen: false });
  },
}));
