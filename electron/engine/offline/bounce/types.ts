/** Shapes of the bounce reader: what the format parsers find, and what the reader returns. */
import type { BounceReason } from '../../kb/index.ts';
import type { Finding, WhoMustAct } from '../../model/finding.ts';

/** What a format parser found about one recipient, before classification. */
export interface RawDelivery {
  recipient: string;
  originalRecipient?: string;
  /** DSN Action (RFC 3464 §2.3.3), lower-case. */
  action?: string;
  status?: string;
  replyCode?: string;
  remoteMta?: string;
  diagnostic?: string;
  /** Diagnostic-Code type: `SMTP`, `X-Postfix`, `X-Unix`, ... */
  diagnosticType?: string;
  command?: string;
  /** A reason the format itself states (e.g. Exim's "mailbox is full"). */
  reason?: BounceReason;
  lastAttemptDate?: string;
  willRetryUntil?: string;
  /** The host that wrote the report (Reporting-MTA), for the provider rules. */
  localHost?: string;
  /** The exact field lines this came from, for evidence. */
  lines?: { name: string; value: string }[];
}

/** What a format parser returns. */
export interface ParsedReport {
  /** Which format recognised it, e.g. `rfc3464`, `exim`, `qmail`. */
  readonly format: string;
  readonly deliveries: RawDelivery[];
  /** Reporting-MTA and other per-message DSN fields. */
  readonly reportingMta?: string;
}

/** One failed, delayed or reported recipient, as the JSON describes it. */
export interface BounceDelivery {
  readonly recipient: string;
  /** failed | delayed | delivered | relayed | expanded (RFC 3464), as reported or inferred. */
  readonly action: string;
  /** Enhanced status code (RFC 3463), or null when the bounce gives none. */
  readonly status: string | null;
  /** SMTP reply code (RFC 5321), or null. */
  readonly replyCode: number | null;
  readonly reason: BounceReason;
  /** The host that gave the answer, or null. */
  readonly remoteMta: string | null;
  /** The diagnostic text as the bounce gave it. */
  readonly diagnostic: string;
  readonly explanation: string;
  readonly fix: string;
  readonly whoMustAct: WhoMustAct;
  readonly lastAttemptDate?: string;
  readonly willRetryUntil?: string;
  readonly originalRecipient?: string;
}

/** The returned message, as far as the bounce shows it. */
export interface OriginalMessage {
  readonly messageId: string | null;
  readonly date: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
}

export type BounceKind = 'bounce' | 'delay' | 'autoreply' | 'not-a-bounce';

/** The result of reading one message. */
export interface BounceResult {
  readonly kind: BounceKind;
  readonly deliveries: readonly BounceDelivery[];
  readonly original: OriginalMessage;
  readonly findings: readonly Finding[];
}
