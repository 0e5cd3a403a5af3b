import { create } from 'zustand';

/**
 * What frames the active area: whether the About panel is open. (Where the person is lives in
 * the router, ui/router.ts; whether a screen has the whole window, in ui/focus-mode.ts.)
 */
interface NavigationState {
  aboutOpen: boolean;
  openAbout(): void;
  closeAbout(): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  aboutOpen: false,
  openAbout() {
    set({ aboutOpen: true });
  },
  closeAbout() {
    set({ aboutOpen: false });
  },
}));
