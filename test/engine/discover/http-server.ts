/**
 * A loopback HTTP server standing in for the domains' web servers: `loopbackFetch` sends each
 * https://host/path request to http://127.0.0.1:port/host/path, through the real Node fetch
 * (nodeFetch), so the sources' HTTP code runs for real without leaving the machine.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetch } from '../../../electron/engine/discover/node-deps.ts';
import type { HttpFetch } from '../../../electron/engine/discover/types.ts';

export interface Route {
  readonly status: number;
  readonly body: string;
  readonly type?: string;
}

export interface SeenRequest {
  readonly method: string;
  /** host + path + query, as the source asked for it. */
  readonly url: string;
  readonly body: string;
}

export interface LoopbackHttp {
  readonly fetch: HttpFetch;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** `routes` keyed `host/path` (query ignored); anything else is 404. */
export async function startLoopbackHttp(routes: Readonly<Record<string, Route>>): Promise<LoopbackHttp> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const url = (req.url ?? '/').slice(1);
    requests.push({ method: req.method ?? 'GET', url, body });
    const route = routes[url.split('?')[0] ?? ''];
    res.writeHead(route?.status ?? 404, { 'content-type': route?.type ?? 'text/xml' });
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    requests,
    fetch: (url, request) => nodeFetch(url.replace(/^https:\/\//, `http://127.0.0.1:${port}/`), { timeoutMs: 2000, ...request }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
