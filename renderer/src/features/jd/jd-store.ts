import { create } from 'zustand';
import type { Jd, JdSaveResult, JdSectionId } from '../../../../shared/jd';
import { call } from '../../api';
import { AutosaveQueue, lateSeqOfResult } from '../../ui/autosave-queue';
import { coreQuery, queryClient, readError } from '../../ui/query';
import { useRolesStore } from '../roles';
import { jdCheckSlice } from './jd-check';
import { jdRegenerateSlice } from './jd-regenerate';
import { closedJd, draftAgain, type JdState } from './jd-state';
import { draftsOf, type JdDrafts } from './jd-text';
import { jdStored } from './queries';

export type { JdNotice } from './jd-state';

let autosave: AutosaveQueue<Partial<JdDrafts>, JdSaveResult> | null = null;

/** Whether an edit of the JD has not reached the core yet. */
export function hasUnsavedJdEdits(): boolean {
  return autosave?.dirty ?? false;
}

/**
 * The JD being edited: the document is read through the query layer when the tab opens, then
 * the store holds it with the texts as typed, their autosave, the checks and the regenerates.
 */
export const useJdStore = create<JdState>()((set, get, store) => {
  const openAutosave = (jd: Jd) => {
    autosave?.dispose();
    autosave = new AutosaveQueue<Partial<JdDrafts>, JdSaveResult>({
      send: (patch, clientSeq) =>
        call('jd.save', {
          id: jd.id,
          sections: Object.entries(patch).map(([id, text]) => ({ id: id as JdSectionId, text: text ?? '' })),
          clientSeq,
        }),
      onState: (saveState) => {
        if (get().jd?.id === jd.id) set({ saveState });
      },
      onSaved: (saved) => {
        jdStored(saved.jd);
        const shown = get().jd;
        if (shown?.id !== saved.jd.id) return;
        set({ jd: saved.jd });
        if (shown.finalAt !== null && saved.jd.finalAt === null) set({ notice: draftAgain });
      },
      savedAt: (saved) => saved.jd.updatedAt,
      lateSeq: lateSeqOfResult,
    });
  };

  /** The role's band from the comp advisor; the pay checks go without one when it cannot be had. */
  const bandFor = async (roleId: string) => {
    try {
      const advice = await queryClient.fetchQuery(coreQuery('comp.adviseRole', { id: roleId }));
      return advice.band ? { min: advice.band.min, max: advice.band.max } : null;
    } catch {
      return null;
    }
  };

  return {
    ...jdCheckSlice(set, get, store),
    ...jdRegenerateSlice(set, get, store),
    ...closedJd,
    showPreview: true,

    async open(roleId) {
      if (get().roleId === roleId) return;
      await get().close();
      set({ roleId });
      // The JD is made from the spec as stored: the intake's last keystrokes go first.
      await useRolesStore.getState().flush();
      const [read, band] = await Promise.all([
        queryClient.fetchQuery(coreQuery('jd.forRole', { roleId })).then(
          (jd) => ({ jd }),
          (error: Error) => ({ error: readError({ error }) }),
        ),
        bandFor(roleId),
      ]);
      // Closed while the JD was on its way, or opened again and already shown by that open.
      if (get().roleId !== roleId || get().jd !== null) return;
      if ('error' in read) {
        set({ loadError: read.error });
        return;
      }
      openAutosave(read.jd);
      set({ jd: read.jd, drafts: draftsOf(read.jd.sections), band });
      void get().runCheck();
    },

    async close() {
      // Cleared at once (a reopen may follow straight away); the last edits still go out.
      const saver = autosave;
      autosave = null;
      get().stopChecks();
      set(closedJd);
      if (saver) {
        await saver.flush();
        saver.dispose();
      }
    },

    edit(sectionId, text) {
      const { drafts } = get();
      if (!drafts || !autosave) return;
      set({ drafts: { ...drafts, [sectionId]: text } });
      autosave.queue({ [sectionId]: text });
      get().checkSoon();
    },

    async flush() {
      return autosave ? autosave.flush() : true;
    },

    async markFinal(final) {
      const { jd } = get();
      if (!jd) return;
      await get().flush();
      const result = await call('jd.markFinal', { id: jd.id, final });
      if (result.ok) jdStored(result.value);
      if (get().jd?.id !== jd.id) return;
      if (result.ok) set({ jd: result.value });
      else set({ notice: { tone: 'error', message: result.error.message } });
    },

    setNotice(notice) {
      set({ notice });
    },

    togglePreview() {
      set({ showPreview: !get().showPreview });
    },
  };
});
