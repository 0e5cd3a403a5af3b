import path from 'node:path';

/**
 * Maps a request's URL pathname to a file inside the renderer build, or null. Used by the
 * app:// protocol under Electron and by the preview server, so both refuse the same things:
 * malformed escapes, encoded separators, backslashes, NUL bytes and any path that would
 * leave the root. Paths without an extension are app routes and get index.html.
 */
export function resolveAssetPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  // An encoded slash would change the path's shape after decoding: refuse rather than guess.
  if (/%2f|%5c/i.test(urlPathname)) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;

  const relative =
    segments.length === 0 || path.extname(segments.at(-1) ?? '') === '' ? 'index.html' : segments.join('/');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  const inside = path.relative(base, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
