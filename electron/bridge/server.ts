/**
 * The browser bridge: serves the built renderer and the operation table over HTTP on 127.0.0.1,
 * for UI tests and development. A thin host: every call goes to the engine's dispatcher.
 * Calls stream NDJSON: progress lines, then one result line.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Services } from '../engine/contract/context.ts';
import { dispatch } from '../engine/contract/dispatch.ts';
import { BRIDGE_CSP, COOKIE, guardApi, guardStatic, sameToken, type GuardInput } from './guard.ts';

const MAX_BODY = 64 * 1024 * 1024;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface Bridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function guardInput(req: IncomingMessage): GuardInput {
  return {
    method: req.method ?? 'GET',
    host: req.headers.host,
    origin: req.headers.origin,
    contentType: req.headers['content-type'],
    cookie: req.headers.cookie,
    authorization: req.headers.authorization,
    remoteAddress: req.socket.remoteAddress,
  };
}

function deny(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${reason}\n`);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startBridge(options: { staticDir: string; services: Services; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url');
  const running = new Map<string, AbortController>();
  let port = 0;

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const full = normalize(join(options.staticDir, rel));
    if (!full.startsWith(normalize(options.staticDir) + sep)) return deny(res, 403, 'outside the app');
    try {
      const s = await stat(full);
      if (!s.isFile()) return deny(res, 404, 'not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(full)] ?? 'application/octet-stream',
        'content-length': s.size,
        'content-security-policy': BRIDGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(full).pipe(res);
    } catch {
      deny(res, 404, 'not found');
    }
  }

  async function call(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return deny(res, 413, 'request too large');
    let envelope: { input?: unknown; lang?: unknown; requestId?: unknown };
    try {
      envelope = JSON.parse(body) as typeof envelope;
    } catch {
      return deny(res, 400, 'body is not JSON');
    }
    const requestId = typeof envelope.requestId === 'string' ? envelope.requestId : undefined;
    const controller = new AbortController();
    if (requestId) running.set(requestId, controller);
    // A closed connection (the page went away, fetch aborted) cancels the operation.
    res.on('close', () => controller.abort());
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    const result = await dispatch(name, envelope.input, {
      services: options.services,
      signal: controller.signal,
      lang: typeof envelope.lang === 'string' ? envelope.lang : undefined,
      onProgress: (event) => {
        if (!res.writableEnded) res.write(`${JSON.stringify({ type: 'progress', event })}\n`);
      },
    });
    if (requestId) running.delete(requestId);
    if (!res.writableEnded) res.end(`${JSON.stringify({ type: 'result', result })}\n`);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const g = guardInput(req);
    if (url.pathname.startsWith('/api/')) {
      const verdict = guardApi(g, port, token);
      if (!verdict.ok) return deny(res, verdict.status, verdict.reason);
      const callMatch = /^\/api\/call\/([A-Za-z0-9]+)$/.exec(url.pathname);
      if (callMatch?.[1]) return void call(req, res, callMatch[1]).catch(() => res.destroy());
      const cancelMatch = /^\/api\/cancel\/([A-Za-z0-9._-]+)$/.exec(url.pathname);
      if (cancelMatch?.[1]) {
        running.get(cancelMatch[1])?.abort();
        return void res.writeHead(204).end();
      }
      return deny(res, 404, 'no such API');
    }
    const verdict = guardStatic(g, port);
    if (!verdict.ok) return deny(res, verdict.status, verdict.reason);
    const given = url.searchParams.get('token');
    if (url.pathname === '/' && given !== null) {
      if (!sameToken(given, token)) return deny(res, 401, 'wrong token');
      res.writeHead(302, { location: '/', 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return void res.end();
    }
    void serveStatic(req, res, url.pathname);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            for (const c of running.values()) c.abort();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
