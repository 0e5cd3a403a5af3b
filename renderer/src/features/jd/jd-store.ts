import { create } from 'zustand';
import type { JdFinding } from '../../../../shared/domain/jd';
import type { JdCheckResult } from '../../../../shared/jd';
import {
  type Jd,
  type JdSaveResult,
  type JdSectionId,
  type JdVersion,
  jdCheckContextFor,
} from '../../../../shared/jd';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { AutosaveQueue, type AutosaveState, lateSeqOfResult } from '../../ui/autosave-queue';
import { LatestRequest } from '../../ui/latest-request';
import { useRolesStore } from '../roles';
import { applyReplacement, documentOf, draftsOf, type JdDrafts, sectionSpanOf } from './jd-text';

/** Typing pause before the checks run again. */
export const CHECK_DELAY_MS = 300;

export interface JdNotice {
  tone: 'success' | 'error' | 'info';
  message: string;
}

interface JdState {
  roleId: string | null;
  jd: Jd | null;
  loadError: AppErrorData | null;
  /** What the editor shows: ahead of `jd` while a save is pending. */
  drafts: JdDrafts | null;
  saveState: AutosaveState;
  /** The last check, with the texts it was run on (findings point into those). */
  check: { result: JdCheckResult; drafts: JdDrafts } | null;
  checkError: AppErrorData | null;
  /** The comp advisor's band for the role, for the pay checks. */
  band: { min: number; max: number } | null;
  /** A section whose regenerate waits for a yes, because it was edited by hand. */
  confirmRegenerate: JdSectionId | null;
  busySection: JdSectionId | null;
  /** The last regenerate, while it can be undone. */
  undo: { sectionId: JdSectionId; heading: string; previousText: string } | null;
  versions: JdVersion[] | null;
  notice: JdNotice | null;
  showPreview: boolean;

  open(roleId: string): Promise<void>;
  close(): Promise<void>;
  edit(sectionId: JdSectionId, text: string): void;
  flush(): Promise<boolean>;
  runCheck(): Promise<void>;
  regenerate(sectionId: JdSectionId, force?: boolean): Promise<void>;
  cancelRegenerate(): void;
  undoRegenerate(): Promise<void>;
  dismissUndo(): void;
  /** Puts a finding's suggested rewrite in place; false when the text moved on since the check. */
  applyFix(finding: JdFinding): boolean;
  markFinal(final: boolean): Promise<void>;
  loadVersions(): Promise<void>;
  setNotice(notice: JdNotice | null): void;
  togglePreview(): void;
}

/** The store with no JD open (the preview toggle outlives a JD). */
const closed = {
  roleId: null,
  jd: null,
  loadError: null,
  drafts: null,
  saveState: { kind: 'idle' } as AutosaveState,
  check: null,
  checkError: null,
  band: null,
  confirmRegenerate: null,
  busySection: null,
  undo: null,
  versions: null,
  notice: null,
};

let autosave: AutosaveQueue<Partial<JdDrafts>, JdSaveResult> | null = null;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
const checkRequests = new LatestRequest();
const openRequests = new LatestRequest();

/** The editor's text areas by section, so a finding can select its span. */
const sectionInputs = new Map<JdSectionId, HTMLTextAreaElement>();

export function registerSectionInput(id: JdSectionId, element: HTMLTextAreaElement | null): void {
  if (element) sectionInputs.set(id, element);
  else sectionInputs.delete(id);
}

/**
 * Replaces [start, end) of a section's text as typing would, through the browser's editing
 * command, so the text area's own undo (Ctrl/Cmd+Z) takes a fix back like any edit. The
 * input event it fires reaches the store through the text area's onChange. False where the
 * browser does not do it (no text area, or no editing commands, as in a test DOM).
 */
function replaceAsTyped(
  sectionId: JdSectionId,
  start: number,
  end: number,
  replacement: string,
  expected: string,
): boolean {
  const element = sectionInputs.get(sectionId);
  if (!element || typeof document.execCommand !== 'function') return false;
  element.focus();
  element.setSelectionRange(start, end);
  const done =
    replacement === ''
      ? document.execCommand('delete')
      : document.execCommand('insertText', false, replacement);
  return done && element.value === expected;
}

/** Focuses a section's text and selects [start, end) in it. */
export function selectInSection(sectionId: JdSectionId, start: number, end: number): void {
  const element = sectionInputs.get(sectionId);
  if (!element) return;
  element.focus();
  element.setSelectionRange(start, end);
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

/** Whether an edit of the JD has not reached the core yet. */
export function hasUnsavedJdEdits(): boolean {
  return autosave?.dirty ?? false;
}

/** Shown when an edit turns a final JD back into a draft. */
const draftAgain: JdNotice = {
  tone: 'info',
  message:
    'The text changed after it was marked final, so it is a draft again. Mark it final when it is ready to post.',
};

export const useJdStore = create<JdState>()((set, get) => {
  const scheduleCheck = () => {
    if (checkTimer !== undefined) clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      checkTimer = undefined;
      void get().runCheck();
    }, CHECK_DELAY_MS);
  };

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
        const shown = get().jd;
        if (shown?.id !== saved.jd.id) return;
        set({ jd: saved.jd });
        if (shown.finalAt !== null && saved.jd.finalAt === null) set({ notice: draftAgain });
      },
      savedAt: (saved) => saved.jd.updatedAt,
      lateSeq: lateSeqOfResult,
    });
  };

  return {
    ...closed,
    showPreview: true,

    async open(roleId) {
      if (get().roleId === roleId) return;
      await get().close();
      const isLatest = openRequests.start();
      set({ roleId });
      // The JD is made from the spec as stored: the intake's last keystrokes go first.
      await useRolesStore.getState().flush();
      const [result, advice] = await Promise.all([
        call('jd.forRole', { roleId }),
        call('comp.adviseRole', { id: roleId }),
      ]);
      if (!isLatest()) return;
      if (!result.ok) {
        set({ loadError: result.error });
        return;
      }
      openAutosave(result.value);
      set({
        jd: result.value,
        drafts: draftsOf(result.value.sections),
        band:
          advice.ok && advice.value.band ? { min: advice.value.band.min, max: advice.value.band.max } : null,
      });
      void get().runCheck();
      void get().loadVersions();
    },

    async close() {
      // Cleared at once (a reopen may follow straight away); the last edits still go out.
      const saver = autosave;
      autosave = null;
      openRequests.cancel();
      if (checkTimer !== undefined) clearTimeout(checkTimer);
      checkTimer = undefined;
      checkRequests.cancel();
      set(closed);
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
      scheduleCheck();
    },

    async flush() {
      return autosave ? autosave.flush() : true;
    },

    async runCheck() {
      const { jd, drafts, band } = get();
      if (!jd || !drafts) return;
      const isLatest = checkRequests.start();
      const spec = useRolesStore.getState().role?.spec;
      const context =
        spec && useRolesStore.getState().role?.id === jd.roleId ? jdCheckContextFor(spec, band) : {};
      const result = await call('jd.check', { document: documentOf(jd.sections, drafts), ...context });
      if (!isLatest()) return; // a newer check is on its way
      if (result.ok) set({ check: { result: result.value, drafts }, checkError: null });
      else set({ checkError: result.error });
    },

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

    applyFix(finding) {
      const { check, drafts } = get();
      if (!check || !drafts || finding.replacement === null) return false;
      const span = sectionSpanOf(check.result, check.drafts, finding);
      if (!span) return false;
      const expected = check.result.text.slice(finding.start, finding.end);
      const next = applyReplacement(drafts[span.sectionId] ?? '', span, expected, finding.replacement);
      if (next === null) {
        set({
          notice: { tone: 'info', message: 'That text changed since the check ran; look again in a moment.' },
        });
        scheduleCheck();
        return false;
      }
      if (!replaceAsTyped(span.sectionId, span.start, span.end, finding.replacement, next)) {
        get().edit(span.sectionId, next);
      }
      if (checkTimer !== undefined) clearTimeout(checkTimer);
      void get().runCheck();
      return true;
    },

    async markFinal(final) {
      const { jd } = get();
      if (!jd) return;
      await get().flush();
      const result = await call('jd.markFinal', { id: jd.id, final });
      if (get().jd?.id !== jd.id) return;
      if (result.ok) set({ jd: result.value });
      else set({ notice: { tone: 'error', message: result.error.message } });
    },

    async loadVersions() {
      const { jd } = get();
      if (!jd) return;
      const result = await call('jd.versions', { id: jd.id });
      if (get().jd?.id !== jd.id) return;
      if (result.ok) set({ versions: result.value });
    },

    setNotice(notice) {
      set({ notice });
    },

    togglePreview() {
      set({ showPreview: !get().showPreview });
    },
  };
});
