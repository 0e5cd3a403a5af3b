import type { BackupFailure, BackupProgress } from '../../../shared/backup';
import type { CoreContext } from '../context';

/** What the backup area remembers about one open core while the app runs. */
export interface BackupState {
  /** Backups run one after another: the tail of that queue. */
  queue: Promise<unknown>;
  progress: BackupProgress | null;
  lastFailure: BackupFailure | null;
  timer: NodeJS.Timeout | null;
}

const states = new WeakMap<CoreContext, BackupState>();

export function backupState(ctx: CoreContext): BackupState {
  let state = states.get(ctx);
  if (!state) {
    state = { queue: Promise.resolve(), progress: null, lastFailure: null, timer: null };
    states.set(ctx, state);
  }
  return state;
}

/** Runs `work` after every backup job queued before it on this core. */
export function queued<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  const state = backupState(ctx);
  const run = state.queue.then(work);
  state.queue = run.catch(() => undefined);
  return run;
}
