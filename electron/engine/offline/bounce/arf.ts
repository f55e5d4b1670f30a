/**
 * Feedback-loop and abuse reports (ARF, RFC 5965 `multipart/report; report-type=feedback-report`),
 * Microsoft's and Amazon SES's own complaint formats, and Apple Mail's one-click unsubscribe
 * (`X-Apple-Unsubscribe: true`, an opt-out report).
 *
 * Who was reported follows Sisimai's ARF reader (go-sisimai `arf/lib.go`), Copyright (C) 2014-2026
 * azumakuniyuki and the sisimai development team, BSD 2-Clause License; reimplemented: the
 * `Original-Rcpt-To` / `Removal-Recipient` fields (RFC 5965 §3.2), else the returned message's
 * `To:`, else a placeholder address for an undisclosed recipient.
 */
import type { MailParts } from './mime.ts';
import { headerValue } from './mime.ts';
import { firstAddress, sweep } from './text-util.ts';
import type { ParsedReport, RawDelivery } from './types.ts';

/** What Sisimai reports when a feedback report names nobody (`address.Undisclosed`). */
export const UNDISCLOSED_RECIPIENT = 'undisclosed-recipient-in-headers@libsisimai.org.invalid';

const COMPLAINT_SENDERS = ['staff@hotmail.com', 'complaints@email-abuse.amazonses.com'];

/** Whether the message is a feedback report of one of the known shapes. */
export function isFeedbackReport(mail: MailParts): boolean {
  if (mail.reportType === 'feedback-report' || mail.feedback.length > 0) return true;
  const type = headerValue(mail.headers, 'content-type').toLowerCase();
  if (
    type.includes('multipart/mixed') &&
    headerValue(mail.headers, 'subject').includes('complaint about message from ') &&
    COMPLAINT_SENDERS.some((s) => headerValue(mail.headers, 'from').includes(s))
  )
    return true;
  return headerValue(mail.headers, 'x-apple-unsubscribe') === 'true';
}

/** One delivery per reported recipient, reason `feedback`; undefined when it is no feedback report. */
export function feedbackDeliveries(mail: MailParts): ParsedReport | undefined {
  if (!isFeedbackReport(mail)) return undefined;
  const fields = mail.feedback.join('\n').replace(/\r/g, '');
  const type = /^Feedback-Type:\s*(\S+)/im.exec(fields)?.[1] ?? '';
  const source = /^Source-IP:\s*(\S+)/im.exec(fields)?.[1];
  const recipients: string[] = [];
  for (const m of fields.matchAll(/^(?:Original-Rcpt-To|Removal-Recipient):\s*(.*)$/gim)) {
    const a = firstAddress(m[1] ?? '');
    if (a && recipients[recipients.length - 1] !== a) recipients.push(a);
  }
  let feedbackType = type;
  if (recipients.length === 0) {
    const from = headerValue(mail.headers, 'from');
    if (headerValue(mail.headers, 'x-apple-unsubscribe') === 'true' && from.includes('@')) {
      recipients.push(firstAddress(from));
      feedbackType = 'opt-out';
    } else {
      const to = mail.original.map((o) => /^To:[ \t]*(.*(?:\n[ \t].*)*)/im.exec(o.replace(/\r/g, ''))?.[1] ?? '').find((v) => v !== '');
      recipients.push(firstAddress(to ?? '') || UNDISCLOSED_RECIPIENT);
    }
  }
  const details = sweep(
    fields
      .split('\n')
      .filter((l) => /^(?:Authentication-Results|User-Agent|Original-Mail-From):/i.test(l))
      .join(', '),
  );
  const diagnostic = sweep(`Feedback-Type: ${feedbackType || 'abuse'}${details ? `; ${details}` : ''}`);
  const deliveries = recipients.map((recipient): RawDelivery => ({
    recipient,
    reason: 'feedback',
    action: 'failed',
    diagnostic,
    ...(source ? { remoteMta: source } : {}),
  }));
  return { format: 'arf', deliveries };
}
