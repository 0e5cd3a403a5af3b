import type { Interview } from '../../../../shared/interviews';
import { call } from '../../api';
import { coreQuery, invalidateChannels, queryClient, readError } from '../../ui/query';
import type { SaveState } from './item-autosave';
import { liveSaves, startLiveSaves, stopLiveSaves } from './live-saves';
import { initialLiveData, type LiveSlice, type SessionActions } from './live-state';
import { interviewEnded } from './queries';
import { elapsedOf, startClock, storedElapsed } from './timers';

/**
 * The interview being opened, until its answer is taken. A close, or another open, clears or
 * replaces it, so an answer that comes back too late is dropped, and only one answer sets up
 * the saving of an interview opened twice in a row.
 */
let opening: string | null = null;

/** Reads the interview afresh (never from the cache: live mode writes it from here on). */
async function readInterview(id: string): Promise<{ interview: Interview } | { error: Error }> {
  try {
    return {
      interview: await queryClient.fetchQuery({ ...coreQuery('interviews.get', { id }), staleTime: 0 }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Opening an interview in live mode, saving everything when leaving it, and ending it. */
export const sessionSlice: LiveSlice<SessionActions> = (set, get) => ({
  async open(id) {
    if (get().interview?.id === id) return;
    await get().close();
    opening = id;
    set({ ...initialLiveData, guideOpen: get().guideOpen });
    const read = await readInterview(id);
    if (opening !== id) return;
    opening = null;
    if ('error' in read) {
      set({ loadError: readError(read) });
      return;
    }
    const { interview } = read;
    const at = interview.items.findIndex((item) => item.id === interview.currentItemId);
    const index = Math.max(0, at);
    const onState = (saveState: SaveState) => {
      if (get().interview?.id === interview.id) set({ saveState });
    };
    const saves = startLiveSaves(interview.id, onState);
    set({
      interview,
      index,
      roundClock: startClock(interview.roundElapsedMs),
      itemClock: startClock(interview.items[index]?.elapsedMs ?? 0),
    });
    if (interview.status === 'in-progress') {
      saves.tickEvery(() => {
        get().bankItemClock();
        void get().savePosition();
      });
      if (at === -1) void get().savePosition();
    }
  },

  async close() {
    opening = null;
    const interview = get().interview;
    if (!interview) return;
    if (interview.status === 'in-progress') {
      get().bankItemClock();
      await Promise.all([get().flush(), get().savePosition()]);
    }
    stopLiveSaves();
    set({ interview: null });
    // What was written here is newer than any read of the interview or the list.
    void invalidateChannels('interviews.get', 'interviews.list');
  },

  async end() {
    const interview = get().interview;
    if (!interview || get().ending) return null;
    set({ ending: true });
    get().bankItemClock();
    const saved = await get().flush();
    if (!saved) {
      set({ ending: false, confirmEndOpen: false });
      return null;
    }
    const roundElapsedMs = storedElapsed(elapsedOf(get().roundClock));
    const result = await call('interviews.end', { id: interview.id, roundElapsedMs });
    if (!result.ok) {
      set({ ending: false, confirmEndOpen: false, actionError: result.error });
      return null;
    }
    stopLiveSaves();
    set({ ...initialLiveData, guideOpen: get().guideOpen });
    void interviewEnded();
    return result.value.id;
  },

  async flush() {
    return liveSaves()?.items.flush() ?? true;
  },
});
