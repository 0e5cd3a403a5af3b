import type { InterviewItem } from '../../../../shared/interviews';
import { call } from '../../api';
import { ItemAutosave, type SaveState } from './item-autosave';
import type { ItemPatch } from './live-state';
import { PositionAutosave } from './position-autosave';

/** How often the position and the clocks are stored while nothing else changes. */
export const POSITION_SAVE_MS = 5_000;

/**
 * The saving behind the interview open in live mode: its items' autosave, its position's,
 * the timer that stores the position and clocks every few seconds, and the time spent per
 * question in this window (ahead of what the interview was loaded with). Kept beside the
 * store, not in it: moving on must not re-render every question.
 */
class LiveSaves {
  readonly items: ItemAutosave<ItemPatch>;
  readonly position: PositionAutosave;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly elapsedByItem = new Map<string, number>();

  constructor(interviewId: string, onState: (state: SaveState) => void) {
    this.items = new ItemAutosave<ItemPatch>(
      (itemId, patch, clientSeq) => call('interviews.saveItem', { interviewId, itemId, ...patch, clientSeq }),
      onState,
    );
    this.position = new PositionAutosave(interviewId, onState);
  }

  /** Runs `tick` (storing the position and clocks) every POSITION_SAVE_MS until disposed. */
  tickEvery(tick: () => void): void {
    if (this.timer === undefined) this.timer = setInterval(tick, POSITION_SAVE_MS);
  }

  /** Keeps a question's clock and queues it, quietly, with the item's next save. */
  bankElapsed(itemId: string, elapsedMs: number): void {
    this.elapsedByItem.set(itemId, elapsedMs);
    this.items.queue(itemId, { elapsedMs }, { quiet: true });
  }

  elapsedOf(item: InterviewItem): number {
    return this.elapsedByItem.get(item.id) ?? item.elapsedMs;
  }

  dispose(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.items.dispose();
    this.position.dispose();
  }
}

let saves: LiveSaves | null = null;

/** The saving of the interview open in live mode; null while none is. */
export function liveSaves(): LiveSaves | null {
  return saves;
}

export function startLiveSaves(interviewId: string, onState: (state: SaveState) => void): LiveSaves {
  saves?.dispose();
  saves = new LiveSaves(interviewId, onState);
  return saves;
}

export function stopLiveSaves(): void {
  saves?.dispose();
  saves = null;
}

/** Time on a question so far: this window's, else what it was loaded with. */
export function elapsedOfItem(item: InterviewItem | undefined): number {
  if (!item) return 0;
  return saves ? saves.elapsedOf(item) : item.elapsedMs;
}

/** Whether something typed in live mode has not reached the core yet. */
export function hasUnsavedInterviewEdits(): boolean {
  return saves?.items.dirty ?? false;
}
