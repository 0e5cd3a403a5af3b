import type { StateCreator } from 'zustand';
import type { Interview, InterviewItem, Rating } from '../../../../shared/interviews';
import type { AppErrorData } from '../../../../shared/result';
import type { SaveState } from './item-autosave';
import { type RunningClock, startClock } from './timers';

/**
 * The shape of live mode's store. The store is made of three parts, each in its own module:
 * opening, closing and ending the interview (live-session-slice.ts), where the interviewer is
 * and the clocks (live-position-slice.ts), and what is written about each question
 * (live-items-slice.ts).
 */

export type ItemPatch = Partial<
  Pick<InterviewItem, 'rating' | 'evidence' | 'judgement' | 'redFlags' | 'elapsedMs'>
>;
export type NoteField = 'evidence' | 'judgement';

/** What live mode shows: the interview being written, ahead of the core while saves are on their way. */
export interface LiveData {
  interview: Interview | null;
  loadError: AppErrorData | null;
  /** Index of the question on screen. */
  index: number;
  saveState: SaveState;
  /** The round's clock and the current question's. */
  roundClock: RunningClock;
  itemClock: RunningClock;
  /** The side column with the strong answer, calibration note and probes. */
  guideOpen: boolean;
  searchOpen: boolean;
  confirmEndOpen: boolean;
  ending: boolean;
  actionError: AppErrorData | null;
}

export interface SessionActions {
  open(id: string): Promise<void>;
  /** Saves everything and stops the clocks' saving (leaving live mode). */
  close(): Promise<void>;
  /** Ends the interview; resolves to its id once the core has ended it. */
  end(): Promise<string | null>;
  flush(): Promise<boolean>;
}

export interface PositionActions {
  goTo(index: number): void;
  next(): void;
  previous(): void;
  /** Stops the current question's clock into its item (saved with the item's next save). */
  bankItemClock(): void;
  /** Stores where the interviewer is and both clocks (every few seconds, on each move). */
  savePosition(): Promise<void>;
}

export interface ItemActions {
  rate(rating: Rating): void;
  editNote(field: NoteField, text: string): void;
  toggleFlag(flag: string): void;
  /** Puts a question from the bank after the current one and goes to it. */
  insertAdHoc(questionId: string): Promise<boolean>;
}

export interface ViewActions {
  toggleGuide(): void;
  setSearchOpen(open: boolean): void;
  setConfirmEndOpen(open: boolean): void;
  dismissError(): void;
}

export type LiveState = LiveData & SessionActions & PositionActions & ItemActions & ViewActions;

/** One part of the store, given the whole store to read and write. */
export type LiveSlice<Part> = StateCreator<LiveState, [], [], Part>;

export const initialLiveData: LiveData = {
  interview: null,
  loadError: null,
  index: 0,
  saveState: { kind: 'idle' },
  roundClock: startClock(0),
  itemClock: startClock(0),
  guideOpen: true,
  searchOpen: false,
  confirmEndOpen: false,
  ending: false,
  actionError: null,
};

/** The question on screen. */
export function currentItem(state: LiveData): InterviewItem | undefined {
  return state.interview?.items[state.index];
}
