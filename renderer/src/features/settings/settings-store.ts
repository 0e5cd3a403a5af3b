import { create } from 'zustand';
import type { AppErrorData, Result } from '../../../../shared/result';
import type { SettingChange, SettingKey, Settings } from '../../../../shared/settings';
import { invoke } from '../../api';
import { setCoreData } from '../../ui/query';
import { currentSettings } from './queries';

/** What went wrong saving a setting, by setting, until dismissed. */
interface SettingsState {
  saveErrors: Partial<Record<SettingKey, AppErrorData>>;
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

const putSettings = (settings: Settings) => setCoreData('settings.get', {}, settings);

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  saveErrors: {},

  async change(change) {
    const { key, value } = change;
    const before = currentSettings();
    const { [key]: _cleared, ...otherErrors } = get().saveErrors;
    set({ saveErrors: otherErrors });
    if (before) putSettings(withValue(before, key, value));

    const result = await invoke('settings.set', change).catch(
      (error: unknown): Result<Settings> => ({
        ok: false,
        error: { code: 'unavailable', message: `Reqdesk's core could not be reached (${String(error)}).` },
      }),
    );
    const now = currentSettings();
    if (result.ok) {
      putSettings(now ? withValue(now, key, result.value[key]) : result.value);
      return true;
    }
    // Put the old value back, unless a later change to the same key has replaced it since.
    if (before && now && now[key] === value) putSettings(withValue(now, key, before[key]));
    set({ saveErrors: { ...get().saveErrors, [key]: result.error } });
    return false;
  },

  dismissError(key) {
    const { [key]: _dismissed, ...rest } = get().saveErrors;
    set({ saveErrors: rest });
  },
}));
