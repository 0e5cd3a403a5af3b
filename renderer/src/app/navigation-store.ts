import { create } from 'zustand';

/**
 * What frames the active area: whether the About panel is open and whether a screen has the
 * whole window. (Where the person is lives in the router: ui/router.ts.)
 */
interface NavigationState {
  aboutOpen: boolean;
  /** A screen that wants the whole window (live interview mode): the header and sidebar step aside. */
  focusMode: boolean;
  setFocusMode(on: boolean): void;
  openAbout(): void;
  closeAbout(): void;
}

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  aboutOpen: false,
  focusMode: false,
  setFocusMode(focusMode) {
    if (get().focusMode !== focusMode) set({ focusMode });
  },
  openAbout() {
    set({ aboutOpen: true });
  },
  closeAbout() {
    set({ aboutOpen: false });
  },
}));
