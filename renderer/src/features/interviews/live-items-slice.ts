import { withoutControlCharacters } from '../../../../shared/questions';
import { call } from '../../api';
import { elapsedOfItem, liveSaves } from './live-saves';
import { currentItem, type ItemActions, type ItemPatch, type LiveSlice } from './live-state';
import { startClock } from './timers';

/**
 * What is written about each question (rating, notes, red flags) and questions added from the
 * bank. Each change shows at once and is queued for the core: a rating or a flag goes out
 * straight away, typing after a short pause.
 */
export const itemsSlice: LiveSlice<ItemActions> = (set, get) => {
  /** The question on screen, while the interview can still be written. */
  const writable = () => (get().interview?.status === 'in-progress' ? currentItem(get()) : undefined);

  /** Applies a change to one item on screen (ahead of the core while its save is pending). */
  const patchItem = (itemId: string, patch: ItemPatch) => {
    const { interview } = get();
    if (!interview) return;
    set({
      interview: {
        ...interview,
        items: interview.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
      },
    });
  };

  return {
    rate(rating) {
      const item = writable();
      if (!item) return;
      const next = item.rating === rating ? null : rating;
      patchItem(item.id, { rating: next });
      liveSaves()?.items.queue(item.id, { rating: next }, { immediate: true });
    },

    editNote(field, typed) {
      const item = writable();
      if (!item) return;
      const text = withoutControlCharacters(typed);
      patchItem(item.id, { [field]: text });
      liveSaves()?.items.queue(item.id, { [field]: text });
    },

    toggleFlag(flag) {
      const item = writable();
      if (!item) return;
      const redFlags = item.redFlags.includes(flag)
        ? item.redFlags.filter((f) => f !== flag)
        : [...item.redFlags, flag];
      patchItem(item.id, { redFlags });
      liveSaves()?.items.queue(item.id, { redFlags }, { immediate: true });
    },

    async insertAdHoc(questionId) {
      const interview = get().interview;
      const item = currentItem(get());
      if (interview?.status !== 'in-progress') return false;
      get().bankItemClock();
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
      const inserted = items.findIndex((i) => !mine.has(i.id));
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
  };
};
