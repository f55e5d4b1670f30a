/**
 * What a dropped or pasted item is: a bounce (a delivery status notification, a delay notice or
 * an auto-reply), the headers of a delivered message, or a server log. Only a guess from the first
 * 64 KiB, which the consultant can override per item; the engine reads the item properly.
 *
 * - gzip data, `.gz`/`.log`/`.csv` names, syslog lines (`Jan 15 10:04:21 host postfix/smtp[…]:`,
 *   RFC 3339 stamps), Exim main log lines and Exchange/Microsoft 365 CSV headers → log;
 * - a message (header fields at the top, or an mbox `From ` line) that is a DSN
 *   (`multipart/report; report-type=delivery-status`, `message/delivery-status`, RFC 3464), returns
 *   the original (`message/rfc822`, `text/rfc822-headers`), comes from MAILER-DAEMON/postmaster,
 *   says so in its subject (RFC 2047 encoded words decoded), is an auto-reply (RFC 3834
 *   `Auto-Submitted: auto-replied`) or an Amazon SES bounce notification → bounce;
 * - any other message or header block with Received: fields → headers.
 */
export type OfflineKind = 'bounce' | 'headers' | 'log';
export const OFFLINE_KINDS: readonly OfflineKind[] = ['bounce', 'headers', 'log'];

const SAMPLE = 64 * 1024;

const SYSLOG = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\S*) \S+ [\w./-]+(?:\[\d+\])?:/mu;
const EXIM = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [+-]\d{4})? (?:\[\d+\] )?\S+ (?:<=|=>|->|\*\*|==|Completed)/mu;
const CSV_HEADER =
  /^(?:#Fields:|#Software: Microsoft Exchange|"?(?:Received|date_time|Date|origin_timestamp_utc)"?,.*(?:SenderAddress|sender_address|RecipientAddress|recipient_status))/imu;
// Field names start with a letter (RFC 5322 §3.6.8 allows more, but a stamp like 2024-01-15T10: must not pass).
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/u;
const MBOX_FROM = /^From \S+/u;

const DSN =
  /^content-type:[ \t]*(?:multipart\/report|message\/rfc822|text\/rfc822-headers)|message\/delivery-status|^from:.*\b(?:mailer-daemon|postmaster|post_master)\b|^auto-submitted:[ \t]*auto-replied|^x-failed-recipients:|"(?:notificationType|eventType)":\s*"(?:Bounce|Complaint|Delivery|DeliveryDelay)"/imu;
const BOUNCE_SUBJECT =
  /^subject:.*\b(?:undeliver|undelivered|delivery status notification|returned mail|failure notice|delivery failure|mail delivery failed|non[- ]?delivery|delivery (?:has been )?delayed|delayed mail|warning: could not send|olevererbar|kunde inte levereras|kunne ikke leveres|ikke levert|unzustellbar|automatic reply|auto-reply|autosvar|out of office|frånvaro|fraværende|ferie|abwesend)/imu;

/** RFC 2047 encoded words (`=?utf-8?q?Frav=C3=A6rende?=`), so a subject in another script can be read. */
export function decodeEncodedWords(text: string): string {
  return text.replace(/=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/giu, (whole, charset: string, enc: string, data: string) => {
    try {
      const bytes =
        enc.toLowerCase() === 'b'
          ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
          : Uint8Array.from(
              data.replace(/_/gu, ' ').replace(/=([0-9a-f]{2})/giu, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              (c) => c.charCodeAt(0),
            );
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return whole;
    }
  });
}

function sampleText(bytes: Uint8Array): string {
  // Latin-1 maps every byte to one character, so no sample fails to decode; the engine decodes properly.
  return new TextDecoder('latin1').decode(bytes.subarray(0, SAMPLE));
}

export function detectKind(bytes: Uint8Array, name = ''): OfflineKind {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'log';
  const lower = name.toLowerCase();
  if (/\.(?:gz|log|csv)$|(?:^|[/\\])(?:mail\.log|maillog|mainlog|syslog)(?:\.\d+)?$/u.test(lower)) return 'log';
  const text = sampleText(bytes).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/u, '');
  const first = text.split(/\r?\n/u).find((l) => l.trim() !== '') ?? '';
  const looksLikeMail = HEADER_LINE.test(first) || MBOX_FROM.test(first);
  if (!looksLikeMail && (SYSLOG.test(text) || EXIM.test(text) || CSV_HEADER.test(text))) return 'log';
  if (looksLikeMail) return DSN.test(text) || BOUNCE_SUBJECT.test(decodeEncodedWords(text)) ? 'bounce' : 'headers';
  if (/^Received:[ \t]/imu.test(text)) return 'headers';
  return 'log';
}
