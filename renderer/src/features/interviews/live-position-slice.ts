import { elapsedOfItem, liveSaves } from './live-saves';
import { currentItem, type LiveSlice, type PositionActions } from './live-state';
import { elapsedOf, startClock, storedElapsed } from './timers';

/** Where the interviewer is in the kit, and the clocks: moving, banking a clock, storing both. */
export const positionSlice: LiveSlice<PositionActions> = (set, get) => ({
  goTo(index) {
    const { interview } = get();
    if (!interview || index === get().index || index < 0 || index >= interview.items.length) return;
    const running = interview.status === 'in-progress';
    if (running) get().bankItemClock();
    set({ index, itemClock: startClock(elapsedOfItem(interview.items[index])) });
    if (running) void get().savePosition();
  },
  next() {
    get().goTo(get().index + 1);
  },
  previous() {
    get().goTo(get().index - 1);
  },

  bankItemClock() {
    const item = currentItem(get());
    if (item) liveSaves()?.bankElapsed(item.id, storedElapsed(elapsedOf(get().itemClock)));
  },

  async savePosition() {
    const saves = liveSaves();
    if (get().interview?.status !== 'in-progress' || !saves) return;
    await saves.position.save({
      currentItemId: currentItem(get())?.id ?? null,
      roundElapsedMs: storedElapsed(elapsedOf(get().roundClock)),
    });
  },
});
