import { create } from 'zustand';
import type { CandidateListItem } from '../../../../shared/candidates';
import type { InterviewSummary } from '../../../../shared/interviews';
import type { Round } from '../../../../shared/kits';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { currentSettings, useSettingsStore } from '../settings';

interface InterviewsState {
  list: InterviewSummary[] | null;
  listError: AppErrorData | null;
  /** Interviews left running when the app last stopped; offered once per launch. */
  inProgress: InterviewSummary[];
  offerDismissed: boolean;

  candidates: CandidateListItem[] | null;
  candidateId: string | null;
  /** The rounds of the chosen candidate's role. */
  rounds: Round[] | null;
  roundId: string | null;
  interviewer: string;
  startError: AppErrorData | null;
  starting: boolean;

  loadList(): Promise<void>;
  checkInProgress(): Promise<void>;
  dismissOffer(): void;
  /** Loads the start form; a candidate and a round may come from the address. */
  /** `interviewer`, when given, is who the interview is for (an imported pack's); else the remembered name. */
  prepareStart(
    candidateId: string | null,
    roundId: string | null,
    interviewer?: string | null,
  ): Promise<void>;
  chooseCandidate(id: string | null): Promise<void>;
  chooseRound(id: string | null): void;
  setInterviewer(name: string): void;
  /** Starts (or resumes) the interview; resolves to its id. */
  start(): Promise<string | null>;
}

/** In progress first (latest first), then the ended ones, latest first. */
export function sortInterviews(list: InterviewSummary[]): InterviewSummary[] {
  return [...list].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'in-progress' ? -1 : 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}

export const useInterviewsStore = create<InterviewsState>()((set, get) => ({
  list: null,
  listError: null,
  inProgress: [],
  offerDismissed: false,
  candidates: null,
  candidateId: null,
  rounds: null,
  roundId: null,
  interviewer: '',
  startError: null,
  starting: false,

  async loadList() {
    const result = await call('interviews.list', {});
    if (result.ok) set({ list: sortInterviews(result.value), listError: null });
    else set({ listError: result.error });
  },

  async checkInProgress() {
    const result = await call('interviews.inProgress', {});
    // Silent when it fails: the list says why, and nothing is lost by not offering.
    if (result.ok) set({ inProgress: sortInterviews(result.value) });
  },

  dismissOffer() {
    set({ offerDismissed: true });
  },

  async prepareStart(candidateId, roundId, interviewer) {
    const remembered = currentSettings()?.interviewerName ?? '';
    set({
      interviewer: interviewer || get().interviewer || remembered,
      startError: null,
      candidateId: candidateId ?? get().candidateId,
    });
    const result = await call('candidates.list', {});
    if (!result.ok) {
      set({ startError: result.error, candidates: [] });
      return;
    }
    set({ candidates: result.value });
    const chosen = get().candidateId;
    await get().chooseCandidate(result.value.some((c) => c.id === chosen) ? chosen : null);
    if (roundId && get().rounds?.some((r) => r.id === roundId)) set({ roundId });
  },

  async chooseCandidate(id) {
    set({ candidateId: id, rounds: null, roundId: null, startError: null });
    const candidate = get().candidates?.find((c) => c.id === id);
    if (!candidate) return;
    const result = await call('loop.get', { roleId: candidate.roleId });
    if (get().candidateId !== id) return;
    if (!result.ok) {
      set({ startError: result.error, rounds: [] });
      return;
    }
    const rounds = result.value.rounds;
    set({ rounds, roundId: rounds.find((r) => r.items.length > 0)?.id ?? rounds[0]?.id ?? null });
  },

  chooseRound(roundId) {
    set({ roundId });
  },

  setInterviewer(interviewer) {
    set({ interviewer });
  },

  async start() {
    const { candidateId, roundId, interviewer, starting } = get();
    if (starting) return null;
    if (!candidateId || !roundId || interviewer.trim() === '') {
      set({
        startError: {
          code: 'bad_input',
          message: 'Pick a candidate and a round, and give the interviewer’s name.',
        },
      });
      return null;
    }
    set({ starting: true, startError: null });
    const name = interviewer.trim();
    if (currentSettings()?.interviewerName !== name) {
      void useSettingsStore.getState().change({ key: 'interviewerName', value: name });
    }
    const result = await call('interviews.start', { candidateId, roundId, interviewer: name });
    set({ starting: false });
    if (!result.ok) {
      set({ startError: result.error });
      return null;
    }
    return result.value.id;
  },
}));
