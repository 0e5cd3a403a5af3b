import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { type ConflictScope, invalidateImportedReads } from './queries';

export type KeepSide = 'local' | 'incoming';

/**
 * The conflicts dialog's UI state: its scope, the choice waiting for a confirm, and what the
 * last resolve said. The conflicts themselves are read through the query layer (`useConflicts`).
 */
interface ConflictsState {
  opened: boolean;
  scope: ConflictScope;
  /** The last failed resolve. */
  error: AppErrorData | null;
  /** The side a person clicked "Keep this one" on, waiting for them to confirm. */
  confirming: { id: string; keep: KeepSide } | null;
  busy: boolean;
  /** What the last resolve did, said once. */
  done: string | null;

  open(scope: ConflictScope): void;
  close(): void;
  ask(id: string, keep: KeepSide): void;
  cancel(): void;
  /** Keeps the side asked about, on the conflict named `label` (said back once it is done). */
  confirm(label: string): Promise<void>;
}

const initial = {
  opened: false,
  scope: {},
  error: null,
  confirming: null,
  busy: false,
  done: null,
} satisfies Partial<ConflictsState>;

/** The conflicts dialog: one choice at a time, confirmed before it is made. */
export const useConflictsStore = create<ConflictsState>()((set, get) => {
  // A dialog closed (or opened again) while a resolve runs does not take its answer.
  let generation = 0;
  return {
    ...initial,
    open(scope) {
      generation++;
      set({ ...initial, opened: true, scope });
    },
    close() {
      generation++;
      set(initial);
    },
    ask: (id, keep) => set({ confirming: { id, keep }, done: null, error: null }),
    cancel: () => set({ confirming: null }),
    async confirm(label) {
      const { confirming, busy } = get();
      if (!confirming || busy) return;
      const mine = generation;
      set({ busy: true, error: null });
      const resolved = await call('exchange.resolveConflict', confirming);
      if (!resolved.ok) {
        if (mine === generation) set({ busy: false, error: resolved.error });
        return;
      }
      await invalidateImportedReads();
      if (mine !== generation) return;
      set({
        busy: false,
        confirming: null,
        done:
          confirming.keep === 'incoming'
            ? `${label}: the content from the file is now the newest version; the one it clashed with stays in the history.`
            : `${label}: kept what was here; the content from the file is dropped.`,
      });
    },
  };
});
