import { contentSecurityPolicy } from '../../shared/content-security';
import { contentTypeFor, resolveAssetPath } from '../core/static/resolve-asset';
import { APP_HOST, APP_SCHEME } from './origin';

export type AppRequestTarget =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'refused'; status: 403 | 404 | 405; reason: string };

/**
 * What an app:// request may read: GET (or HEAD) of a file inside the renderer build, on the
 * app's own host. Everything else is refused before the file system is touched.
 */
export function appRequestTarget(rendererRoot: string, method: string, url: string): AppRequestTarget {
  if (method !== 'GET' && method !== 'HEAD')
    return { kind: 'refused', status: 405, reason: 'only GET is served' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 404, reason: 'not a URL' };
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.hostname !== APP_HOST ||
    parsed.username ||
    parsed.password
  )
    return { kind: 'refused', status: 403, reason: 'not the app origin' };
  // The raw path (before URL normalisation) decides: `%2e%2e` must not become `..` unseen.
  const rawPath = url.slice(url.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/)[0] || '/';
  const file = resolveAssetPath(rendererRoot, rawPath);
  if (!file) return { kind: 'refused', status: 404, reason: 'outside the renderer build' };
  return { kind: 'file', path: file, contentType: contentTypeFor(file) };
}

/** Headers every app:// response carries. */
const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/**
 * The headers of one app:// response: the common ones, its type, and the page's
 * Content-Security-Policy with the nonce its <style> elements carry (the meta tag in
 * index.html alone would leave the policy to the file; a header cannot be edited by it).
 */
export function appResponseHeaders(contentType: string, styleNonce: string): Record<string, string> {
  return {
    ...APP_RESPONSE_HEADERS,
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy(styleNonce),
  };
}
