/**
 * Turns what a format parser found about a recipient into the delivery the reader returns:
 * picks the status and reply codes out of the diagnostic when the fields lack them, decides the
 * reason, and attaches the knowledge base's explanation and the finding.
 */
import type { Lang } from '../../i18n/index.ts';
import { makeFinding } from '../../i18n/index.ts';
import { explainFact } from '../../kb/explain.ts';
import { findCommand, findReplyCode, findStatusCode, preferStatus } from '../../kb/codes.ts';
import { ldaReason } from '../../kb/lda.ts';
import { rhostReason } from '../../kb/rhost.ts';
import type { Evidence, Finding, FindingStatus } from '../../model/finding.ts';
import type { BounceDelivery, RawDelivery } from './types.ts';
import { sweep } from './text-util.ts';

/** Removes the recipient-address wrapper Postfix and others put before the reply. */
function cleanDiagnostic(d: string): string {
  return sweep(d.replace(/^["']|["']$/g, ''));
}

/**
 * The text the reason is decided from: a multi-line reply ("550-5.7.1 ... 550 5.7.1 ...") loses
 * its per-line codes and keeps one in front (Sisimai `fact.Rise`, DIAGNOSTICCODE block).
 */
function decisionText(diagnostic: string): string {
  const cs = findStatusCode(diagnostic) ?? '';
  const cr = findReplyCode(diagnostic, cs) ?? '';
  if (cr === '' || !diagnostic.includes(`${cr}-`)) return diagnostic;
  let text = diagnostic;
  for (const q of ['-', ' ']) {
    if (cs !== '') text = text.split(`${cr}${q}${cs}`).join('');
    text = text.split(`${cr}${q}`).join('');
  }
  if (text.includes(cr)) text = `${cr} ${cs} ${text}`;
  return sweep(text);
}

/** Reasons a later step may still refine (Sisimai `GetRetried`). */
const RETRYABLE: ReadonlySet<string> = new Set([
  'undefined',
  'onhold',
  'systemerror',
  'securityerror',
  'expired',
  'networkerror',
  'hostunknown',
  'userunknown',
]);

function findingStatus(action: string, reason: string): FindingStatus {
  if (reason === 'delivered' || action === 'delivered' || action === 'relayed' || action === 'expanded') return 'ok';
  if (reason === 'vacation' || reason === 'feedback') return 'info';
  return action === 'delayed' ? 'warning' : 'error';
}

/** `User@EXAMPLE.ORG` → `User@example.org`: domains are case-insensitive (RFC 5321 §2.4), local parts are not. */
function lowerDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

/** Builds one delivery and its finding. */
export function finishDelivery(input: RawDelivery, lang: Lang): { delivery: BounceDelivery; finding: Finding } {
  const raw: RawDelivery = { ...input, recipient: lowerDomain(input.recipient) };
  const diagnostic = cleanDiagnostic(raw.diagnostic ?? '');
  // Feedback reports and auto-replies carry no SMTP reply (Sisimai clears their codes).
  const codeless = raw.reason === 'feedback' || raw.reason === 'vacation';
  const fieldStatus = raw.status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(raw.status) ? raw.status : '';
  const replyGuess = codeless ? '' : (findReplyCode(diagnostic, fieldStatus) ?? raw.replyCode ?? '');
  const textStatus = codeless ? '' : (findStatusCode(diagnostic, fieldStatus || replyGuess) ?? '');
  const status = preferStatus(fieldStatus, textStatus, replyGuess);
  const replyCode = codeless ? '' : (raw.replyCode ?? findReplyCode(diagnostic, status) ?? '');
  const command = raw.command ?? findCommand(diagnostic) ?? '';
  const decided = decisionText(diagnostic);
  let action = raw.action ?? '';
  if (action === '') action = status.startsWith('4') || replyCode.startsWith('4') ? 'delayed' : 'failed';
  // Sisimai's rhost step: a provider's own codes decide when the format said nothing final.
  const refinable = !raw.reason || RETRYABLE.has(raw.reason);
  const provider =
    (refinable ? ldaReason(decided, command) : undefined) ??
    (refinable
      ? rhostReason({
          recipient: raw.recipient,
          // Sisimai falls back to the first host name the diagnostic mentions.
          remoteHost: raw.remoteMta || (/\bhost\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\b/i.exec(diagnostic)?.[1] ?? ''),
          localHost: raw.localHost ?? '',
          diagnostic: decided,
          replyCode,
          status,
        })
      : undefined);
  const reason = provider ?? raw.reason;
  const explained = explainFact(
    {
      status,
      replyCode,
      diagnostic: decided,
      diagnosticType: (raw.diagnosticType ?? '').toUpperCase() === 'X-POSTFIX' ? 'SMTP' : (raw.diagnosticType ?? '').toUpperCase(),
      command,
      action,
      ...(reason ? { reason } : {}),
    },
    lang,
  );
  const delivery: BounceDelivery = {
    recipient: raw.recipient,
    action,
    status: status === '' ? null : status,
    replyCode: replyCode === '' ? null : Number(replyCode),
    reason: explained.reason,
    remoteMta: raw.remoteMta ? raw.remoteMta : null,
    diagnostic,
    explanation: explained.explanation,
    fix: explained.fix,
    whoMustAct: explained.whoMustAct,
    ...(raw.lastAttemptDate ? { lastAttemptDate: raw.lastAttemptDate } : {}),
    ...(raw.willRetryUntil ? { willRetryUntil: raw.willRetryUntil } : {}),
    ...(raw.originalRecipient && raw.originalRecipient !== raw.recipient ? { originalRecipient: raw.originalRecipient } : {}),
  };
  const evidence: Evidence[] = (raw.lines ?? [])
    .filter((l) => /^(status|diagnostic-code|action|remote-mta|final-recipient)$/i.test(l.name))
    .map((l) => ({ kind: 'header' as const, name: l.name, value: l.value }));
  if (evidence.length === 0 && diagnostic !== '') evidence.push({ kind: 'text', label: 'Diagnostic-Code', text: diagnostic });
  const finding = makeFinding(lang, {
    id: `bounce.delivery.${explained.reason}`,
    check: 'bounce',
    status: findingStatus(action, explained.reason),
    whoMustAct: explained.whoMustAct,
    params: {
      recipient: raw.recipient,
      status: status || '–',
      replyCode: replyCode || '–',
      action,
      remoteMta: raw.remoteMta ?? '–',
      explanation: explained.explanation,
      cause: explained.cause,
      fix: explained.fix,
      matchedBy: explained.matchedBy,
    },
    evidence,
    subject: raw.recipient,
  });
  return { delivery, finding };
}
