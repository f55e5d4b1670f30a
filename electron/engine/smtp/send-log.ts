/**
 * nodemailer's logger, turned into the probe's transcript shape — and a per-phase watchdog.
 *
 * nodemailer reports the greeting, the pre-STARTTLS EHLO and every command only to its logger, so
 * the logger is where the transcript comes from (redacted by the same Transcript as the probe).
 * Its own timer is an inactivity timer, which a server trickling one byte a second never trips;
 * the watchdog here follows the commands in flight (pipelined ones too) and gives each reply the
 * same per-phase limit the probe uses.
 */
import { format } from 'node:util';
import type { Transcript } from './transcript.ts';
import type { Phase, PhaseTimeouts } from './types.ts';

type LogData = { tnx?: string } & Record<string, unknown>;

function phaseOf(command: string): Phase {
  const verb = command.trim().split(/[\s:]/u)[0]?.toUpperCase() ?? '';
  switch (verb) {
    case 'EHLO':
    case 'LHLO':
      return 'ehlo';
    case 'HELO':
      return 'helo';
    case 'STARTTLS':
      return 'starttls';
    case 'AUTH':
      return 'auth';
    case 'MAIL':
      return 'mail';
    case 'RCPT':
      return 'rcpt';
    case 'DATA':
      return 'data';
    case 'RSET':
      return 'rset';
    case 'QUIT':
      return 'quit';
    default:
      return 'auth'; // a SASL continuation line
  }
}

export class SendTracker {
  /** The phase whose reply the watchdog fired on, if it did. */
  fired: Phase | undefined;
  /** The last complete server reply, as logged. */
  lastReply: string | undefined;
  private readonly pending: Phase[] = ['connect'];
  private last: Phase = 'connect';
  private timer: NodeJS.Timeout | undefined;
  private messageLogged = false;
  private readonly transcript: Transcript;
  private readonly timeouts: PhaseTimeouts;
  private readonly onFire: () => void;

  constructor(transcript: Transcript, timeouts: PhaseTimeouts, onFire: () => void) {
    this.transcript = transcript;
    this.timeouts = timeouts;
    this.onFire = onFire;
    this.arm();
  }

  /** The phase in flight (or the last one, once nothing is pending). */
  get phase(): Phase {
    return this.pending[0] ?? this.last;
  }

  /** A bunyan-style logger for nodemailer's `logger` option. */
  readonly logger = {
    trace: (): void => undefined,
    debug: (...args: unknown[]): void => this.entry(args),
    info: (...args: unknown[]): void => this.entry(args),
    warn: (...args: unknown[]): void => this.entry(args),
    error: (...args: unknown[]): void => this.entry(args),
    fatal: (...args: unknown[]): void => this.entry(args),
  };

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    clearTimeout(this.timer);
    const head = this.pending[0];
    if (head === undefined) return;
    this.timer = setTimeout(() => {
      this.fired = head;
      this.onFire();
    }, this.timeouts[head]);
  }

  private expect(phase: Phase): void {
    this.pending.push(phase);
    this.last = phase;
    if (this.pending.length === 1) this.arm();
  }

  private replied(text: string): void {
    this.lastReply = text;
    const head = this.pending.shift();
    if (head !== undefined) this.last = head;
    // After "220" to STARTTLS the handshake is what is awaited (RFC 3207 §4).
    if (head === 'starttls' && text.startsWith('220')) this.pending.unshift('tls');
    this.arm();
  }

  private entry(args: unknown[]): void {
    const [first, ...rest] = args;
    const data: LogData = typeof first === 'object' && first !== null ? (first as LogData) : {};
    const parts = typeof first === 'object' && first !== null ? rest : args;
    const [fmt, ...values] = parts;
    const message = typeof fmt === 'string' ? format(fmt, ...values) : '';
    switch (data.tnx) {
      case 'server':
        for (const line of message.split(/\r?\n/u)) if (line.length > 0) this.transcript.server(line);
        if (message.length > 0) this.replied(message);
        return;
      case 'client':
        for (const line of message.split(/\r?\n/u)) this.transcript.client(line);
        this.expect(phaseOf(message));
        return;
      case 'message':
        this.messageLine(message);
        return;
      case 'network':
        this.transcript.note(message);
        if (/established/iu.test(message) && this.pending[0] === 'connect') {
          this.pending.shift();
          this.expect('greeting');
        }
        return;
      case 'smtp':
        this.transcript.note(message);
        if (/upgraded with STARTTLS/iu.test(message) && this.pending[0] === 'tls') {
          this.pending.shift();
          this.arm();
        }
        return;
      default:
        return;
    }
  }

  /** The message itself: its header is worth keeping, its body is summarised. */
  private messageLine(message: string): void {
    if (message === '.') {
      this.transcript.client('.');
      this.expect('message');
      return;
    }
    if (this.messageLogged) return;
    this.messageLogged = true;
    const end = message.search(/\r?\n\r?\n/u);
    const header = end === -1 ? message : message.slice(0, end);
    for (const line of header.split(/\r?\n/u)) this.transcript.client(line);
    this.transcript.note(`[message body not shown: ${Buffer.byteLength(message) - Buffer.byteLength(header)} bytes]`);
  }
}
