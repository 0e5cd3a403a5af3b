import { create } from 'zustand';
import type { AppErrorData, Result } from '../../../../shared/result';
import type { SettingChange, SettingKey, Settings } from '../../../../shared/settings';
import { invoke } from '../../api';

/** The settings as stored in the database, and what went wrong saving any of them. */
interface SettingsState {
  /** null until loaded from the core. */
  settings: Settings | null;
  saveErrors: Partial<Record<SettingKey, AppErrorData>>;
  /** Loads every setting from the core (at start-up). */
  load(): Promise<Result<Settings>>;
  /**
   * Saves one setting. The new value shows at once; if the core refuses it, the old value
   * comes back and the error is kept under the key for the screen to show. Resolves to
   * whether it was saved.
   */
  change(change: SettingChange): Promise<boolean>;
  dismissError(key: SettingKey): void;
}

const withValue = (settings: Settings, key: SettingKey, value: unknown): Settings =>
  ({ ...settings, [key]: value }) as Settings;

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  saveErrors: {},

  async load() {
    set({ settings: null, saveErrors: {} });
    const result = await invoke('settings.get', {});
    if (result.ok) set({ settings: result.value });
    return result;
  },

  async change(change) {
    const { key, value } = change;
    const before = get().settings;
    const { [key]: _cleared, ...otherErrors } = get().saveErrors;
    set({ saveErrors: otherErrors, ...(before ? { settings: withValue(before, key, value) } : {}) });

    const result = await invoke('settings.set', change).catch(
      (error: unknown): Result<Settings> => ({
        ok: false,
        error: { code: 'unavailable', message: `Reqdesk's core could not be reached (${String(error)}).` },
      }),
    );
    const now = get().settings;
    if (result.ok) {
      set({ settings: now ? withValue(now, key, result.value[key]) : result.value });
      return true;
    }
    // Put the old value back, unless a later change to the same key has replaced it since.
    if (before && now && now[key] === value) set({ settings: withValue(now, key, before[key]) });
    set({ saveErrors: { ...get().saveErrors, [key]: result.error } });
    return false;
  },

  dismissError(key) {
    const { [key]: _dismissed, ...rest } = get().saveErrors;
    set({ saveErrors: rest });
  },
}));
