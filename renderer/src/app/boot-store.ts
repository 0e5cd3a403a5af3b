import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api';
import type { AppErrorData } from '../../../shared/result';
import { invoke } from '../api';
import { loadSettings } from '../features/settings';

export type BootStatus = 'loading' | 'ready' | 'error';

/** Start-up: the app is ready once the core has answered with its info and the settings. */
interface BootState {
  status: BootStatus;
  info: AppInfo | null;
  error: AppErrorData | null;
  boot(): Promise<void>;
}

/** Each boot gets a number; only the latest may write its outcome (a retry overtakes a slow start). */
let generation = 0;

export const useBootStore = create<BootState>()((set) => ({
  status: 'loading',
  info: null,
  error: null,

  async boot() {
    const mine = ++generation;
    set({ status: 'loading', error: null });
    try {
      const [info, settings] = await Promise.all([invoke('app.info', {}), loadSettings()]);
      if (mine !== generation) return;
      if (!info.ok) return set({ status: 'error', error: info.error });
      if (!settings.ok) return set({ status: 'error', error: settings.error });
      set({ status: 'ready', info: info.value });
    } catch (error) {
      if (mine !== generation) return;
      set({
        status: 'error',
        error: {
          code: 'unavailable',
          message: `Reqdesk's core could not be reached (${error instanceof Error ? error.message : String(error)}).`,
        },
      });
    }
  },
}));
