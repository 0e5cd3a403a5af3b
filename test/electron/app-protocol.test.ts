import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRequestTarget } from '../../electron/main/app-protocol';

const root = path.resolve('/opt/reqdesk/out/renderer');

describe('app:// requests', () => {
  it('serve files of the renderer build, and index.html for routes', () => {
    expect(appRequestTarget(root, 'GET', 'app://reqdesk/index.html')).toEqual({
      kind: 'file',
      path: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(appRequestTarget(root, 'GET', 'app://reqdesk/assets/index-1a2b.js')).toMatchObject({
      kind: 'file',
      path: path.join(root, 'assets/index-1a2b.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(appRequestTarget(root, 'GET', 'app://reqdesk/?x=1#/questions')).toMatchObject({
      path: path.join(root, 'index.html'),
    });
  });

  it('allow GET only', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      expect(appRequestTarget(root, method, 'app://reqdesk/index.html')).toMatchObject({
        kind: 'refused',
        status: 405,
      });
  });

  it('refuse paths outside the build, however they are spelled', () => {
    for (const url of [
      'app://reqdesk/../../etc/passwd',
      'app://reqdesk/%2e%2e/%2e%2e/etc/passwd',
      'app://reqdesk/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'app://reqdesk/..%5c..%5csecret.txt',
      'app://reqdesk//etc/passwd',
      'app://reqdesk/%00.js',
    ]) {
      const target = appRequestTarget(root, 'GET', url);
      expect(target.kind === 'refused' || (target.kind === 'file' && target.path.startsWith(root)), url).toBe(
        true,
      );
      if (target.kind === 'file') expect(target.path, url).not.toContain('passwd');
    }
  });

  it('refuse other hosts and credentials', () => {
    for (const url of [
      'app://evil/index.html',
      'app://reqdesk@evil/index.html',
      'app://x:y@reqdesk/index.html',
    ])
      expect(appRequestTarget(root, 'GET', url), url).toMatchObject({ kind: 'refused', status: 403 });
  });
});
