/**
 * The session transcript, with credentials redacted as the lines are recorded — nothing secret is
 * ever stored, so nothing secret can leak into a file, a log or a report later.
 *
 * Redaction is a small state machine over the conversation (RFC 4954 §4): the `AUTH` command line
 * keeps its mechanism but loses any initial response; every client line after it is a SASL
 * continuation (user name, password, response to a challenge) and is hidden until the server
 * answers with anything but `334`. As a second guard, every known secret (the password and its
 * base64 forms) is scrubbed from every line, whichever direction it came from.
 */
import type { TranscriptLine } from '../model/finding.ts';

export const CREDENTIALS_HIDDEN = '[credentials hidden]';

/** Longest line kept in a transcript; longer lines are cut with a note of how much was dropped. */
const MAX_LINE_CHARS = 1000;
/** Most lines kept; a hostile server must not grow the transcript without bound. */
const MAX_LINES = 5000;

export interface TranscriptOptions {
  readonly now?: () => Date;
  readonly onLine?: (line: TranscriptLine) => void;
}

/** The base64 forms a secret can take on the wire: alone, and inside an AUTH PLAIN message. */
export function secretForms(secret: string, user?: string): string[] {
  if (secret.length === 0) return [];
  const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
  const forms = [secret, b64(secret)];
  if (user !== undefined) {
    // RFC 4616: authzid NUL authcid NUL passwd, with an empty or repeated authzid.
    forms.push(b64(`\u0000${user}\u0000${secret}`), b64(`${user}\u0000${user}\u0000${secret}`));
  }
  return forms;
}

export class Transcript {
  readonly lines: TranscriptLine[] = [];
  private readonly now: () => Date;
  private readonly onLine: ((line: TranscriptLine) => void) | undefined;
  private readonly secrets: string[] = [];
  private inAuth = false;
  private truncated = false;

  constructor(options: TranscriptOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.onLine = options.onLine;
  }

  /** Registers a secret to scrub from every line; short secrets (< 4 chars) rely on the state machine alone. */
  addSecret(secret: string | undefined, user?: string): void {
    if (secret === undefined) return;
    for (const form of secretForms(secret, user)) {
      if (form.length >= 4 && !this.secrets.includes(form)) this.secrets.push(form);
    }
    this.secrets.sort((a, b) => b.length - a.length);
  }

  /** A line the client sent. */
  client(line: string): void {
    const auth = /^AUTH[ \t]+(\S+)([ \t]+\S.*)?$/iu.exec(line);
    if (auth) {
      this.inAuth = true;
      this.push('c', `AUTH ${auth[1] ?? ''}${auth[2] !== undefined ? ` ${CREDENTIALS_HIDDEN}` : ''}`);
      return;
    }
    this.push('c', this.inAuth ? CREDENTIALS_HIDDEN : line);
  }

  /** A line the server sent. */
  server(line: string): void {
    // Any final reply but 334 (a challenge) ends the SASL exchange; a 334 keeps it going.
    if (this.inAuth && !/^334[ -]?/u.test(line)) this.inAuth = false;
    this.push('s', line);
  }

  /** Mailpath's own note (TLS established, connection closed, …). */
  note(line: string): void {
    this.push('i', line);
  }

  /** Ends any SASL exchange, e.g. when the connection drops in the middle of one. */
  resetAuthState(): void {
    this.inAuth = false;
  }

  private scrub(line: string): string {
    let out = line;
    for (const s of this.secrets) if (out.includes(s)) out = out.split(s).join(CREDENTIALS_HIDDEN);
    return out;
  }

  private push(dir: TranscriptLine['dir'], raw: string): void {
    if (this.truncated) return;
    if (this.lines.length >= MAX_LINES) {
      this.truncated = true;
      const entry: TranscriptLine = { t: this.now().toISOString(), dir: 'i', line: '[transcript truncated]' };
      this.lines.push(entry);
      this.onLine?.(entry);
      return;
    }
    let line = this.scrub(raw);
    if (line.length > MAX_LINE_CHARS) {
      line = `${line.slice(0, MAX_LINE_CHARS)}… [${line.length - MAX_LINE_CHARS} more characters]`;
    }
    const entry: TranscriptLine = { t: this.now().toISOString(), dir, line };
    this.lines.push(entry);
    this.onLine?.(entry);
  }
}
