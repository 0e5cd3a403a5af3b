import { create } from 'zustand';
import type { ExchangeConflict } from '../../../../shared/pack-exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';

/** Which conflicts a view covers: one candidate's, one role's, or every one. */
export interface ConflictScope {
  candidateId?: string;
  roleId?: string;
}

export type KeepSide = 'local' | 'incoming';

interface ConflictsState {
  opened: boolean;
  scope: ConflictScope;
  conflicts: ExchangeConflict[] | null;
  error: AppErrorData | null;
  /** The side a person clicked "Keep this one" on, waiting for them to confirm. */
  confirming: { id: string; keep: KeepSide } | null;
  busy: boolean;
  /** What the last resolve did, said once. */
  done: string | null;
  /** Bumped whenever conflicts may have changed, so count badges read them again. */
  changes: number;

  open(scope: ConflictScope): Promise<void>;
  close(): void;
  ask(id: string, keep: KeepSide): void;
  cancel(): void;
  confirm(): Promise<void>;
}

const initial = {
  opened: false,
  scope: {},
  conflicts: null,
  error: null,
  confirming: null,
  busy: false,
  done: null,
} satisfies Partial<ConflictsState>;

/** The conflicts dialog: the list for a scope, and one choice at a time, confirmed before it is made. */
export const useConflictsStore = create<ConflictsState>()((set, get) => {
  let generation = 0;
  return {
    ...initial,
    changes: 0,
    async open(scope) {
      const mine = ++generation;
      set({ ...initial, opened: true, scope });
      const result = await call('exchange.conflicts', scope);
      if (mine !== generation) return;
      set(result.ok ? { conflicts: result.value } : { error: result.error });
    },
    close() {
      generation++;
      set(initial);
    },
    ask: (id, keep) => set({ confirming: { id, keep }, done: null, error: null }),
    cancel: () => set({ confirming: null }),
    async confirm() {
      const { confirming, conflicts, scope, busy } = get();
      if (!confirming || busy) return;
      const mine = generation;
      set({ busy: true, error: null });
      const resolved = await call('exchange.resolveConflict', confirming);
      if (mine !== generation) return;
      if (!resolved.ok) return set({ busy: false, error: resolved.error });
      // The answer lists every conflict left; read the scope's again so the view stays on it.
      const left = await call('exchange.conflicts', scope);
      if (mine !== generation) return;
      const label = conflicts?.find((c) => c.id === confirming.id)?.label ?? 'The record';
      set((state) => ({
        busy: false,
        confirming: null,
        conflicts: left.ok ? left.value : state.conflicts,
        error: left.ok ? null : left.error,
        changes: state.changes + 1,
        done:
          confirming.keep === 'incoming'
            ? `${label}: the content from the file is now the newest version; the one it clashed with stays in the history.`
            : `${label}: kept what was here; the content from the file is dropped.`,
      }));
    },
  };
});
