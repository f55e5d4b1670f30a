/**
 * The one event vocabulary every format's line parser maps onto, so the message store joins
 * Postfix, Exim, Sendmail, Exchange and Microsoft 365 lines the same way.
 */
import type { DelayBreakdown, LogFormat, RecipientStatus } from './types.ts';

export type LogEvent =
  /** The message entered the server: a client handed it over, or a local program submitted it. */
  | {
      readonly type: 'arrival';
      readonly client?: string;
      readonly saslUser?: string;
      readonly from?: string;
      readonly size?: number;
      readonly messageId?: string;
      readonly subject?: string;
    }
  | { readonly type: 'message-id'; readonly messageId: string }
  /** Envelope sender and size, as the queue manager saw them. */
  | { readonly type: 'sender'; readonly from: string; readonly size?: number; readonly nrcpt?: number }
  /** A delivery attempt (or outcome) for one recipient. */
  | {
      readonly type: 'recipient';
      readonly address: string;
      readonly orig?: string;
      readonly status: RecipientStatus;
      readonly relay?: string;
      readonly dsn?: string;
      readonly reply?: string;
      readonly delay?: number;
      readonly delays?: DelayBreakdown;
      /** False for bookkeeping rows (Exchange EXPAND, M365 summaries) that are not attempts. */
      readonly attempt?: boolean;
    }
  /** Every recipient not yet finished has expired (Postfix `status=expired, returned to sender`). */
  | { readonly type: 'expired'; readonly reply?: string }
  /** The server generated a report to the sender (Postfix bounce, Exim `<= <> R=`, Sendmail DSN). */
  | { readonly type: 'notification'; readonly kind: 'non-delivery' | 'delay' | 'success'; readonly id: string }
  /** Deleted from the queue; `admin` when an administrator did it. */
  | { readonly type: 'removed'; readonly admin: boolean }
  /** The MTA is done with the message (Exim `Completed`). */
  | { readonly type: 'completed' }
  | { readonly type: 'frozen' }
  /** Refused before it was queued; carries the whole story of a message that never got an id. */
  | {
      readonly type: 'rejected';
      readonly address?: string;
      readonly from?: string;
      readonly client?: string;
      readonly reply: string;
      readonly dsn?: string;
    };

/** One line read into an event. */
export interface ParsedLine {
  /** The id that joins the message's lines (queue ID, Exim id, message-id); none for NOQUEUE. */
  readonly key?: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** ISO 8601 with the log's own offset. */
  readonly iso: string;
  /** What the line says; empty for a well-formed line that says nothing about a message. */
  readonly events: readonly LogEvent[];
}

/**
 * A line parser: `undefined` = the line is not in this format (damaged or foreign), a ParsedLine
 * without events = well-formed but irrelevant (connect/disconnect, warnings, other daemons).
 */
export interface LineParser {
  readonly format: LogFormat;
  parse(line: string): ParsedLine | undefined;
  /** Whether this event opens a message, so a backward search for its earlier lines can stop. */
  isArrival(event: LogEvent): boolean;
  /** The year assumed for the first dated line, for timestamps that carry none. */
  yearAssumed?(): number | undefined;
  /**
   * The key a line probably carries, read cheaply from its first bytes (no timestamp, no
   * events): lets the fast path sweep a chunk for many followed keys at once. The line is
   * parsed properly afterwards, so a wrong guess costs nothing but time.
   */
  quickKey?(prefix: string): string | undefined;
}

/** The token after the syslog tag's `: ` (Postfix and Sendmail queue IDs). */
export function keyAfterTag(prefix: string): string | undefined {
  const m = /\]: ([0-9A-Za-z]{5,24}): /u.exec(prefix) ?? /: ([0-9A-Za-z]{5,24}): /u.exec(prefix);
  return m?.[1];
}

const NONE: readonly LogEvent[] = [];

/** A parsed line; `event` may be absent. */
export function line(at: number, iso: string, key: string | undefined, event?: LogEvent | readonly LogEvent[]): ParsedLine {
  const events = event === undefined ? NONE : Array.isArray(event) ? (event as readonly LogEvent[]) : [event as LogEvent];
  return key === undefined ? { at, iso, events } : { key, at, iso, events };
}

/** Splits an SMTP reply into its basic code and enhanced status (RFC 5321 §4.2, RFC 3463). */
export function replyParts(text: string | undefined): { code?: number; status?: string } {
  if (!text) return {};
  const m = /(?:^|[\s:(<"])([245]\d\d)(?:[ -]+([245]\.\d{1,3}\.\d{1,3}))?\b/u.exec(text);
  if (!m) {
    const s = /\b([245]\.\d{1,3}\.\d{1,3})\b/u.exec(text);
    return s?.[1] ? { status: s[1] } : {};
  }
  return { code: Number(m[1]), ...(m[2] ? { status: m[2] } : {}) };
}

/** `<addr>` → `addr`; trims and keeps the null sender as the empty string. */
export function unbracket(value: string): string {
  const v = value.trim();
  return v.startsWith('<') && v.endsWith('>') ? v.slice(1, -1) : v;
}
