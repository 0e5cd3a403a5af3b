import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAssetPath } from '../../electron/core/static/resolve-asset';

const root = path.resolve('/srv/app/renderer');

describe('resolveAssetPath', () => {
  it('serves files inside the build and index.html for the root and app routes', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAssetPath(root, '/questions')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/My%20Font.woff2')).toBe(path.join(root, 'assets/My Font.woff2'));
  });

  it('refuses every way out of the build', () => {
    for (const probe of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2e%2e/etc/passwd',
      '/..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/%00index.html',
      '/index.html%00.png',
      '/./index.html',
      'relative/path.js',
      '/%E0%A4%A.js',
    ]) {
      expect(resolveAssetPath(root, probe), probe).toBeNull();
    }
  });

  it('keeps absolute-looking segments inside the root', () => {
    const result = resolveAssetPath(root, '//etc/passwd.txt');
    expect(result === null || result.startsWith(`${root}${path.sep}`)).toBe(true);
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build contains', () => {
    expect(contentTypeFor('a/index.html')).toContain('text/html');
    expect(contentTypeFor('a/x.JS')).toContain('javascript');
    expect(contentTypeFor('a/x.css')).toContain('text/css');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
  });
});
