import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy, withStyleNonce } from '../../shared/content-security';
import { invokeEnvelope } from '../../shared/invoke-envelope';
import { PREVIEW_INVOKE_PATH, PREVIEW_TOKEN_HEADER, PREVIEW_TOKEN_META } from '../../shared/preview-protocol';
import { fail, type Result } from '../../shared/result';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { contentTypeFor, resolveAssetPath } from '../core/static/resolve-asset';

/** Imports of large banks go through here; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface PreviewServerOptions {
  ctx: CoreContext;
  /** The renderer build (out/renderer). */
  rendererRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret the renderer must send on every API call; random unless given (tests). */
  token?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the renderer build and the core's handler table on 127.0.0.1 only. Every API call
 * must carry the per-launch token (which only the served page knows) and a Host header
 * naming this server (so a DNS-rebound page cannot reach it).
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const indexHtml = await fs
    .readFile(resolveAssetPath(options.rendererRoot, '/index.html') ?? '', 'utf8')
    .catch(() => {
      throw new Error(`No renderer build at ${options.rendererRoot}: run "npm run build" first.`);
    });
  const page = indexHtml.replace(
    '<head>',
    `<head>\n    <meta name="${PREVIEW_TOKEN_META}" content="${token}" />`,
  );

  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[preview] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The preview server failed to answer.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setCommonHeaders(res);
    if (!isOwnHost(req.headers.host, port)) {
      res
        .writeHead(421, { 'content-type': 'text/plain' })
        .end('This server answers only to 127.0.0.1 and localhost.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === PREVIEW_INVOKE_PATH) {
      await handleInvoke(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveAssetPath(options.rendererRoot, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (file.endsWith('index.html')) {
      // The same policy as the app:// page, so the browser preview (and the end-to-end tests)
      // run the renderer under it.
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': contentSecurityPolicy(nonce),
      });
      res.end(req.method === 'HEAD' ? undefined : withStyleNonce(page, nonce));
      return;
    }
    const body = await fs.readFile(file).catch(() => null);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeFor(file) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const origin = req.headers.origin;
    if (
      !hasToken(req.headers[PREVIEW_TOKEN_HEADER], token) ||
      (origin && origin !== ownOrigin(req.headers.host))
    ) {
      sendJson(
        res,
        403,
        fail('forbidden', 'This request did not come from the Reqdesk page served by this server.'),
      );
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      sendJson(res, 413, tooLarge());
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      sendJson(res, 413, tooLarge());
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, fail('bad_input', 'The request was not valid JSON.'));
      return;
    }
    const envelope = invokeEnvelope.safeParse(message);
    if (!envelope.success) {
      sendJson(
        res,
        400,
        fail('bad_input', 'The request must be an object with a channel name and an input.'),
      );
      return;
    }
    sendJson(res, 200, await dispatch(options.ctx, envelope.data.channel, envelope.data.input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function ownOrigin(host: string | undefined): string {
  return `http://${host}`;
}

function hasToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string' || sent.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(token));
}

function tooLarge(): Result<never> {
  return fail(
    'bad_input',
    `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; nothing was changed.`,
  );
}

/** The body, or null once it passes the cap (the rest is drained and dropped, never buffered). */
function readBody(req: http.IncomingMessage, cap: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function setCommonHeaders(res: http.ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  res.setHeader('content-security-policy', "frame-ancestors 'none'");
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
