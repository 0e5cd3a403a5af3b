import { create } from 'zustand';
import type { CandidateRecord, DecisionOutcome } from '../../../../shared/debrief';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { invalidateChannels } from '../../ui/query';
import { exportDocument } from '../documents';
import { updateCandidateRecords } from './queries';

/** What the decision form sends; the store adds the candidate, role and version it read. */
export interface DecisionDraft {
  outcome: DecisionOutcome;
  rationale: string;
  rejectionReason: string | null;
  decidedBy: string;
  changeReason: string;
}

/**
 * The candidate page's and the debrief's UI state: what the last write or export said, for the
 * candidate on screen. The record itself is read through the query layer (`useCandidateRecord`).
 */
interface DebriefState {
  candidateId: string | null;
  /** The last failed write (decision, note, reasons), shown where it happened. */
  error: AppErrorData | null;
  exportMessage: string | null;
  exporting: boolean;
  /** A candidate's page or debrief opened: what was said about another candidate goes. */
  show(candidateId: string): void;
  decide(record: CandidateRecord, draft: DecisionDraft): Promise<boolean>;
  addNote(candidateId: string, text: string): Promise<boolean>;
  setRejectionReasons(reasons: string[]): Promise<boolean>;
  exportPacket(record: CandidateRecord): Promise<void>;
  clearError(): void;
}

export const useDebriefStore = create<DebriefState>()((set, get) => ({
  candidateId: null,
  error: null,
  exportMessage: null,
  exporting: false,

  show(candidateId) {
    if (get().candidateId !== candidateId) set({ candidateId, error: null, exportMessage: null });
  },

  async decide({ debrief }, draft) {
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
    // A decision can move the candidate's stage, which the lists show too.
    await invalidateChannels('debrief.candidate', 'debrief.get', 'candidates.list', 'candidates.get');
    return true;
  },

  async addNote(candidateId, text) {
    const result = await call('candidates.addNote', { candidateId, text });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    updateCandidateRecords(candidateId, (record) => ({ ...record, notes: result.value }));
    set({ error: null });
    return true;
  },

  async setRejectionReasons(reasons) {
    const result = await call('debrief.setRejectionReasons', { reasons });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    // The list is one for every candidate.
    updateCandidateRecords(null, (record) => ({
      ...record,
      debrief: { ...record.debrief, rejectionReasons: result.value },
    }));
    await invalidateChannels('debrief.rejectionReasons', 'debrief.get');
    set({ error: null });
    return true;
  },

  async exportPacket({ debrief }) {
    set({ exporting: true, exportMessage: null });
    const outcome = await exportDocument({
      kind: 'debrief',
      candidateId: debrief.candidate.id,
      roleId: debrief.roleId,
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
