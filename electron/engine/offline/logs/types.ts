/**
 * Shapes of the log tracer (`mailpath trace-log`): what goes in (sources, filters) and what comes
 * out (each message's fate, per recipient, with the exact lines that prove it).
 */
import type { Lang } from '../../i18n/index.ts';
import type { ExplainReply, BounceReason } from '../../kb/index.ts';
import type { Finding } from '../../model/finding.ts';

/** Log formats the tracer reads. */
export type LogFormat = 'postfix' | 'exim' | 'sendmail' | 'exchange' | 'm365';
export const LOG_FORMATS: readonly LogFormat[] = ['postfix', 'exim', 'sendmail', 'exchange', 'm365'];

/** A log to read: a file path (plain or gzip, told apart by magic bytes) or text/bytes in memory. */
export type LogSource = string | { readonly name: string; readonly text: string } | { readonly name: string; readonly bytes: Uint8Array };

/** What became of one recipient, in the words of the log's MTA mapped onto one vocabulary. */
export type RecipientStatus =
  /** Handed to the next server (the recipient's MX or a relay), which accepted it. */
  | 'sent'
  /** Put into a mailbox on this server (local/virtual/LMTP, Exchange DELIVER). */
  | 'delivered'
  /** A temporary failure; the server will try again. */
  | 'deferred'
  /** A permanent failure; a non-delivery report went back to the sender. */
  | 'bounced'
  /** Retried until the queue lifetime ran out, then returned to the sender. */
  | 'expired'
  /** Exchange / Microsoft 365: delivery failed. */
  | 'failed'
  /** Refused before it was queued (e.g. Postfix NOQUEUE reject, Exim "rejected RCPT"). */
  | 'rejected'
  /** Deleted from the queue by an administrator (postsuper -d, exim -Mrm). */
  | 'removed'
  /** Exim froze the message; nothing happens until someone thaws it. */
  | 'frozen'
  /** Microsoft 365: still being attempted or status not known yet. */
  | 'pending'
  | 'quarantined'
  /** Microsoft 365: filtered as spam. */
  | 'filtered'
  /** A distribution group that was expanded into its members. */
  | 'expanded'
  /** Redirected to another address (Exchange REDIRECT/RESOLVE, M365 Resolved). */
  | 'redirected'
  /** Dropped silently (Exchange DROP). */
  | 'dropped'
  /** Received, but no delivery attempt is in the log (still queued, or the log stops). */
  | 'queued';

/** Postfix `delays=a/b/c/d`, in seconds (postconf(5): "delays"). */
export interface DelayBreakdown {
  /** Before the queue manager, including message transmission from the client. */
  readonly beforeQueue: number;
  /** In the queue manager (waiting in the active/deferred queue). */
  readonly inQueue: number;
  /** Connection setup: DNS, HELO and TLS. */
  readonly connect: number;
  /** Message transmission to the next server. */
  readonly transmit: number;
}

/** One line of a log, as evidence. */
export interface LogLineRef {
  readonly file: string;
  /** 1-based line number within the file. */
  readonly n: number;
  readonly text: string;
}

export interface TraceRecipient {
  readonly address: string;
  /** The address before aliasing/forwarding (Postfix `orig_to=`, Exim `<orig>`). */
  readonly origRecipient?: string;
  readonly status: RecipientStatus;
  /** ISO 8601 time of the last event for this recipient (with the log's offset). */
  readonly at: string;
  /** ISO 8601 time of the first delivery attempt, when it differs from `at`. */
  readonly firstAttempt?: string;
  /** Delivery attempts seen in the log. */
  readonly attempts: number;
  /** The next hop, as logged (e.g. `mx.example.net[198.51.100.5]:25`). */
  readonly relay?: string;
  /** Enhanced status code (RFC 3463), e.g. `5.1.1`. */
  readonly dsn?: string;
  /** The remote server's reply or the MTA's own explanation, as logged. */
  readonly reply?: string;
  /** Basic SMTP reply code found in the reply, e.g. 550. */
  readonly replyCode?: number;
  /** Seconds from arrival to this event. */
  readonly delay?: number;
  readonly delays?: DelayBreakdown;
  /** The knowledge base's reason for a failure, when the hook is wired. */
  readonly reason?: BounceReason;
  /** The lines that tell this recipient's story. */
  readonly lines: readonly LogLineRef[];
}

export interface TraceMessage {
  /** The MTA's own id (Postfix/Sendmail queue ID, Exim message ID, Exchange internal id or message-id). */
  readonly id: string;
  readonly messageId?: string;
  /** Envelope sender; the empty string is the null sender `<>` of a bounce. */
  readonly from?: string;
  /** ISO 8601 time the server received the message. */
  readonly received?: string;
  readonly size?: number;
  /** The client that handed it over, e.g. `laptop.example.com[192.0.2.10]`. */
  readonly client?: string;
  /** The SASL login used to submit it. */
  readonly saslUser?: string;
  readonly subject?: string;
  /** Queue ID of the non-delivery / delay report the server sent back to the sender. */
  readonly notification?: string;
  readonly format: LogFormat;
  readonly recipients: readonly TraceRecipient[];
  /** Every line of this message, in order (capped). */
  readonly lines: readonly LogLineRef[];
}

export interface TraceOptions {
  /** Envelope sender to look for (`@domain` matches a whole domain). */
  readonly from?: string;
  /** Recipient to look for (`@domain` matches a whole domain). */
  readonly to?: string;
  /** ISO 8601; a time without offset is in `timeZone`. */
  readonly since?: string;
  readonly until?: string;
  readonly messageId?: string;
  readonly queueId?: string;
  /** `auto` (default) detects the format per file. */
  readonly format?: LogFormat | 'auto';
  /** IANA zone for log times that carry no offset; default the machine's zone. */
  readonly timeZone?: string;
  /** Year of the first line of classic syslog logs (which carry none); default from the file's mtime. */
  readonly year?: number;
  readonly lang?: Lang;
  /** Most messages to return (default 1000); the rest are counted. */
  readonly maxMessages?: number;
  readonly signal?: AbortSignal;
}

export interface TraceDeps {
  /** The reply knowledge base (default: the engine's own, kb/explain.ts). */
  readonly explainReply?: ExplainReply;
  /** The clock, for the year of in-memory syslog text. */
  readonly now?: () => Date;
  /** Read every line even when a search string would allow the fast path (tests compare both). */
  readonly fullScan?: boolean;
}

/** Per-file account of what was read. */
export interface TraceFileSummary {
  readonly name: string;
  readonly format?: LogFormat;
  readonly compressed: boolean;
  readonly linesRead: number;
  readonly linesSkipped: number;
  readonly bytesRead: number;
  /** Year assumed for the first line of a log without years. */
  readonly yearAssumed?: number;
}

export interface TraceResult {
  readonly messages: readonly TraceMessage[];
  /** Messages that matched but were left out past `maxMessages`. */
  readonly messagesOmitted: number;
  readonly linesRead: number;
  /** Lines that could not be read as the file's format (damaged or foreign). */
  readonly linesSkipped: number;
  /** Bytes of log text read (after decompression). */
  readonly bytesRead: number;
  /** The format read; `mixed` when files differ, `unknown` when none was recognised. */
  readonly format: LogFormat | 'mixed' | 'unknown';
  readonly files: readonly TraceFileSummary[];
  readonly findings: readonly Finding[];
}
