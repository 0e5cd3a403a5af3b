import { call } from '../../api';
import { draftAgain, type JdRegenerateState, type JdSlice } from './jd-state';
import { jdStored } from './queries';

export const jdRegenerateSlice: JdSlice<JdRegenerateState> = (set, get) => ({
  confirmRegenerate: null,
  busySection: null,
  undo: null,

  async regenerate(sectionId, force = false) {
    const { jd } = get();
    if (!jd) return;
    set({ confirmRegenerate: null, busySection: sectionId });
    try {
      // The core decides "edited by hand" from what it has stored: send the typing first.
      if (!(await get().flush())) return;
      const result = await call('jd.regenerate', { id: jd.id, sectionId, force });
      if (get().jd?.id !== jd.id) return;
      if (!result.ok) {
        set({ notice: { tone: 'error', message: result.error.message } });
        return;
      }
      const { jd: next, previousText, kept } = result.value;
      if (kept) {
        set({ confirmRegenerate: sectionId });
        return;
      }
      jdStored(next);
      const section = next.sections.find((s) => s.id === sectionId);
      const drafts = get().drafts;
      set({
        jd: next,
        ...(jd.finalAt !== null && next.finalAt === null ? { notice: draftAgain } : {}),
        drafts: drafts ? { ...drafts, [sectionId]: section?.text ?? '' } : drafts,
        undo:
          previousText !== (section?.text ?? '')
            ? { sectionId, heading: section?.heading || sectionId, previousText }
            : null,
      });
      void get().runCheck();
    } finally {
      set({ busySection: null });
    }
  },

  cancelRegenerate() {
    set({ confirmRegenerate: null });
  },

  async undoRegenerate() {
    const { undo } = get();
    if (!undo) return;
    set({ undo: null });
    get().edit(undo.sectionId, undo.previousText);
    await get().flush();
  },

  dismissUndo() {
    set({ undo: null });
  },
});
