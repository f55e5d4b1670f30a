/**
 * One DNS exchange with one server over UDP or TCP (RFC 1035 §4.2, RFC 7766).
 *
 * Hostile or confused peers are expected: a UDP datagram from another address or port is ignored
 * (RFC 5452 §9.1); a reply with the wrong ID or question is ignored and we keep waiting for the real
 * one until the timeout; undecodable bytes that carry our ID end the exchange as `malformed`. Every
 * socket is closed on every path, and an AbortSignal ends the exchange at once.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { Message } from './wire.ts';
import { parseMessage, peekId } from './wire.ts';

/** A DNS server to ask: an IP address (v4 or v6) and a port. */
export interface DnsServer {
  readonly host: string;
  readonly port: number;
}

/** How an exchange ended, before any DNS meaning is given to it. */
export type ExchangeOutcome =
  | { readonly kind: 'reply'; readonly message: Message; readonly bytes: number }
  | { readonly kind: 'timeout'; readonly detail?: string }
  | { readonly kind: 'malformed'; readonly detail: string }
  | { readonly kind: 'error'; readonly detail: string };

export interface ExchangeRequest {
  readonly server: DnsServer;
  readonly query: Buffer;
  readonly id: number;
  /** Why a decoded reply is not the answer to our question, or undefined when it is. */
  readonly mismatch: (message: Message) => string | undefined;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/** `host:port`, with IPv6 hosts in brackets, as evidence names servers. */
export function serverLabel(server: DnsServer): string {
  return net.isIPv6(server.host) ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}

/** A canonical form of an IP address so `::1` and `0:0:0:0:0:0:0:1` compare equal. */
export function canonicalIp(address: string): string {
  const bare = address.replace(/%.*$/u, '');
  if (!net.isIPv6(bare)) return bare;
  try {
    return new URL(`http://[${bare}]/`).hostname.replace(/^\[|\]$/gu, '');
  } catch {
    return bare.toLowerCase();
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/** Runs `body` with a settle-once resolver, a timeout, abort handling and a cleanup hook. */
function guarded(
  request: ExchangeRequest,
  body: (settle: (o: ExchangeOutcome) => void, onCleanup: (fn: () => void) => void) => void,
  onTimeout: () => ExchangeOutcome,
): Promise<ExchangeOutcome> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const cleanups: (() => void)[] = [];
    let done = false;
    const finish = (): void => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      for (const fn of cleanups) {
        try {
          fn();
        } catch {
          // Closing an already closed socket: nothing to do.
        }
      }
    };
    const settle = (o: ExchangeOutcome): void => {
      if (done) return;
      finish();
      resolve(o);
    };
    const onAbort = (): void => {
      if (done) return;
      finish();
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => settle(onTimeout()), request.timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      body(settle, (fn) => cleanups.push(fn));
    } catch (e) {
      settle({ kind: 'error', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
  });
}

/** Notes replies that were ignored, so a timeout can say what did arrive (bounded: a flood stays cheap). */
class Ignored {
  reasons: string[] = [];
  fromServer = 0;
  fromOthers = 0;
  note(reason: string): void {
    this.fromServer += 1;
    if (this.reasons.length < 3) this.reasons.push(reason);
  }
  outcomeAtTimeout(): ExchangeOutcome {
    if (this.fromServer > 0) {
      const more = this.fromServer > this.reasons.length ? ` (+${this.fromServer - this.reasons.length} more)` : '';
      return { kind: 'malformed', detail: `no matching reply; ignored: ${this.reasons.join('; ')}${more}` };
    }
    if (this.fromOthers > 0) return { kind: 'timeout', detail: `ignored ${this.fromOthers} datagram(s) from other addresses or ports` };
    return { kind: 'timeout' };
  }
}

/** Judges one received reply: the answer, a malformed end, or a reason to keep waiting. */
function judge(request: ExchangeRequest, buf: Buffer, ignored: Ignored): ExchangeOutcome | undefined {
  const parsed = parseMessage(buf);
  if (!parsed.ok) {
    // Undecodable bytes carrying our ID are the server's reply (a spoofer rarely guesses the ID).
    if (peekId(buf) === request.id) return { kind: 'malformed', detail: parsed.error };
    ignored.note(`undecodable reply (${parsed.error})`);
    return undefined;
  }
  const why = request.mismatch(parsed.message);
  if (why !== undefined) {
    ignored.note(why);
    return undefined;
  }
  return { kind: 'reply', message: parsed.message, bytes: buf.length };
}

/** Asks over UDP from a fresh socket on a random port. */
export function udpExchange(request: ExchangeRequest): Promise<ExchangeOutcome> {
  const ignored = new Ignored();
  const wantHost = canonicalIp(request.server.host);
  return guarded(
    request,
    (settle, onCleanup) => {
      const socket = dgram.createSocket(net.isIPv6(request.server.host) ? 'udp6' : 'udp4');
      onCleanup(() => socket.close());
      socket.on('error', (e: NodeJS.ErrnoException) => settle({ kind: 'error', detail: e.code ?? e.message }));
      socket.on('message', (buf, rinfo) => {
        if (canonicalIp(rinfo.address) !== wantHost || rinfo.port !== request.server.port) {
          ignored.fromOthers += 1;
          return;
        }
        const outcome = judge(request, buf, ignored);
        if (outcome) settle(outcome);
      });
      socket.send(request.query, request.server.port, request.server.host, (e) => {
        if (e) settle({ kind: 'error', detail: (e as NodeJS.ErrnoException).code ?? e.message });
      });
    },
    () => ignored.outcomeAtTimeout(),
  );
}

/** Asks over TCP with the two-byte length prefix (RFC 1035 §4.2.2). */
export function tcpExchange(request: ExchangeRequest): Promise<ExchangeOutcome> {
  const ignored = new Ignored();
  let pending = Buffer.alloc(0);
  let received = 0;
  return guarded(
    request,
    (settle, onCleanup) => {
      const socket = net.connect({ host: request.server.host, port: request.server.port });
      onCleanup(() => socket.destroy());
      socket.setNoDelay(true);
      socket.on('error', (e: NodeJS.ErrnoException) => settle({ kind: 'error', detail: e.code ?? e.message }));
      socket.on('connect', () => {
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(request.query.length);
        socket.write(Buffer.concat([prefix, request.query]));
      });
      socket.on('data', (chunk: Buffer) => {
        received += chunk.length;
        pending = Buffer.concat([pending, chunk]);
        // Several messages may arrive in one chunk, or one message in many chunks.
        while (pending.length >= 2) {
          const len = pending.readUInt16BE(0);
          if (pending.length < 2 + len) return;
          const msg = pending.subarray(2, 2 + len);
          pending = pending.subarray(2 + len);
          const outcome = judge(request, Buffer.from(msg), ignored);
          if (outcome) {
            settle(outcome);
            return;
          }
        }
      });
      socket.on('close', () => {
        if (pending.length > 0) {
          settle({ kind: 'malformed', detail: `connection closed mid-message (${pending.length} bytes of an incomplete reply)` });
        } else if (ignored.fromServer > 0) {
          settle(ignored.outcomeAtTimeout());
        } else {
          settle({ kind: 'error', detail: received === 0 ? 'TCP connection closed without a reply' : 'TCP connection closed' });
        }
      });
    },
    () => {
      if (pending.length >= 2) {
        const want = pending.readUInt16BE(0);
        return { kind: 'malformed', detail: `reply shorter than its length prefix (${pending.length - 2} of ${want} bytes)` };
      }
      return ignored.outcomeAtTimeout();
    },
  );
}
