import { create } from 'zustand';
import type { BackupEntry, BackupStatus } from '../../../../shared/backup';
import type { AppErrorData } from '../../../../shared/result';
import { invoke } from '../../api';

/** How often the screen asks for a running backup's progress. */
const PROGRESS_POLL_MS = 250;

type Action = 'backup' | 'restore' | 'folder' | 'export' | 'verify' | 'show' | 'load';

interface BackupStoreState {
  status: BackupStatus | null;
  /** The action running now, if any (one at a time from this screen). */
  busy: Action | null;
  error: { action: Action; error: AppErrorData } | null;
  /** A short line about the last thing done ("Backup verified", "Exported to ..."). */
  notice: string | null;
  load(): Promise<void>;
  backUpNow(): Promise<void>;
  verify(entry: BackupEntry): Promise<void>;
  /** Restores, then reloads the window: every screen starts again from the restored data. */
  restore(entry: BackupEntry): Promise<boolean>;
  setFolder(folder: string | null): Promise<boolean>;
  exportAll(): Promise<void>;
  show(target: 'database' | 'backups', path?: string): Promise<void>;
  dismiss(): void;
}

export const useBackupStore = create<BackupStoreState>()((set) => {
  /** Runs one action: marks it busy, keeps its error, refreshes the status afterwards. */
  async function run<T>(
    action: Action,
    call: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorData }>,
  ) {
    set({ busy: action, error: null, notice: null });
    const result = await call();
    set({ busy: null });
    if (!result.ok) set({ error: { action, error: result.error } });
    if (action !== 'load') await refresh();
    return result;
  }

  async function refresh(): Promise<void> {
    const result = await invoke('backup.status', {});
    if (result.ok) set({ status: result.value });
    else set({ error: { action: 'load', error: result.error } });
  }

  return {
    status: null,
    busy: null,
    error: null,
    notice: null,

    async load() {
      await refresh();
    },

    async backUpNow() {
      // The backup call answers when it is done; meanwhile its progress is read from the status.
      let done = false;
      const poll = async () => {
        while (!done) {
          await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
          if (!done) await refresh();
        }
      };
      const polling = poll();
      const result = await run('backup', () => invoke('backup.create', {}));
      done = true;
      await polling;
      if (result.ok) set({ notice: `Backup taken and verified: ${result.value.file}` });
    },

    async verify(entry) {
      const result = await run('verify', () => invoke('backup.verify', { path: entry.path }));
      if (result.ok)
        set({
          notice: result.value.ok
            ? `${entry.file} checked again: intact.`
            : `${entry.file} failed its check: ${result.value.problems.join('; ')}`,
        });
    },

    async restore(entry) {
      const result = await run('restore', () => invoke('backup.restore', { path: entry.path }));
      if (result.ok) window.location.reload();
      return result.ok;
    },

    async setFolder(folder) {
      const result = await run('folder', () => invoke('backup.setFolder', { folder }));
      return result.ok;
    },

    async exportAll() {
      const result = await run('export', () => invoke('data.exportAll', {}));
      if (result.ok && result.value)
        set({
          notice: `Everything exported to ${result.value.file} (${result.value.tables.reduce((n, t) => n + t.rows, 0)} rows).`,
        });
    },

    async show(target, path) {
      await run('show', () => invoke('backup.showInFolder', path ? { target, path } : { target }));
    },

    dismiss() {
      set({ error: null, notice: null });
    },
  };
});
