import path from 'node:path';

/**
 * The folder the app keeps its data in: the same one Electron's app.getPath('userData')
 * gives for productName "Reqdesk", so the preview, the CLI and the desktop app share a file.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = process.env.HOME ?? process.env.USERPROFILE ?? '.',
): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Reqdesk');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Reqdesk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Reqdesk');
}

export const DATABASE_FILE_NAME = 'reqdesk.sqlite';

/** `--db` wins, then REQDESK_DB, then the file in the data folder. */
export function resolveDatabasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.REQDESK_DB;
  return chosen ? path.resolve(chosen) : path.join(defaultDataDir(), DATABASE_FILE_NAME);
}
