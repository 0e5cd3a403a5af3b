import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, type PreviewServer, startPreviewServer } from '../../electron/preview/server';
import { PREVIEW_TOKEN_HEADER } from '../../shared/preview-protocol';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
let server: PreviewServer;
let root: string;

beforeEach(async () => {
  core = await openTempCore();
  // A small renderer build of its own, so this test does not depend on `npm run build`.
  root = path.join(core.dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><title>R</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(core.dir, 'secret.txt'), 'outside the build');
  server = await startPreviewServer({ ctx: core.ctx, rendererRoot: root });
});
afterEach(async () => {
  await server.close();
  await core.close();
});

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request, so Host and other headers are exactly what a hostile page could send. */
function request(
  pathname: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method,
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const invoke = (payload: unknown, headers: Record<string, string> = {}) =>
  request('/api/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PREVIEW_TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(payload),
  });

describe('preview server', () => {
  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the launch token in it, and the build assets', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="reqdesk-token" content="${server.token}" />`);
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer build', async () => {
    for (const probe of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const reply = await request(probe);
      expect(reply.body).not.toContain('outside the build');
    }
  });

  it('answers API calls that carry the token, through the real core', async () => {
    const reply = await invoke({ channel: 'app.info', input: {} });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { databasePath: core.dbPath } });
    const set = await invoke({ channel: 'settings.set', input: { key: 'theme', value: 'dark' } });
    expect(JSON.parse(set.body)).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('refuses API calls without the token, with a wrong one, or from another origin', async () => {
    const refused: Record<string, string>[] = [
      { [PREVIEW_TOKEN_HEADER]: '' },
      { [PREVIEW_TOKEN_HEADER]: 'x'.repeat(48) },
      { origin: 'http://evil.example' },
    ];
    for (const headers of refused) {
      const reply = await invoke(
        { channel: 'settings.set', input: { key: 'theme', value: 'light' } },
        headers,
      );
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const settings = await invoke({ channel: 'settings.get', input: {} });
    expect(JSON.parse(settings.body).value.theme).toBe('system');
  });

  it('refuses a request whose Host is not its own (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      expect((await request('/', { headers: { host } })).status).toBe(421);
      expect((await invoke({ channel: 'app.info', input: {} }, { host })).status).toBe(421);
    }
    expect((await request('/', { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('answers malformed and oversized bodies with a clear error and changes nothing', async () => {
    const broken = await request('/api/invoke', {
      method: 'POST',
      headers: { [PREVIEW_TOKEN_HEADER]: server.token },
      body: '{"channel": "settings.set", "input": {',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('bad_input');

    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x61);
    const tooBig = await request('/api/invoke', {
      method: 'POST',
      headers: { [PREVIEW_TOKEN_HEADER]: server.token },
      body: huge,
    });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body).error.message).toContain('larger than');
    expect(core.database.sqlite.prepare('select count(*) from settings').pluck().get()).toBe(0);
  });

  it('serves the page with its Content-Security-Policy header and a fresh style nonce each time', async () => {
    const first = await request('/');
    const second = await request('/');
    const nonceOf = (reply: Reply) =>
      /'nonce-([^']+)'/.exec(String(reply.headers['content-security-policy']))?.[1] ?? '';
    expect(nonceOf(first)).not.toBe('');
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(first.body).toContain(`content="${nonceOf(first)}"`);
    expect(String(first.headers['content-security-policy'])).toMatch(/script-src 'self';/);
  });

  it('answers a channel that is not a name with a typed 400, never a 500', async () => {
    for (const body of [
      '{"channel": {"toString": "x"}, "input": {}}',
      '{"channel": ["settings.get"], "input": {}}',
      '{"input": {}}',
      '[]',
      '"settings.get"',
    ]) {
      const reply = await request('/api/invoke', {
        method: 'POST',
        headers: { [PREVIEW_TOKEN_HEADER]: server.token },
        body,
      });
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.body), body).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
  });

  it('allows only GET and HEAD for pages and POST for the API', async () => {
    expect((await request('/', { method: 'DELETE' })).status).toBe(405);
    expect((await request('/api/invoke', { method: 'GET' })).status).toBe(405);
  });
});
