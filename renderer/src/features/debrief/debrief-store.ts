import { create } from 'zustand';
import type { CandidateRecord, DecisionOutcome } from '../../../../shared/debrief';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { LatestRequest } from '../../ui/latest-request';
import { exportDocument } from '../documents';
import { currentSettings } from '../settings';

/** What the decision form sends; the store adds the candidate, role and version it read. */
export interface DecisionDraft {
  outcome: DecisionOutcome;
  rationale: string;
  rejectionReason: string | null;
  decidedBy: string;
  changeReason: string;
}

interface DebriefState {
  candidateId: string | null;
  record: CandidateRecord | null;
  loadError: AppErrorData | null;
  /** The last failed write (decision, note, reasons), shown where it happened. */
  error: AppErrorData | null;
  exportMessage: string | null;
  exporting: boolean;
  load(candidateId: string): Promise<void>;
  decide(draft: DecisionDraft): Promise<boolean>;
  addNote(text: string): Promise<boolean>;
  setRejectionReasons(reasons: string[]): Promise<boolean>;
  exportPacket(): Promise<void>;
  clearError(): void;
}

const requests = new LatestRequest();

/** Who is at the keyboard (the name remembered from the last interview), if known. */
export function currentViewer(): string | undefined {
  return currentSettings()?.interviewerName.trim() || undefined;
}

/** One candidate's record (the debrief, stage timeline and notes), read for the candidate page and the debrief. */
export const useDebriefStore = create<DebriefState>()((set, get) => ({
  candidateId: null,
  record: null,
  loadError: null,
  error: null,
  exportMessage: null,
  exporting: false,

  async load(candidateId) {
    const isLatest = requests.start();
    if (get().candidateId !== candidateId) {
      set({ candidateId, record: null, loadError: null, error: null, exportMessage: null });
    }
    const viewer = currentViewer();
    const result = await call('debrief.candidate', { candidateId, ...(viewer ? { viewer } : {}) });
    if (!isLatest()) return;
    if (result.ok) set({ record: result.value, loadError: null });
    else set({ loadError: result.error, record: null });
  },

  async decide(draft) {
    const record = get().record;
    if (!record) return false;
    const { debrief } = record;
    const result = await call('debrief.decide', {
      candidateId: debrief.candidate.id,
      roleId: debrief.roleId,
      outcome: draft.outcome,
      rationale: draft.rationale,
      decidedBy: draft.decidedBy,
      ...(draft.outcome === 'no-hire' && draft.rejectionReason
        ? { rejectionReason: draft.rejectionReason }
        : {}),
      ...(debrief.decision ? { changeReason: draft.changeReason } : {}),
      expectedVersion: debrief.decision?.version ?? 0,
    });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    set({ error: null });
    await get().load(debrief.candidate.id);
    return true;
  },

  async addNote(text) {
    const record = get().record;
    if (!record) return false;
    const result = await call('candidates.addNote', { candidateId: record.debrief.candidate.id, text });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    const current = get().record;
    if (current) set({ record: { ...current, notes: result.value }, error: null });
    return true;
  },

  async setRejectionReasons(reasons) {
    const result = await call('debrief.setRejectionReasons', { reasons });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    const current = get().record;
    if (current)
      set({
        record: { ...current, debrief: { ...current.debrief, rejectionReasons: result.value } },
        error: null,
      });
    return true;
  },

  async exportPacket() {
    const record = get().record;
    if (!record) return;
    set({ exporting: true, exportMessage: null });
    const outcome = await exportDocument({
      kind: 'debrief',
      candidateId: record.debrief.candidate.id,
      roleId: record.debrief.roleId,
      format: 'both',
    });
    set({ exporting: false });
    if (outcome.status === 'done') set({ exportMessage: outcome.message });
    else if (outcome.status === 'error') set({ error: outcome.error });
  },

  clearError() {
    set({ error: null });
  },
}));
