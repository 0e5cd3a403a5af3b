import path from 'node:path';

/** Where electron-builder puts the Electron build of the SQLite addon (electron-builder.yml). */
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';

/**
 * The better-sqlite3 addon main should load: the one shipped beside the asar in a packaged
 * app; in `npm run dev`, the Electron build scripts/electron-native.mjs made; otherwise
 * (undefined) the one in node_modules.
 */
export function nativeBindingFor(
  isPackaged: boolean,
  resourcesPath: string,
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (isPackaged) return path.join(resourcesPath, PACKAGED_NATIVE_BINDING);
  return env.REQDESK_NATIVE_BINDING || undefined;
}
