/**
 * The reply knowledge base: what an SMTP reply, an enhanced status code or a well-known rejection
 * text means, why it happens, what fixes it and who must act. Shared by the SMTP probe, the bounce
 * reader and the log tracer. (Interface fixed here; the tables live beside it.)
 */
import type { Lang } from '../i18n/index.ts';
import type { WhoMustAct } from '../model/finding.ts';

/** Why a message failed, in Sisimai's vocabulary (which support staff and tools already share). */
export type BounceReason =
  | 'authfailure'
  | 'badreputation'
  | 'blocked'
  | 'contenterror'
  | 'delivered'
  | 'exceedlimit'
  | 'expired'
  | 'failedstarttls'
  | 'feedback'
  | 'filtered'
  | 'hasmoved'
  | 'hostunknown'
  | 'mailboxfull'
  | 'mailererror'
  | 'mesgtoobig'
  | 'networkerror'
  | 'norelaying'
  | 'notaccept'
  | 'notcompliantrfc'
  | 'onhold'
  | 'policyviolation'
  | 'rejected'
  | 'requireptr'
  | 'securityerror'
  | 'spamdetected'
  | 'speeding'
  | 'suspend'
  | 'syntaxerror'
  | 'systemerror'
  | 'systemfull'
  | 'toomanyconn'
  | 'userunknown'
  | 'vacation'
  | 'virusdetected'
  | 'undefined';

/** A reply as a server gave it. */
export interface ReplyInput {
  /** Basic reply code (RFC 5321), e.g. 550. */
  readonly replyCode?: number;
  /** Enhanced status code (RFC 3463), e.g. `5.1.1`. */
  readonly status?: string;
  /** The reply text or diagnostic, as received. */
  readonly text: string;
  /** The SMTP command it answered, when known (`RCPT`, `DATA`, …). */
  readonly command?: string;
}

/** What the knowledge base makes of a reply. */
export interface ReplyExplanation {
  readonly reason: BounceReason;
  /** Temporary (4xx) or permanent (5xx) — or success. */
  readonly severity: 'success' | 'temporary' | 'permanent' | 'unknown';
  /** Plain-language meaning in the requested language. */
  readonly explanation: string;
  /** Likely cause. */
  readonly cause: string;
  readonly fix: string;
  readonly whoMustAct: WhoMustAct;
  /** Which table entry matched (for evidence and tests), e.g. `status:5.1.1` or `text:m365-5.7.606`. */
  readonly matchedBy: string;
}

export type ExplainReply = (reply: ReplyInput, lang: Lang) => ReplyExplanation;

export { explainReply, explainFact } from './explain.ts';
export { classifyReason } from './classify.ts';
export type { ReasonFact } from './classify.ts';
export { BOUNCE_REASONS, REASON_WHO, isBounceReason } from './reasons.ts';
