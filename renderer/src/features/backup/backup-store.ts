import { create } from 'zustand';
import type { BackupEntry } from '../../../../shared/backup';
import type { AppErrorData } from '../../../../shared/result';
import { invoke } from '../../api';
import { invalidateChannels, setCoreData } from '../../ui/query';

type Action = 'backup' | 'restore' | 'folder' | 'export' | 'verify' | 'show';

/**
 * The Data section's actions: which one is running, what went wrong, what was done. The
 * backup status (folder, list, progress) is a read: `coreQuery('backup.status', {})`.
 */
interface BackupStoreState {
  /** The action running now, if any (one at a time from this screen). */
  busy: Action | null;
  error: { action: Action; error: AppErrorData } | null;
  /** A short line about the last thing done ("Backup verified", "Exported to ..."). */
  notice: string | null;
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
  /** Runs one action: marks it busy, keeps its error, has the status read again afterwards. */
  async function run<T>(
    action: Action,
    call: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorData }>,
  ) {
    set({ busy: action, error: null, notice: null });
    const result = await call();
    set({ busy: null });
    if (!result.ok) set({ error: { action, error: result.error } });
    await invalidateChannels('backup.status');
    return result;
  }

  return {
    busy: null,
    error: null,
    notice: null,

    async backUpNow() {
      // The backup call answers when it is done; meanwhile the screen polls the status for its progress.
      const result = await run('backup', () => invoke('backup.create', {}));
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
      const result = await run('folder', async () => {
        const changed = await invoke('backup.setFolder', { folder });
        if (changed.ok) setCoreData('backup.status', {}, changed.value);
        return changed;
      });
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
