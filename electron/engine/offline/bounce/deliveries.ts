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

/** Builds one delivery and its finding. */
export function finishDelivery(raw: RawDelivery, lang: Lang): { delivery: BounceDelivery; finding: Finding } {
  const diagnostic = cleanDiagnostic(raw.diagnostic ?? '');
  const fieldStatus = raw.status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(raw.status) ? raw.status : '';
  const replyGuess = findReplyCode(diagnostic, fieldStatus) ?? raw.replyCode ?? '';
  const textStatus = findStatusCode(diagnostic, fieldStatus || replyGuess) ?? '';
  const status = preferStatus(fieldStatus, textStatus, replyGuess);
  const replyCode = raw.replyCode ?? findReplyCode(diagnostic, status) ?? '';
  const command = raw.command ?? findCommand(diagnostic) ?? '';
  let action = raw.action ?? '';
  if (action === '') action = status.startsWith('4') || replyCode.startsWith('4') ? 'delayed' : 'failed';
  // Sisimai's rhost step: a provider's own codes decide when the format said nothing final.
  const refinable = !raw.reason || RETRYABLE.has(raw.reason);
  const provider =
    (refinable ? ldaReason(diagnostic, command) : undefined) ??
    (refinable
      ? rhostReason({
          recipient: raw.recipient,
          // Sisimai falls back to the first host name the diagnostic mentions.
          remoteHost: raw.remoteMta || (/\bhost\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\b/i.exec(diagnostic)?.[1] ?? ''),
          localHost: raw.localHost ?? '',
          diagnostic,
          replyCode,
        })
      : undefined);
  const reason = provider ?? raw.reason;
  const explained = explainFact(
    {
      status,
      replyCode,
      diagnostic,
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
