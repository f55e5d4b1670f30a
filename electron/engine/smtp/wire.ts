/**
 * Reading lines from a socket without trusting the peer: a line is cut off at `maxLineBytes`, and
 * unread lines may not pile up past `maxQueuedBytes`, so an endless line or a multi-megabyte reply
 * ends the session with a named failure instead of exhausting memory. Every wait has a deadline;
 * when it passes, "nothing arrived" (`timeout`) is told apart from "bytes trickled in but no
 * complete line" (`slow`).
 */
import type { Socket } from 'node:net';
import type { Phase } from './types.ts';

/** Why the wire gave up. */
export type WireFailure =
  | 'timeout'
  | 'slow'
  | 'refused'
  | 'unreachable'
  | 'reset'
  | 'closed'
  | 'line-too-long'
  | 'reply-too-large'
  | 'malformed'
  | 'tls'
  | 'aborted'
  | 'other';

/** A failure on the wire; the probe turns it into a finding (it never escapes the public API). */
export class WireError extends Error {
  readonly kind: WireFailure;
  readonly phase: Phase;
  /** The system or OpenSSL error code, when there is one (e.g. `ECONNREFUSED`). */
  readonly code: string | undefined;
  /** Bytes received in the phase before the failure. */
  readonly bytes: number;
  /** The limit exceeded, for `line-too-long` and `reply-too-large`. */
  readonly limit: number | undefined;

  constructor(
    kind: WireFailure,
    phase: Phase,
    message: string,
    extra: { code?: string; bytes?: number; limit?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause !== undefined ? { cause: extra.cause } : undefined);
    this.name = 'WireError';
    this.kind = kind;
    this.phase = phase;
    this.code = extra.code;
    this.bytes = extra.bytes ?? 0;
    this.limit = extra.limit;
  }
}

export interface WireLimits {
  /** Longest line accepted (RFC 5321 §4.5.3.1.5 allows 512 octets; servers stretch it, so more). */
  readonly maxLineBytes: number;
  /** Largest reply accepted, all lines together. */
  readonly maxReplyBytes: number;
  /** Most lines in one reply. */
  readonly maxReplyLines: number;
}

export const DEFAULT_LIMITS: WireLimits = { maxLineBytes: 4096, maxReplyBytes: 64 * 1024, maxReplyLines: 200 };

/** Maps a socket error code to a failure kind. */
export function socketFailure(code: string | undefined): WireFailure {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
      return 'unreachable';
    case 'ETIMEDOUT':
      return 'timeout';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return 'reset';
    default:
      return 'other';
  }
}

interface Ending {
  readonly kind: WireFailure;
  readonly message: string;
  readonly code?: string;
  readonly limit?: number;
}

export class LineChannel {
  /** Total bytes received on the current socket. */
  bytesReceived = 0;
  private socket: Socket | undefined;
  private partial: Buffer[] = [];
  private partialBytes = 0;
  private queue: string[] = [];
  private queuedBytes = 0;
  private ending: Ending | undefined;
  private wake: (() => void) | undefined;
  private readonly limits: WireLimits;

  constructor(limits: WireLimits = DEFAULT_LIMITS) {
    this.limits = limits;
  }

  private readonly onData = (chunk: Buffer): void => {
    if (this.ending) return;
    this.bytesReceived += chunk.length;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      if (this.partialBytes + piece.length > this.limits.maxLineBytes) {
        this.fail({
          kind: 'line-too-long',
          message: `line longer than ${this.limits.maxLineBytes} bytes`,
          limit: this.limits.maxLineBytes,
        });
        return;
      }
      if (nl === -1) {
        if (piece.length > 0) {
          this.partial.push(Buffer.from(piece));
          this.partialBytes += piece.length;
        }
        break;
      }
      const whole = this.partial.length > 0 ? Buffer.concat([...this.partial, piece]) : piece;
      this.partial = [];
      this.partialBytes = 0;
      const text = whole.toString('utf8');
      this.queue.push(text.endsWith('\r') ? text.slice(0, -1) : text);
      this.queuedBytes += whole.length + 1;
      if (this.queuedBytes > this.limits.maxReplyBytes) {
        this.fail({
          kind: 'reply-too-large',
          message: `more than ${this.limits.maxReplyBytes} bytes unread`,
          limit: this.limits.maxReplyBytes,
        });
        return;
      }
      start = nl + 1;
    }
    this.wake?.();
  };

  private readonly onEnd = (): void => {
    if (!this.ending) this.ending = { kind: 'closed', message: 'the server closed the connection' };
    this.wake?.();
  };

  private readonly onError = (err: NodeJS.ErrnoException): void => {
    if (!this.ending) {
      this.ending = { kind: socketFailure(err.code), message: err.message, ...(err.code !== undefined ? { code: err.code } : {}) };
    }
    this.wake?.();
  };

  attach(socket: Socket): void {
    this.socket = socket;
    this.bytesReceived = 0;
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('close', this.onEnd);
    socket.on('error', this.onError);
  }

  /**
   * Hands the socket over (to TLS). Returns how many received bytes were still unread: after a
   * `220` to STARTTLS they must be dropped, never read as if they came over TLS (RFC 3207 §5).
   */
  detach(): { socket: Socket | undefined; discarded: number } {
    const socket = this.socket;
    if (socket) {
      socket.off('data', this.onData);
      socket.off('end', this.onEnd);
      socket.off('close', this.onEnd);
      socket.off('error', this.onError);
    }
    const discarded = this.queuedBytes + this.partialBytes;
    this.socket = undefined;
    this.partial = [];
    this.partialBytes = 0;
    this.queue = [];
    this.queuedBytes = 0;
    return { socket, discarded };
  }

  /** Ends the channel with a failure: destroys the socket and wakes any reader. */
  fail(ending: Ending): void {
    if (!this.ending || this.ending.kind === 'closed') this.ending = ending;
    this.queue = [];
    this.queuedBytes = 0;
    this.socket?.destroy();
    this.wake?.();
  }

  /** Whether the channel has ended (closed, failed or aborted). */
  get ended(): boolean {
    return this.ending !== undefined;
  }

  /** The failure that ended the channel, as seen from `phase`; undefined while it is open. */
  endingError(phase: Phase): WireError | undefined {
    const e = this.ending;
    if (!e) return undefined;
    return new WireError(e.kind, phase, e.message, {
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.limit !== undefined ? { limit: e.limit } : {}),
    });
  }

  /** The next complete line, or a WireError at `deadline` or when the channel ends. */
  async nextLine(phase: Phase, deadline: number, startBytes: number): Promise<string> {
    for (;;) {
      const line = this.queue.shift();
      if (line !== undefined) {
        this.queuedBytes -= Buffer.byteLength(line) + 2;
        if (this.queuedBytes < 0) this.queuedBytes = 0;
        return line;
      }
      const bytes = this.bytesReceived - startBytes;
      if (this.ending) {
        const e = this.ending;
        throw new WireError(e.kind, phase, e.message, {
          bytes,
          ...(e.code !== undefined ? { code: e.code } : {}),
          ...(e.limit !== undefined ? { limit: e.limit } : {}),
        });
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        const kind = bytes > 0 ? 'slow' : 'timeout';
        this.fail({ kind, message: `${kind} in ${phase}` });
        throw new WireError(kind, phase, `${kind} in ${phase}`, { bytes });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = (): void => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
