import type { SaveItemResult } from '../../../../shared/interviews';
import type { Result } from '../../../../shared/result';
import {
  type AutosaveState,
  KeyedAutosaveQueue,
  lateSeqOfResult,
  type QueueHow,
} from '../../ui/autosave-queue';

/** Where the autosave of a live interview stands; shown at all times in live mode. */
export type SaveState = AutosaveState;

export type SendItemPatch<Patch> = (
  itemId: string,
  patch: Patch,
  clientSeq: number,
) => Promise<Result<SaveItemResult>>;

/** Typing pause before notes are sent. */
export const TYPING_DELAY_MS = 250;
/** Wait before a save that could not reach the core is tried again. */
export const RETRY_DELAY_MS = 2_000;

/**
 * The autosave of one interview's items: the shared queue (ui/autosave-queue.ts) keyed by
 * item. Edits of an item merge into one pending patch; typing goes out after a short pause, a
 * rating or a flag at once, the clocks quietly. Saves of all items go out one at a time, in
 * order, with sequence numbers that only grow.
 */
export class ItemAutosave<Patch extends object> extends KeyedAutosaveQueue<Patch, SaveItemResult> {
  constructor(
    send: SendItemPatch<Partial<Patch>>,
    onState: (state: SaveState) => void,
    now: () => number = Date.now,
  ) {
    super({
      send,
      onState,
      savedAt: (saved) => saved.savedAt,
      lateSeq: lateSeqOfResult,
      delayMs: TYPING_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      now,
    });
  }

  /**
   * Queues an edit of one item. `immediate` sends it now (ratings, flags), else after a pause;
   * `quiet` (the clocks) saves without changing the visible state unless it fails.
   */
  queue(itemId: string, patch: Partial<Patch>, how: QueueHow = {}): void {
    this.queueFor(itemId, patch, how);
  }
}
