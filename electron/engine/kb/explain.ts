/**
 * `explainReply`: what an SMTP reply means, why it happens, what fixes it and who must act.
 *
 * The reason comes from the classifier (Sisimai's rules, see classify.ts). The wording comes from
 * the most specific table that knows the reply: a recogniser for a well-known provider text, else
 * the enhanced status code (RFC 3463 / IANA), else the basic reply code (RFC 5321); cause, fix and
 * who must act come from the recogniser or, for a decided reason, from the reason table.
 */
import type { Lang } from '../i18n/index.ts';
import type { WhoMustAct } from '../model/finding.ts';
import type { BounceReason, ExplainReply, ReplyExplanation, ReplyInput } from './index.ts';
import type { ReasonFact } from './classify.ts';
import { classifyReason } from './classify.ts';
import { findCommand, findReplyCode, findStatusCode } from './codes.ts';
import { RECOGNISERS } from './recognisers.ts';
import { REASON_WHO } from './reasons.ts';
import { REPLY_CODES } from './reply-codes.ts';
import { STATUS_CODES, statusKey } from './status-codes.ts';
import { REASON_TEXTS, RECOGNISER_TEXTS, REPLY_TEXTS, STATUS_TEXTS } from './texts/index.ts';

/** Reasons too vague to say more than the codes do. */
const VAGUE: ReadonlySet<BounceReason> = new Set(['onhold', 'undefined', 'securityerror', 'systemerror']);

function severityOf(status: string, reply: string, reason: BounceReason): ReplyExplanation['severity'] {
  const c = status.charAt(0) || reply.charAt(0);
  if (c === '2' || c === '3' || reason === 'delivered') return 'success';
  if (c === '4') return 'temporary';
  if (c === '5') return 'permanent';
  return 'unknown';
}

/** Explains a fully known delivery fact (the bounce reader passes action, command and type too). */
export function explainFact(fact: ReasonFact, lang: Lang): ReplyExplanation {
  const reason = classifyReason(fact);
  const severity = severityOf(fact.status, fact.replyCode, reason);
  const reasonText = REASON_TEXTS[lang][reason];
  const subject = `${fact.replyCode} ${fact.status} ${fact.diagnostic}`;
  const recogniser =
    reason === 'vacation' || reason === 'feedback' || reason === 'delivered' ? undefined : RECOGNISERS.find((r) => r.pattern.test(subject));
  if (recogniser) {
    const text = RECOGNISER_TEXTS[lang][recogniser.id];
    if (text) return { reason, severity, ...text, whoMustAct: recogniser.who, matchedBy: `text:${recogniser.id}` };
  }
  const key = statusKey(fact.status);
  const statusEntry = key !== undefined && key !== '0.0' ? STATUS_CODES[key] : undefined;
  const statusText = key !== undefined ? STATUS_TEXTS[lang][key] : undefined;
  const replyEntry = REPLY_CODES[fact.replyCode];
  const replyText = REPLY_TEXTS[lang][fact.replyCode];
  const codeText = statusEntry && statusText ? statusText : replyText;
  const matchedBy = statusEntry && statusText ? `status:${fact.status}` : replyText ? `reply:${fact.replyCode}` : `reason:${reason}`;
  if (VAGUE.has(reason) && codeText) {
    const who: WhoMustAct = (statusEntry && statusText ? statusEntry.who : replyEntry?.who) ?? REASON_WHO[reason];
    return { reason, severity, explanation: codeText.explanation, cause: codeText.cause, fix: codeText.fix, whoMustAct: who, matchedBy };
  }
  const explanation =
    codeText && matchedBy.startsWith('status:') && !VAGUE.has(reason) && reason !== 'delivered'
      ? `${reasonText.explanation} (${fact.status}: ${codeText.explanation})`
      : reasonText.explanation;
  return { reason, severity, explanation, cause: reasonText.cause, fix: reasonText.fix, whoMustAct: REASON_WHO[reason], matchedBy };
}

/** Explains one SMTP reply as a server gave it (RFC 5321 reply, RFC 3463 status, text). */
export const explainReply: ExplainReply = (reply: ReplyInput, lang: Lang): ReplyExplanation => {
  const text = reply.text.trim();
  const replyCode = reply.replyCode !== undefined ? String(reply.replyCode) : (findReplyCode(text) ?? '');
  const status = reply.status ?? findStatusCode(text, replyCode) ?? '';
  const command = (reply.command ?? findCommand(text) ?? '')
    .toUpperCase()
    .replace(/^RCPT TO$/, 'RCPT')
    .replace(/^MAIL FROM$/, 'MAIL');
  return explainFact(
    { status, replyCode, diagnostic: text, diagnosticType: 'SMTP', command, action: replyCode.startsWith('4') ? 'delayed' : 'failed' },
    lang,
  );
};
