import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRequestTarget, appResponseHeaders } from '../../electron/main/app-protocol';
import { STYLE_NONCE_META, withStyleNonce } from '../../shared/content-security';

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

describe('app:// response headers', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([n, ...v]) => [n, v]),
    );

  it('send the Content-Security-Policy as a header, with a nonce for style elements and no inline script', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8', 'bm9uY2U=');
    expect(headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    const policy = directives(headers['content-security-policy'] ?? '');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('style-src-elem')).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    // Only style attributes stay inline: the component library sets CSS variables through them.
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval/);
  });

  it('hand the page its nonce in a meta tag', () => {
    const page = withStyleNonce('<!doctype html><html><head><title>R</title></head></html>', 'abc=');
    expect(page).toContain(`<head>\n    <meta name="${STYLE_NONCE_META}" content="abc=" />`);
  });
});
