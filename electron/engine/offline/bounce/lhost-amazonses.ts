/**
 * Amazon SES notifications delivered by e-mail (directly or wrapped in an Amazon SNS message):
 * a JSON object with `notificationType` Bounce, Complaint or Delivery
 * (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html).
 *
 * What is read follows Sisimai's Lhost module (go-sisimai `lhost/via-amazonses.go`), Copyright (C)
 * 2014-2026 azumakuniyuki and the sisimai development team, BSD 2-Clause License; reimplemented.
 */
import { findCommand, findReplyCode, findStatusCode } from '../../kb/codes.ts';
import type { RawDelivery } from './types.ts';
import type { VendorParser } from './vendor-kit.ts';
import { sweep } from './vendor-kit.ts';

interface SesRecipient {
  readonly emailAddress?: string;
  readonly diagnosticCode?: string;
  readonly action?: string;
  readonly status?: string;
}
interface SesNotification {
  readonly notificationType?: string;
  readonly bounce?: { readonly bouncedRecipients?: readonly SesRecipient[]; readonly timestamp?: string; readonly reportingMTA?: string };
  readonly complaint?: {
    readonly complainedRecipients?: readonly { readonly emailAddress?: string }[];
    readonly complaintFeedbackType?: string;
    readonly userAgent?: string;
  };
  readonly delivery?: { readonly recipients?: readonly string[]; readonly smtpResponse?: string; readonly reportingMTA?: string };
}

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The notification object in the text: bare JSON, or an SNS envelope whose `Message` holds it. */
function notificationIn(text: string): SesNotification | undefined {
  if (!text.includes('notificationType')) return undefined;
  // SNS appends "--\nIf you wish to stop receiving notifications ..." after the JSON.
  const cut = text.indexOf('\n\n--\n');
  const body = (cut > 0 ? text.slice(0, cut) : text).replaceAll('!\n ', '').trim();
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.slice(start, end + 1));
  } catch {
    return undefined;
  }
  const outer = asObject(parsed);
  if (typeof outer?.Message === 'string') {
    try {
      return asObject(JSON.parse(outer.Message)) as SesNotification | undefined;
    } catch {
      return undefined;
    }
  }
  return outer as SesNotification | undefined;
}

/** Amazon SES: one delivery per bounced, complained-about or delivered recipient. */
export const parseAmazonSesJson: VendorParser = (mail) => {
  const n = notificationIn(mail.text);
  if (!n) return undefined;
  const deliveries: RawDelivery[] = [];
  if (n.notificationType === 'Bounce') {
    for (const r of n.bounce?.bouncedRecipients ?? []) {
      if (!r.emailAddress) continue;
      const diagnostic = sweep(r.diagnosticCode ?? '');
      const d: RawDelivery = { recipient: r.emailAddress, diagnostic, action: (r.action ?? 'failed').toLowerCase() };
      const status = findStatusCode(r.status ?? '');
      if (status) d.status = status;
      const command = findCommand(diagnostic);
      if (command) d.command = command;
      if (/^smtp;/i.test(r.diagnosticCode ?? '')) {
        d.diagnosticType = 'SMTP';
        d.diagnostic = sweep(diagnostic.replace(/^smtp;\s*/i, ''));
      }
      deliveries.push(d);
    }
  } else if (n.notificationType === 'Complaint') {
    const type = n.complaint?.complaintFeedbackType ?? 'abuse';
    for (const r of n.complaint?.complainedRecipients ?? []) {
      if (r.emailAddress)
        deliveries.push({ recipient: r.emailAddress, reason: 'feedback', action: 'failed', diagnostic: `Feedback-Type: ${type}` });
    }
  } else if (n.notificationType === 'Delivery') {
    const response = sweep(n.delivery?.smtpResponse ?? '');
    for (const recipient of n.delivery?.recipients ?? []) {
      const d: RawDelivery = { recipient, reason: 'delivered', action: 'delivered', diagnostic: response };
      const status = findStatusCode(response, '2');
      if (status) d.status = status;
      const reply = findReplyCode(response, '2');
      if (reply) d.replyCode = reply;
      deliveries.push(d);
    }
  }
  return deliveries.length > 0 ? { format: 'amazonses', deliveries } : undefined;
};
