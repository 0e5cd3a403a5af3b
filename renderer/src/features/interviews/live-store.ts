import { create } from 'zustand';
import { itemsSlice } from './live-items-slice';
import { positionSlice } from './live-position-slice';
import { sessionSlice } from './live-session-slice';
import { initialLiveData, type LiveState } from './live-state';

export { hasUnsavedInterviewEdits } from './live-saves';
export type { ItemPatch } from './live-state';

/**
 * Live mode's store: the interview being written (loaded with `interviews.get`, then ahead of
 * the core while its autosave works), the clocks, and what is open on screen.
 */
export const useLiveStore = create<LiveState>()((set, get, store) => ({
  ...initialLiveData,
  ...sessionSlice(set, get, store),
  ...positionSlice(set, get, store),
  ...itemsSlice(set, get, store),

  toggleGuide() {
    set({ guideOpen: !get().guideOpen });
  },
  setSearchOpen(searchOpen) {
    set({ searchOpen });
  },
  setConfirmEndOpen(confirmEndOpen) {
    set({ confirmEndOpen });
  },
  dismissError() {
    set({ actionError: null });
  },
}));
