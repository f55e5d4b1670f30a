/**
 * A small SMTP client session on plain `net`/`tls` sockets. Written here rather than borrowed so the
 * probe sees and records every byte (the greeting and the pre-STARTTLS EHLO included), bounds every
 * read, and stops every phase at its own deadline or when the user cancels.
 */
import net from 'node:net';
import tls from 'node:tls';
import { makeReply, parseReplyLine, type Reply } from './reply.ts';
import type { Transcript } from './transcript.ts';
import type { Phase, PhaseTimeouts } from './types.ts';
import { DEFAULT_LIMITS, LineChannel, WireError, socketFailure, type WireLimits } from './wire.ts';

export interface SessionOptions {
  readonly transcript: Transcript;
  readonly timeouts: PhaseTimeouts;
  readonly limits?: WireLimits;
  readonly signal?: AbortSignal;
}

/** Default per-phase limits: 15 s, as a mail client would wait; end of DATA gets longer (RFC 5321 §4.5.3.2.6). */
export function phaseTimeouts(base = 15_000, overrides: Partial<PhaseTimeouts> = {}): PhaseTimeouts {
  const all: Record<Phase, number> = {
    dns: base,
    connect: base,
    greeting: base,
    ehlo: base,
    helo: base,
    starttls: base,
    tls: base,
    auth: base,
    mail: base,
    rcpt: base,
    rset: base,
    data: base,
    message: Math.max(base, 60_000),
    quit: Math.min(base, 5_000),
  };
  return { ...all, ...overrides };
}

export class SmtpSession {
  readonly transcript: Transcript;
  private readonly timeouts: PhaseTimeouts;
  private readonly limits: WireLimits;
  private readonly signal: AbortSignal | undefined;
  private readonly channel: LineChannel;
  private socket: net.Socket | undefined;
  private readonly onAbort = (): void => {
    this.channel.fail({ kind: 'aborted', message: 'cancelled' });
    this.socket?.destroy();
  };

  constructor(options: SessionOptions) {
    this.transcript = options.transcript;
    this.timeouts = options.timeouts;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.signal = options.signal;
    this.channel = new LineChannel(this.limits);
    this.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** The local address of the connection, for the EHLO address literal. */
  get localAddress(): string | undefined {
    return this.socket?.localAddress;
  }

  private checkAborted(phase: Phase): void {
    if (this.signal?.aborted) throw new WireError('aborted', phase, 'cancelled');
  }

  /** Opens the TCP connection. */
  async connect(ip: string, port: number): Promise<void> {
    this.checkAborted('connect');
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: ip, port });
      const done = (err?: WireError): void => {
        clearTimeout(timer);
        this.signal?.removeEventListener('abort', abort);
        s.off('connect', ok);
        s.off('error', bad);
        if (err) {
          s.destroy();
          reject(err);
        } else resolve(s);
      };
      const ok = (): void => done();
      const bad = (e: NodeJS.ErrnoException): void =>
        done(new WireError(socketFailure(e.code), 'connect', e.message, e.code !== undefined ? { code: e.code } : {}));
      const abort = (): void => done(new WireError('aborted', 'connect', 'cancelled'));
      const timer = setTimeout(() => done(new WireError('timeout', 'connect', 'connect timed out')), this.timeouts.connect);
      s.once('connect', ok);
      s.once('error', bad);
      this.signal?.addEventListener('abort', abort, { once: true });
    });
    this.socket = socket;
    this.channel.attach(socket);
    this.transcript.note(`connected to ${ip} port ${port} from ${socket.localAddress ?? '?'} port ${socket.localPort ?? '?'}`);
  }

  /** Reads one complete reply (all its lines) within the phase's limit. */
  async readReply(phase: Phase): Promise<Reply> {
    this.checkAborted(phase);
    const deadline = Date.now() + this.timeouts[phase];
    const start = this.channel.bytesReceived;
    const lines: string[] = [];
    let bytes = 0;
    for (;;) {
      const line = await this.channel.nextLine(phase, deadline, start);
      this.transcript.server(line);
      const parsed = parseReplyLine(line);
      if (!parsed) {
        this.channel.fail({ kind: 'malformed', message: 'not an SMTP reply' });
        throw new WireError('malformed', phase, line.slice(0, 200));
      }
      lines.push(line);
      bytes += line.length + 2;
      if (lines.length > this.limits.maxReplyLines || bytes > this.limits.maxReplyBytes) {
        const limit = this.limits.maxReplyBytes;
        this.channel.fail({ kind: 'reply-too-large', message: 'reply too large', limit });
        throw new WireError('reply-too-large', phase, `reply of more than ${lines.length} lines / ${bytes} bytes`, { bytes, limit });
      }
      if (!parsed.more) return makeReply(lines);
    }
  }

  /** Sends one command line (the transcript redacts credentials as it records it). */
  async send(line: string, phase: Phase): Promise<void> {
    this.checkAborted(phase);
    const socket = this.socket;
    if (!socket || this.channel.ended || socket.destroyed) {
      throw this.channel.endingError(phase) ?? new WireError('closed', phase, 'connection is closed');
    }
    this.transcript.client(line);
    socket.write(`${line}\r\n`);
  }

  /** Sends a command and reads its reply. */
  async command(line: string, phase: Phase): Promise<Reply> {
    await this.send(line, phase);
    return this.readReply(phase);
  }

  /**
   * Starts TLS on the open connection (after a `220` to STARTTLS, or at once for implicit TLS).
   * Verification is done by the caller from the result, so `rejectUnauthorized` is off here:
   * a probe must see (and report) a bad certificate rather than just fail.
   */
  async startTls(options: { servername?: string; ca: readonly string[] }): Promise<tls.TLSSocket> {
    this.checkAborted('tls');
    const { socket: plain, discarded } = this.channel.detach();
    if (!plain) throw new WireError('closed', 'tls', 'connection is closed');
    if (discarded > 0) this.transcript.note(`discarded ${discarded} bytes the server sent before TLS started (RFC 3207 §5)`);
    // The TLS socket reports what goes wrong underneath; an unheard 'error' here would crash the process.
    plain.on('error', () => undefined);
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const t = tls.connect({
        socket: plain,
        ...(options.servername !== undefined ? { servername: options.servername } : {}),
        ca: [...options.ca],
        rejectUnauthorized: false,
      });
      const done = (err?: WireError): void => {
        clearTimeout(timer);
        this.signal?.removeEventListener('abort', abort);
        t.off('secureConnect', ok);
        t.off('error', bad);
        t.off('close', closed);
        if (err) {
          t.destroy();
          plain.destroy();
          reject(err);
        } else resolve(t);
      };
      const ok = (): void => done();
      const bad = (e: NodeJS.ErrnoException): void => {
        const kind = e.code === 'ECONNRESET' ? 'reset' : 'tls';
        done(new WireError(kind, 'tls', e.message, e.code !== undefined ? { code: e.code } : {}));
      };
      const closed = (): void => done(new WireError('reset', 'tls', 'connection closed during the TLS handshake'));
      const abort = (): void => done(new WireError('aborted', 'tls', 'cancelled'));
      const timer = setTimeout(() => done(new WireError('timeout', 'tls', 'TLS handshake timed out')), this.timeouts.tls);
      t.once('secureConnect', ok);
      t.once('error', bad);
      t.once('close', closed);
      this.signal?.addEventListener('abort', abort, { once: true });
    });
    this.socket = secure;
    this.channel.attach(secure);
    return secure;
  }

  /** Says QUIT and closes, ignoring any failure: the probe's verdict is already made. */
  async quit(): Promise<Reply | undefined> {
    try {
      if (this.channel.ended) return undefined;
      return await this.command('QUIT', 'quit');
    } catch {
      return undefined;
    } finally {
      this.close();
    }
  }

  close(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.socket && !this.socket.destroyed) {
      this.socket.destroy();
      this.transcript.note('connection closed');
    }
  }
}
