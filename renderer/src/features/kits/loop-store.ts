import { create } from 'zustand';
import type { KitItem, KitSuggestResult, Loop, Round } from '../../../../shared/kits';
import type { AppErrorData, Result } from '../../../../shared/result';
import { call } from '../../api';
import type { ExportNotice } from '../documents';

/** A kit item just taken out, while it can be put back where it was. */
export interface RemovedItem {
  roundId: string;
  questionId: string;
  position: number;
  minutes: number;
  topic: string;
}

/** The last change that can be taken back with Undo: a question taken out, or a suggestion. */
export type KitUndo =
  | { kind: 'removed'; item: RemovedItem }
  | { kind: 'suggested'; roundId: string; itemIds: string[]; minutes: number };

interface LoopState {
  roleId: string | null;
  loop: Loop | null;
  loadError: AppErrorData | null;
  /** The last mutation the core refused (shown above the editor until dismissed). */
  error: AppErrorData | null;
  /** The round whose kit is open below the list. */
  selectedRoundId: string | null;
  undo: KitUndo | null;
  /** Said after a suggestion found nothing to add. */
  info: string | null;
  /** Rounds: how many mutations are waiting for the core (for a quiet "Saving…"). */
  busy: number;

  load(roleId: string): Promise<void>;
  selectRound(id: string): void;
  addRound(name: string): Promise<boolean>;
  renameRound(id: string, name: string): Promise<boolean>;
  setRoundMinutes(id: string, minutes: number): Promise<boolean>;
  setSessions(id: string, sessions: Round['sessions']): Promise<boolean>;
  setFocusAttributes(id: string, focusAttributes: string[]): Promise<boolean>;
  /** Says how an export went, where the loop shows its messages. */
  exported(notice: ExportNotice): void;
  /** Links a kit question to the focus attributes it measures (the whole set). */
  setMeasures(itemId: string, attributes: string[]): Promise<boolean>;
  removeRound(id: string): Promise<boolean>;
  moveRound(id: string, toPosition: number): Promise<boolean>;
  addQuestion(roundId: string, questionId: string): Promise<boolean>;
  removeItem(item: KitItem, roundId: string): Promise<boolean>;
  /** Fills the rest of the round's time with bank questions picked for its focus. */
  suggest(roundId: string): Promise<boolean>;
  undoLast(): Promise<void>;
  dismissUndo(): void;
  dismissInfo(): void;
  moveItem(id: string, toPosition: number): Promise<boolean>;
  setItemMinutes(id: string, minutes: number): Promise<boolean>;
  setCore(questionId: string, core: boolean): Promise<boolean>;
  /** null goes back to the bank's strong answer. */
  setAgreedAnswer(questionId: string, agreedAnswer: string | null): Promise<boolean>;
  clearError(): void;
}

const initialState = {
  roleId: null,
  loop: null,
  loadError: null,
  error: null,
  selectedRoundId: null,
  undo: null,
  info: null,
  busy: 0,
} satisfies Partial<LoopState>;

/** Every change goes to the core one at a time, in the order made, so answers never cross. */
let queue: Promise<unknown> = Promise.resolve();

export const useLoopStore = create<LoopState>()((set, get) => {
  /** Sends one change; its answer (the whole loop) replaces the one on screen. */
  function mutate(send: () => Promise<Result<Loop>>): Promise<boolean> {
    const roleId = get().roleId;
    set({ busy: get().busy + 1 });
    const run = queue.then(async () => {
      const result = await send();
      set({ busy: Math.max(0, get().busy - 1) });
      if (get().roleId !== roleId) return false;
      if (!result.ok) {
        set({ error: result.error });
        return false;
      }
      adopt(result.value);
      set({ error: null });
      return true;
    });
    queue = run.catch(() => false);
    return run;
  }

  /** Takes a loop from the core, keeping the open round when it still exists. */
  function adopt(loop: Loop) {
    const selected = get().selectedRoundId;
    const keep = loop.rounds.some((r) => r.id === selected);
    set({ loop, selectedRoundId: keep ? selected : (loop.rounds[0]?.id ?? null) });
  }

  const roleOf = () => get().roleId ?? '';

  return {
    ...initialState,

    async load(roleId) {
      if (get().roleId !== roleId) set({ ...initialState, roleId });
      const loop = await call('loop.get', { roleId });
      if (get().roleId !== roleId) return;
      if (!loop.ok) {
        set({ loadError: loop.error });
        return;
      }
      set({ loadError: null });
      adopt(loop.value);
    },

    selectRound(id) {
      set({ selectedRoundId: id });
    },

    async addRound(name) {
      const before = new Set(get().loop?.rounds.map((r) => r.id));
      const ok = await mutate(() => call('loop.addRound', { roleId: roleOf(), name }));
      const added = get().loop?.rounds.find((r) => !before.has(r.id));
      if (ok && added) set({ selectedRoundId: added.id });
      return ok;
    },
    renameRound: (id, name) => mutate(() => call('loop.updateRound', { id, name })),
    setRoundMinutes: (id, minutes) => mutate(() => call('loop.updateRound', { id, minutes })),
    setSessions: (id, sessions) => mutate(() => call('loop.updateRound', { id, sessions })),
    setFocusAttributes: (id, focusAttributes) =>
      mutate(() => call('loop.updateRound', { id, focusAttributes })),
    removeRound: (id) => mutate(() => call('loop.removeRound', { id })),
    moveRound: (id, toPosition) => mutate(() => call('loop.moveRound', { id, toPosition })),

    addQuestion: (roundId, questionId) => mutate(() => call('kit.addQuestion', { roundId, questionId })),

    async removeItem(item, roundId) {
      const ok = await mutate(() => call('kit.removeItem', { id: item.id }));
      if (ok) {
        const { questionId, position, minutes } = item;
        set({
          undo: {
            kind: 'removed',
            item: { roundId, questionId, position, minutes, topic: item.question.topic },
          },
        });
      }
      return ok;
    },

    async suggest(roundId) {
      let added: KitSuggestResult | null = null;
      const ok = await mutate(async () => {
        const result = await call('kit.suggest', { roundId });
        if (!result.ok) return result;
        added = result.value;
        return { ok: true, value: result.value.loop };
      });
      const done = added as KitSuggestResult | null;
      if (!ok || !done) return false;
      if (done.addedItemIds.length === 0) {
        set({
          info: "Nothing more to suggest: the round has no time left, or no question in the bank fits its kind, the role's archetype and level.",
        });
      } else {
        set({
          info: null,
          undo: { kind: 'suggested', roundId, itemIds: done.addedItemIds, minutes: done.addedMinutes },
        });
      }
      return true;
    },

    async undoLast() {
      const undo = get().undo;
      if (!undo) return;
      set({ undo: null });
      if (undo.kind === 'suggested') {
        await mutate(() => call('kit.removeItems', { ids: undo.itemIds }));
        return;
      }
      const { roundId, questionId, position, minutes } = undo.item;
      const ok = await mutate(() => call('kit.addQuestion', { roundId, questionId, position }));
      if (!ok) return;
      const item = get()
        .loop?.rounds.find((r) => r.id === roundId)
        ?.items.find((i) => i.questionId === questionId);
      if (item && item.minutes !== minutes) await get().setItemMinutes(item.id, minutes);
    },

    dismissUndo() {
      set({ undo: null });
    },

    dismissInfo() {
      set({ info: null });
    },

    moveItem: (id, toPosition) => mutate(() => call('kit.moveItem', { id, toPosition })),
    setItemMinutes: (id, minutes) => mutate(() => call('kit.setMinutes', { id, minutes })),
    exported(notice) {
      if (notice.tone === 'success') set({ info: notice.message });
      else set({ error: notice.error });
    },
    setMeasures: (id, attributes) => mutate(() => call('kit.setMeasures', { id, attributes })),
    setCore: (questionId, core) =>
      mutate(() => call('loop.setCalibration', { roleId: roleOf(), questionId, core })),

    setAgreedAnswer(questionId, agreedAnswer) {
      const core = get().loop?.calibration.find((c) => c.questionId === questionId)?.core ?? false;
      return mutate(() => call('loop.setCalibration', { roleId: roleOf(), questionId, core, agreedAnswer }));
    },

    clearError() {
      set({ error: null });
    },
  };
});

/** The round whose kit is open. */
export function selectedRound(state: Pick<LoopState, 'loop' | 'selectedRoundId'>): Round | null {
  return state.loop?.rounds.find((r) => r.id === state.selectedRoundId) ?? null;
}

/** "45 min", "1 h", "4 h 30 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
