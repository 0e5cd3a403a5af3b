import { create } from 'zustand';

/** The start form as typed: ids are '' while none is chosen. */
export interface StartValues {
  candidateId: string;
  roundId: string;
  interviewer: string;
}

/**
 * The Interviews area's UI state. The interviews, candidates and rounds themselves are read
 * through the query layer (queries.ts).
 */
interface InterviewsState {
  /** Whether the offer to resume an interview left running was answered (once per launch). */
  offerDismissed: boolean;
  /** The start form as last left, so coming back to the area finds it as it was. */
  startDraft: StartValues;
  dismissOffer(): void;
  keepStartDraft(values: StartValues): void;
}

export const useInterviewsStore = create<InterviewsState>()((set) => ({
  offerDismissed: false,
  startDraft: { candidateId: '', roundId: '', interviewer: '' },

  dismissOffer() {
    set({ offerDismissed: true });
  },
  keepStartDraft(startDraft) {
    set({ startDraft });
  },
}));
