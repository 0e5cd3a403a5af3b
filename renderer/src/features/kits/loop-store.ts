import { create } from 'zustand';
import type { KitItem, KitSuggestResult, Loop, Round } from '../../../../shared/kits';
import type { AppErrorData, Result } from '../../../../shared/result';
import { call } from '../../api';
import type { ExportNotice } from '../documents';
import { loopStored, shownLoop } from './queries';

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

/**
 * The loop editor's UI state and its changes. The loop itself is read through the query layer
 * (`useLoop`); each change's answer, the whole loop, takes the read's place.
 */
interface LoopState {
  roleId: string | null;
  /** The last change the core refused (shown above the editor until dismissed). */
  error: AppErrorData | null;
  /** The round whose kit is open below the list (see `selectedRound`). */
  selectedRoundId: string | null;
  undo: KitUndo | null;
  /** Said after a suggestion found nothing to add. */
  info: string | null;
  /** How many changes are waiting for the core (for a quiet "Saving…"). */
  busy: number;

  /** The role whose loop is shown; another role starts afresh. */
  open(roleId: string): void;
  selectRound(id: string): void;
  /** Adds a round and opens its kit; resolves to the new round's id, or null when refused. */
  addRound(name: string): Promise<string | null>;
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
  error: null,
  selectedRoundId: null,
  undo: null,
  info: null,
  busy: 0,
} satisfies Partial<LoopState>;

/** Every change goes to the core one at a time, in the order made, so answers never cross. */
let queue: Promise<unknown> = Promise.resolve();

export const useLoopStore = create<LoopState>()((set, get) => {
  /** Sends one change; resolves to the loop it left, or null when refused. */
  function change(send: () => Promise<Result<Loop>>): Promise<Loop | null> {
    const roleId = get().roleId;
    set({ busy: get().busy + 1 });
    const run = queue.then(async () => {
      const result = await send();
      set({ busy: Math.max(0, get().busy - 1) });
      if (result.ok && roleId) await loopStored(roleId, result.value);
      if (get().roleId !== roleId) return null;
      if (!result.ok) {
        set({ error: result.error });
        return null;
      }
      set({ error: null });
      return result.value;
    });
    queue = run.catch(() => null);
    return run;
  }

  const mutate = async (send: () => Promise<Result<Loop>>) => (await change(send)) !== null;
  const roleOf = () => get().roleId ?? '';

  return {
    ...initialState,

    open(roleId) {
      if (get().roleId !== roleId) set({ ...initialState, roleId });
    },

    selectRound(id) {
      set({ selectedRoundId: id });
    },

    async addRound(name) {
      const before = new Set(shownLoop(roleOf())?.rounds.map((r) => r.id));
      const loop = await change(() => call('loop.addRound', { roleId: roleOf(), name }));
      const added = loop?.rounds.find((r) => !before.has(r.id));
      if (added) set({ selectedRoundId: added.id });
      return added?.id ?? null;
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
      const loop = await change(() => call('kit.addQuestion', { roundId, questionId, position }));
      const item = loop?.rounds.find((r) => r.id === roundId)?.items.find((i) => i.questionId === questionId);
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
      const core = shownLoop(roleOf())?.calibration.find((c) => c.questionId === questionId)?.core ?? false;
      return mutate(() => call('loop.setCalibration', { roleId: roleOf(), questionId, core, agreedAnswer }));
    },

    clearError() {
      set({ error: null });
    },
  };
});
