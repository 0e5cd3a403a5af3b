/**
 * Where the renderer lives, and the predicates that keep it there. Pure: unit-tested
 * without Electron. Every check parses the URL rather than comparing prefixes, so
 * `app://reqdesk@evil`, `app://reqdesk.evil` and `javascript:` are refused.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reqdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when the URL is the packaged renderer's origin, with no credentials or port tricks. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True when the URL is on the dev server electron-vite started (loopback only, same origin). */
export function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  const parsed = parse(url);
  const dev = parse(devServerUrl);
  if (!parsed || !dev) return false;
  const loopback = dev.hostname === 'localhost' || dev.hostname === '127.0.0.1' || dev.hostname === '[::1]';
  return loopback && parsed.origin === dev.origin && parsed.username === '' && parsed.password === '';
}

/** The renderer may only be (re)loaded from its own origin: any other navigation is blocked. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}

/** IPC is answered only for frames showing the app itself (not an iframe of some other page). */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl?: string): boolean {
  return frameUrl !== undefined && isAllowedNavigation(frameUrl, devServerUrl);
}
