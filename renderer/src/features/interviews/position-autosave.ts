import type { Interview, SaveItemResult } from '../../../../shared/interviews';
import { call } from '../../api';
import { KeyedAutosaveQueue, lateSeqOfResult } from '../../ui/autosave-queue';
import type { SaveState } from './item-autosave';

/** Where the interviewer is and the round's clock, as stored with the interview. */
export type Position = Pick<Interview, 'currentItemId' | 'roundElapsedMs'>;

/**
 * The autosave of the position (ui/autosave-queue.ts, one thing): sent at once and quietly (it
 * never changes the save state shown unless it fails), numbered above the core's last number.
 */
export class PositionAutosave extends KeyedAutosaveQueue<Position, SaveItemResult> {
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
