import { create } from 'zustand';
import {
  INTERVIEW_LIMITS,
  type Interview,
  type InterviewItem,
  type Rating,
  type SaveItemResult,
} from '../../../../shared/interviews';
import { withoutControlCharacters } from '../../../../shared/questions';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { KeyedAutosaveQueue, lateSeqOfResult } from '../../ui/autosave-queue';
import { LatestRequest } from '../../ui/latest-request';
import { ItemAutosave, type SaveState } from './item-autosave';
import { elapsedOf, type RunningClock, startClock } from './timers';

/** How often the position and the clocks are stored while nothing else changes. */
export const POSITION_SAVE_MS = 5_000;

export type ItemPatch = Partial<
  Pick<InterviewItem, 'rating' | 'evidence' | 'judgement' | 'redFlags' | 'elapsedMs'>
>;
export type NoteField = 'evidence' | 'judgement';

interface LiveState {
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

  open(id: string): Promise<void>;
  /** Saves everything and stops the clocks' saving (leaving live mode). */
  close(): Promise<void>;
  goTo(index: number): void;
  next(): void;
  previous(): void;
  rate(rating: Rating): void;
  editNote(field: NoteField, text: string): void;
  toggleFlag(flag: string): void;
  toggleGuide(): void;
  setSearchOpen(open: boolean): void;
  setConfirmEndOpen(open: boolean): void;
  insertAdHoc(questionId: string): Promise<boolean>;
  /** Ends the interview; resolves to its id once the core has ended it. */
  end(): Promise<string | null>;
  flush(): Promise<boolean>;
  /** Stores where the interviewer is and both clocks (every few seconds, on each move). */
  savePosition(): Promise<void>;
  dismissError(): void;
}

/** Where the interviewer is and the round's clock, as stored with the interview. */
type Position = Pick<Interview, 'currentItemId' | 'roundElapsedMs'>;

/**
 * The autosave of the position (ui/autosave-queue.ts, one thing): sent at once and quietly (it
 * never changes the save state shown unless it fails), numbered above the core's last number.
 */
class PositionAutosave extends KeyedAutosaveQueue<Position, SaveItemResult> {
  constructor(interviewId: string, onState: (state: SaveState) => void) {
    super({
      send: (_key, position, clientSeq) =>
        call('interviews.setPosition', { id: interviewId, ...(position as Position), clientSeq }),
      onState,
      savedAt: (saved) => saved.savedAt,
      lateSeq: lateSeqOfResult,
    });
  }

  /** Queues the position and resolves once it is stored (or its save failed). */
  save(position: Position): Promise<boolean> {
    this.queueFor('position', position, { immediate: true, quiet: true });
    return this.flush();
  }
}

let autosave: ItemAutosave<ItemPatch> | null = null;
let positionAutosave: PositionAutosave | null = null;
let positionTimer: ReturnType<typeof setInterval> | undefined;
/**
 * A clock's milliseconds as stored: whole, and at most a day (a window left open overnight,
 * the machine asleep, must not make the interview impossible to save or end).
 */
const cappedMs = (ms: number) => Math.min(Math.round(ms), INTERVIEW_LIMITS.elapsedMs);

/** Time spent per question in this window, ahead of what the interview was loaded with. */
const elapsedByItem = new Map<string, number>();
const elapsedOfItem = (item: InterviewItem | undefined) =>
  item ? (elapsedByItem.get(item.id) ?? item.elapsedMs) : 0;
/** Each open() gets a number; an answer for an older one is ignored. */
const openRequests = new LatestRequest();

const initial = {
  interview: null,
  loadError: null,
  index: 0,
  saveState: { kind: 'idle' } as SaveState,
  roundClock: startClock(0),
  itemClock: startClock(0),
  guideOpen: true,
  searchOpen: false,
  confirmEndOpen: false,
  ending: false,
  actionError: null,
};

function stopTimers(): void {
  elapsedByItem.clear();
  if (positionTimer !== undefined) clearInterval(positionTimer);
  positionTimer = undefined;
  autosave?.dispose();
  autosave = null;
  positionAutosave?.dispose();
  positionAutosave = null;
}

export const useLiveStore = create<LiveState>()((set, get) => {
  const current = (): InterviewItem | undefined => get().interview?.items[get().index];

  /** Applies a change to one item on screen (ahead of the core while its save is pending). */
  const patchItem = (itemId: string, patch: ItemPatch) => {
    const interview = get().interview;
    if (!interview) return;
    set({
      interview: {
        ...interview,
        items: interview.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
      },
    });
  };

  /** Stops the current question's clock into its item (saved with the item's next save). */
  const banked = (): number => {
    const item = current();
    if (!item) return 0;
    const elapsedMs = cappedMs(elapsedOf(get().itemClock));
    // Kept beside the interview, not in it: moving on must not re-render every question.
    elapsedByItem.set(item.id, elapsedMs);
    autosave?.queue(item.id, { elapsedMs }, { quiet: true });
    return elapsedMs;
  };

  return {
    ...initial,

    async open(id) {
      if (get().interview?.id === id) return;
      await get().close();
      const isLatest = openRequests.start();
      set({ ...initial, guideOpen: get().guideOpen });
      const result = await call('interviews.get', { id });
      if (!isLatest()) return;
      if (!result.ok) {
        set({ loadError: result.error });
        return;
      }
      const interview = result.value;
      const at = interview.items.findIndex((item) => item.id === interview.currentItemId);
      const index = Math.max(0, at);
      const onState = (saveState: SaveState) => {
        if (get().interview?.id === interview.id) set({ saveState });
      };
      autosave = new ItemAutosave<ItemPatch>(
        (itemId, patch, clientSeq) =>
          call('interviews.saveItem', { interviewId: interview.id, itemId, ...patch, clientSeq }),
        onState,
      );
      positionAutosave = new PositionAutosave(interview.id, onState);
      set({
        interview,
        index,
        roundClock: startClock(interview.roundElapsedMs),
        itemClock: startClock(interview.items[index]?.elapsedMs ?? 0),
      });
      if (interview.status === 'in-progress') {
        positionTimer = setInterval(() => {
          banked();
          void get().savePosition();
        }, POSITION_SAVE_MS);
        if (at === -1) void get().savePosition();
      }
    },

    async close() {
      openRequests.cancel();
      const interview = get().interview;
      if (!interview) return;
      if (interview.status === 'in-progress') {
        banked();
        await Promise.all([get().flush(), get().savePosition()]);
      }
      stopTimers();
      set({ interview: null });
    },

    goTo(index) {
      const interview = get().interview;
      if (!interview || index === get().index || index < 0 || index >= interview.items.length) return;
      if (interview.status === 'in-progress') banked();
      set({ index, itemClock: startClock(elapsedOfItem(interview.items[index])) });
      if (interview.status === 'in-progress') void get().savePosition();
    },
    next() {
      get().goTo(get().index + 1);
    },
    previous() {
      get().goTo(get().index - 1);
    },

    rate(rating) {
      const item = current();
      if (!item || get().interview?.status !== 'in-progress') return;
      const next = item.rating === rating ? null : rating;
      patchItem(item.id, { rating: next });
      autosave?.queue(item.id, { rating: next }, { immediate: true });
    },

    editNote(field, typed) {
      const item = current();
      if (!item || get().interview?.status !== 'in-progress') return;
      const text = withoutControlCharacters(typed);
      patchItem(item.id, { [field]: text });
      autosave?.queue(item.id, { [field]: text });
    },

    toggleFlag(flag) {
      const item = current();
      if (!item || get().interview?.status !== 'in-progress') return;
      const redFlags = item.redFlags.includes(flag)
        ? item.redFlags.filter((f) => f !== flag)
        : [...item.redFlags, flag];
      patchItem(item.id, { redFlags });
      autosave?.queue(item.id, { redFlags }, { immediate: true });
    },

    toggleGuide() {
      set({ guideOpen: !get().guideOpen });
    },
    setSearchOpen(searchOpen) {
      set({ searchOpen });
    },
    setConfirmEndOpen(confirmEndOpen) {
      set({ confirmEndOpen });
    },

    async insertAdHoc(questionId) {
      const interview = get().interview;
      const item = current();
      if (interview?.status !== 'in-progress') return false;
      banked();
      await get().flush();
      const result = await call('interviews.insertAdHoc', {
        id: interview.id,
        questionId,
        afterItemId: item?.id ?? null,
      });
      if (!result.ok) {
        set({ actionError: result.error });
        return false;
      }
      // What is on screen is ahead of (or equal to) what was stored: keep it for known items.
      const mine = new Map(get().interview?.items.map((i) => [i.id, i]));
      const items = result.value.items.map((i) => {
        const m = mine.get(i.id);
        if (!m) return i;
        const { rating, evidence, judgement, redFlags } = m;
        return { ...i, rating, evidence, judgement, redFlags };
      });
      const known = new Set(mine.keys());
      const inserted = items.findIndex((i) => !known.has(i.id));
      const index = Math.min(inserted === -1 ? get().index + 1 : inserted, items.length - 1);
      // Straight to the new question with its own clock (goTo would skip it when the index
      // stays the same, as in a kit that was empty); the clock before was banked above.
      set({
        interview: { ...result.value, items },
        searchOpen: false,
        index,
        itemClock: startClock(elapsedOfItem(items[index])),
      });
      void get().savePosition();
      return true;
    },

    async end() {
      const interview = get().interview;
      if (!interview || get().ending) return null;
      set({ ending: true });
      banked();
      const saved = await get().flush();
      if (!saved) {
        set({ ending: false, confirmEndOpen: false });
        return null;
      }
      const roundElapsedMs = cappedMs(elapsedOf(get().roundClock));
      const result = await call('interviews.end', { id: interview.id, roundElapsedMs });
      if (!result.ok) {
        set({ ending: false, confirmEndOpen: false, actionError: result.error });
        return null;
      }
      stopTimers();
      set({ ...initial, guideOpen: get().guideOpen });
      return result.value.id;
    },

    async flush() {
      return autosave ? autosave.flush() : true;
    },

    async savePosition() {
      if (get().interview?.status !== 'in-progress' || !positionAutosave) return;
      await positionAutosave.save({
        currentItemId: current()?.id ?? null,
        roundElapsedMs: cappedMs(elapsedOf(get().roundClock)),
      });
    },

    dismissError() {
      set({ actionError: null });
    },
  };
});

/** Whether something typed in live mode has not reached the core yet. */
export function hasUnsavedInterviewEdits(): boolean {
  return autosave?.dirty ?? false;
}
