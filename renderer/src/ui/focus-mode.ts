import { create } from 'zustand';

/**
 * Whether a screen has the whole window (live interview mode): the header and sidebar step
 * aside. Kept in ui/ because a feature's screen turns it on and the app frame reads it.
 */
interface FocusModeState {
  focusMode: boolean;
  setFocusMode(on: boolean): void;
}

export const useFocusModeStore = create<FocusModeState>()((set, get) => ({
  focusMode: false,
  setFocusMode(focusMode) {
    if (get().focusMode !== focusMode) set({ focusMode });
  },
}));
