import type { StateCreator } from 'zustand';
import type { JdFinding } from '../../../../shared/domain/jd';
import type { Jd, JdCheckResult, JdSectionId } from '../../../../shared/jd';
import type { AppErrorData } from '../../../../shared/result';
import type { AutosaveState } from '../../ui/autosave-queue';
import type { JdDrafts } from './jd-text';

export interface JdNotice {
  tone: 'success' | 'error' | 'info';
  message: string;
}

/** The JD open in the editor: the document as stored, the texts as typed, and their save. */
interface JdEditorState {
  roleId: string | null;
  jd: Jd | null;
  loadError: AppErrorData | null;
  /** What the editor shows: ahead of `jd` while a save is pending. */
  drafts: JdDrafts | null;
  saveState: AutosaveState;
  /** The comp advisor's band for the role, for the pay checks. */
  band: { min: number; max: number } | null;
  notice: JdNotice | null;
  showPreview: boolean;

  open(roleId: string): Promise<void>;
  close(): Promise<void>;
  edit(sectionId: JdSectionId, text: string): void;
  flush(): Promise<boolean>;
  markFinal(final: boolean): Promise<void>;
  setNotice(notice: JdNotice | null): void;
  togglePreview(): void;
}

/** The checks beside the editor, run again a moment after typing stops. */
export interface JdCheckState {
  /** The last check, with the texts it was run on (findings point into those). */
  check: { result: JdCheckResult; drafts: JdDrafts } | null;
  checkError: AppErrorData | null;
  /** The texts the newest check was asked on: only its answer is shown. */
  checkAsked: JdDrafts | null;

  runCheck(): Promise<void>;
  /** Runs the checks once typing has paused. */
  checkSoon(): void;
  /** Drops a check waiting for the pause; an answer on its way is not shown. */
  stopChecks(): void;
  /** Puts a finding's suggested rewrite in place; false when the text moved on since the check. */
  applyFix(finding: JdFinding): boolean;
}

/** Regenerating a section from the spec, with its confirmation and its undo. */
export interface JdRegenerateState {
  /** A section whose regenerate waits for a yes, because it was edited by hand. */
  confirmRegenerate: JdSectionId | null;
  busySection: JdSectionId | null;
  /** The last regenerate, while it can be undone. */
  undo: { sectionId: JdSectionId; heading: string; previousText: string } | null;

  regenerate(sectionId: JdSectionId, force?: boolean): Promise<void>;
  cancelRegenerate(): void;
  undoRegenerate(): Promise<void>;
  dismissUndo(): void;
}

export type JdState = JdEditorState & JdCheckState & JdRegenerateState;

/** One part of the JD store, seeing the whole of it. */
export type JdSlice<Part> = StateCreator<JdState, [], [], Part>;

/** The store with no JD open (the preview toggle outlives a JD). */
export const closedJd = {
  roleId: null,
  jd: null,
  loadError: null,
  drafts: null,
  saveState: { kind: 'idle' } as AutosaveState,
  band: null,
  notice: null,
  check: null,
  checkError: null,
  checkAsked: null,
  confirmRegenerate: null,
  busySection: null,
  undo: null,
} satisfies Partial<JdState>;

/** Shown when an edit turns a final JD back into a draft. */
export const draftAgain: JdNotice = {
  tone: 'info',
  message:
    'The text changed after it was marked final, so it is a draft again. Mark it final when it is ready to post.',
};
