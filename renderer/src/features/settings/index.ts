/** The settings feature's public entry: the Settings screen and the settings every area reads. */
export { currentSettings, currentViewer, loadSettings, useSettings, useViewer } from './queries';
export { SettingsScreen } from './SettingsScreen';
export { useSettingsStore } from './settings-store';
