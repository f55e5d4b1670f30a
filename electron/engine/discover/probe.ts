/**
 * The reachability probe: connect (TCP, or TLS from the first byte for implicit-TLS ports,
 * RFC 8314 §3.3) and read the server's greeting (RFC 5321 §4.2: `220` when it will talk, possibly
 * over several `220-` lines), with a time limit and the caller's AbortSignal. Certificates are not
 * checked here — the SMTP step does that — so a wrong certificate still shows the server answers.
 * Nothing is sent: the socket is closed after the greeting.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { Candidate, ConnectFn, ProbeSocket, Reachability } from './types.ts';

export const DEFAULT_PROBE_TIMEOUT_MS = 5000;
export const DEFAULT_PROBE_TOP = 5;
const MAX_GREETING_BYTES = 4096;

/** node:net / node:tls. */
export const nodeConnect: ConnectFn = ({ host, port, tls: useTls }) =>
  useTls
    ? tls.connect({ host, port, rejectUnauthorized: false, ...(net.isIP(host) ? {} : { servername: host }) })
    : net.connect({ host, port });

/** Like `nodeConnect`, but host names are resolved by the run's resolver (its servers, its evidence). */
export function resolverConnect(lookup: net.LookupFunction): ConnectFn {
  return ({ host, port, tls: useTls }) =>
    useTls
      ? tls.connect({ host, port, lookup, rejectUnauthorized: false, ...(net.isIP(host) ? {} : { servername: host }) })
      : net.connect({ host, port, lookup });
}

export interface ProbeOptions {
  readonly connect: ConnectFn;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** Connects to one server and reads its greeting. Never rejects: failures are data. */
export function probeServer(host: string, port: number, useTls: boolean, options: ProbeOptions): Promise<Reachability> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<Reachability>((resolve) => {
    let socket: ProbeSocket | undefined;
    let buffer = '';
    let done = false;
    const finish = (r: Reachability) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      try {
        socket?.destroy();
      } catch {
        // already gone
      }
      resolve(r);
    };
    const onAbort = () => finish({ ok: false, ms: elapsed(), error: 'aborted' });
    const timer = setTimeout(
      () => finish({ ok: false, ms: elapsed(), error: 'timeout', ...(buffer ? { greeting: buffer.trim() } : {}) }),
      options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    );
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      socket = options.connect({ host, port, tls: useTls });
    } catch (error) {
      return finish({ ok: false, ms: elapsed(), error: (error as { code?: string }).code ?? String(error) });
    }
    socket.on('data', (chunk) => {
      buffer += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
      const lines = buffer.split(/\r?\n/);
      // The greeting ends at the first line whose code is followed by a space (or nothing).
      const last = lines.findIndex((l) => /^\d{3}(?: |$)/.test(l));
      if (last >= 0) {
        const greeting = lines.slice(0, last + 1).join('\n');
        const code = greeting.slice(0, 3);
        finish({ ok: code === '220', ms: elapsed(), greeting, ...(code === '220' ? {} : { error: `greeting ${code}` }) });
      } else if (buffer.length > MAX_GREETING_BYTES) {
        finish({ ok: false, ms: elapsed(), error: 'not smtp', greeting: buffer.slice(0, 200) });
      }
    });
    socket.on('error', (error) => finish({ ok: false, ms: elapsed(), error: error.code ?? error.message }));
    socket.on('close', () =>
      finish({
        ok: false,
        ms: elapsed(),
        error: buffer ? 'closed' : 'closed before greeting',
        ...(buffer ? { greeting: buffer.trim() } : {}),
      }),
    );
  });
}

/** Probes the first `top` candidates in parallel and returns all candidates, the probed ones with `reachable`. */
export async function probeCandidates(candidates: readonly Candidate[], top: number, options: ProbeOptions): Promise<Candidate[]> {
  const head = candidates.slice(0, top);
  const results = await Promise.all(head.map((c) => probeServer(c.host, c.port, c.security === 'tls', options)));
  return candidates.map((c, i) => (i < head.length && results[i] ? { ...c, reachable: results[i] } : c));
}
