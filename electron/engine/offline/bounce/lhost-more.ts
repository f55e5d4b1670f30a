/**
 * More non-standard bounces recognised by their headers: GMX, MailFoundry, Verizon Wireless
 * (MMS), HCL/Lotus Notes, Zoho Mail and three MTAs nobody has named (Sisimai's X1, X3, X6).
 *
 * Markers, texts and per-format reasons follow Sisimai's Lhost modules (go-sisimai
 * `lhost/via-gmx.go`, `via-mailfoundry.go`, `via-verizon.go`, `via-notes.go`, `via-zoho.go`,
 * `via-x1.go`, `via-x3.go`, `via-x6.go`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai
 * development team, BSD 2-Clause License; reimplemented.
 */
import { findCommand } from '../../kb/codes.ts';
import type { RawDelivery } from './types.ts';
import type { VendorParser } from './vendor-kit.ts';
import { aligned, header, receivedHas, reportPart, s3s4, select, sweep } from './vendor-kit.ts';

const lines = (s: string): string[] => s.replace(/\r/g, '').split('\n');
const isAddress = (s: string): boolean => /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(s);

/**
 * Collects the lines after the one `started` accepts into deliveries, as Sisimai's Lhost loops do:
 * `recipientOf` names a recipient (the first one fills the pending record, which keeps the lines
 * read before it), `other` handles every other line (default: appended to the diagnosis).
 */
function collect(
  text: string,
  started: (line: string) => boolean,
  recipientOf: (line: string) => string | undefined,
  other: (line: string, cur: RawDelivery) => void = (e, cur) => {
    cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
  },
  keepLine = false,
): RawDelivery[] {
  const out: RawDelivery[] = [];
  let cur: RawDelivery = { recipient: '', diagnostic: '' };
  let reading = false;
  for (const e of lines(text)) {
    if (!reading) {
      reading = started(e);
      continue;
    }
    if (e === '') continue;
    const r = recipientOf(e);
    if (r !== undefined) {
      if (cur.recipient !== '') cur = { recipient: '', diagnostic: '' };
      cur.recipient = r;
      if (keepLine) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
      out.push(cur);
    } else other(e, cur);
  }
  for (const d of out) d.diagnostic = sweep(d.diagnostic ?? '');
  return out.filter((d) => d.recipient !== '');
}

/** GMX: `"user@example.jp":` then "SMTP error from remote server after RCPT command:" and "host: ...". */
export const parseGMX: VendorParser = (mail) => {
  if (header(mail, 'x-gmx-antispam') === '') return undefined;
  const report = reportPart(mail.text, ['--- The header of the original message is following. ---']);
  const deliveries = collect(
    report,
    (e) => e.startsWith('This message was created automatically by mail delivery software'),
    (e) => (e.indexOf('@') > 1 && (e.startsWith('"') || e.startsWith('<')) ? s3s4(e.replace(/^[":<]+|[":>]+$/g, '')) : undefined),
    (e, cur) => {
      if (e.startsWith('SMTP error ')) {
        const c = findCommand(e.replace(/after (\w+) command/i, 'after $1'));
        if (c) cur.command = c;
      } else if (e.startsWith('host: ')) cur.remoteMta = e.slice(6).trim();
      else cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    },
  );
  for (const d of deliveries) {
    if ((d.diagnostic ?? '').includes('delivery retry timeout exceeded')) d.reason = 'expired';
  }
  return deliveries.length > 0 ? { format: 'gmx', deliveries } : undefined;
};

/** MailFoundry: "Unable to deliver message to: <addr>" and "Delivery failed for the following reason:". */
export const parseMailFoundry: VendorParser = (mail) => {
  if (header(mail, 'subject') !== 'Message delivery has failed' || !receivedHas(mail, '(MAILFOUNDRY) id')) return undefined;
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  let reading = false;
  for (const e of lines(reportPart(mail.text, ['Content-Type: message/rfc822']))) {
    if (!reading) reading = e.startsWith('Unable to deliver message to:');
    if (!reading || e === '') continue;
    if (e.startsWith('Unable to deliver message to: <') && e.includes('@')) {
      cur = { recipient: select(e, ': <', '>'), diagnostic: '' };
      deliveries.push(cur);
    } else if (cur) {
      if (e === 'Delivery failed for the following reason:') cur.diagnostic = e;
      else if (cur.diagnostic !== '' && !e.startsWith('-')) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    }
  }
  for (const d of deliveries) d.diagnostic = sweep(d.diagnostic ?? '');
  return deliveries.length > 0 ? { format: 'mailfoundry', deliveries } : undefined;
};

/** Verizon Wireless MMS gateway: "Error: No valid recipients for this MM"; the recipient is the original's To:. */
export const parseVerizon: VendorParser = (mail) => {
  const from = header(mail, 'from');
  if (!from.includes('post_master@vtext.com') && !aligned(from, ['sysadmin@', '.vzwpix.com'])) return undefined;
  const text = mail.text.replace('Sent date: ', 'Date: ').replace('MAIL FROM: ', 'Return-Path: ').replace('RCPT TO: ', 'To: ');
  const report = reportPart(text, ['Original Message:', 'Message details:']);
  const original = text.slice(report.length).replace(/\n {2}/g, '\n');
  const at = report.indexOf('Error: ');
  const diagnostic = sweep(at < 0 ? '' : report.slice(at).replace(/\n/g, ''));
  const recipient = s3s4(/\nTo: ([^\n]*)/.exec(original)?.[1] ?? '');
  if (!recipient) return undefined;
  const d: RawDelivery = { recipient, diagnostic };
  if (['550 - Requested action not taken: no such user here', 'No valid recipients'].some((p) => diagnostic.includes(p)))
    d.reason = 'userunknown';
  return { format: 'verizon', deliveries: [d] };
};

/** HCL/Lotus Notes: "------- Failure Reasons --------", the reason, then the recipient on its own line. */
export const parseNotes: VendorParser = (mail) => {
  if (!header(mail, 'subject').startsWith('Undeliverable message')) return undefined;
  const report = reportPart(mail.text, ['------- Returned Message --------']);
  const deliveries = collect(
    report,
    (e) => e.startsWith('------- Failure Reasons '),
    (e) => (e.indexOf('@') > 0 && !e.includes(' ') && isAddress(e) ? e : undefined),
    (e, cur) => {
      if (!e.startsWith('-')) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    },
  );
  if (deliveries.length === 0) {
    const to = /\nTo:([^\n]*)/.exec(mail.text.slice(report.length))?.[1] ?? '';
    if (s3s4(to)) deliveries.push({ recipient: s3s4(to), diagnostic: '' });
  }
  for (const d of deliveries) {
    const diag = d.diagnostic ?? '';
    if (diag.includes('Message has exceeded maximum hop count')) d.reason = 'networkerror';
    else if (['User not listed in public Name & Address Book', 'ディレクトリのリストにありません'].some((p) => diag.includes(p)))
      d.reason = 'userunknown';
  }
  return deliveries.length > 0 ? { format: 'notes', deliveries } : undefined;
};

/** Zoho Mail: "user@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ...". */
export const parseZoho: VendorParser = (mail) => {
  if (header(mail, 'x-zohomail') === '') return undefined;
  const cut = mail.text.indexOf('\n\nReceived:');
  const report = cut < 0 ? mail.text : mail.text.slice(0, cut);
  const deliveries = collect(
    report,
    (e) => e.startsWith('This message was created automatically by mail delivery'),
    (e) => (aligned(e, ['@', ' ', 'ERROR_CODE :']) || e.startsWith('[Status: ') ? s3s4(e.replace(/^\[Status: [^<]*/, '')) : undefined),
    (e, cur) => {
      if (!e.startsWith('-----')) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    },
    true,
  );
  for (const d of deliveries) if ((d.diagnostic ?? '').includes('Host not reachable')) d.reason = 'expired';
  return deliveries.length > 0 ? { format: 'zoho', deliveries } : undefined;
};

/** Sisimai X1: "---The following addresses had delivery errors---" then "user@example.jp [User unknown]". */
export const parseX1: VendorParser = (mail) => {
  const subject = header(mail, 'subject');
  if (
    !subject.startsWith('Returned Mail: ') &&
    !subject.startsWith('Mail Delivery Failure') &&
    !aligned(header(mail, 'from'), ['"Mail Deliver', 'System" '])
  )
    return undefined;
  const report = reportPart(mail.text, ['Content-Type: message/rfc822', '\nReceived: from ']);
  const deliveries = collect(
    report,
    (e) => e.startsWith('The original message was received at '),
    (e) => (aligned(e, ['@', ' [', ']']) && isAddress(e.split(' ')[0] ?? '') ? e.split(' ')[0] : undefined),
    (e, cur) => {
      const line = e.startsWith('---') && e.endsWith('---') ? `${e.replace(/^-+|-+$/g, '')}:` : e;
      cur.diagnostic = `${cur.diagnostic ?? ''} ${line}`;
    },
    true,
  );
  return deliveries.length > 0 ? { format: 'x1', deliveries } : undefined;
};

/** Sisimai X3: "  * user@example.com" and "SMTP:RCPT host 192.0.2.8: 553 5.3.0 ...". */
export const parseX3: VendorParser = (mail) => {
  if (!header(mail, 'from').startsWith('Mail Delivery System')) return undefined;
  if (!header(mail, 'subject').startsWith('Delivery status notification')) return undefined;
  const deliveries = collect(
    reportPart(mail.text, ['Content-Type: message/rfc822']),
    (e) => e.startsWith('      This is an automatically generated Delivery Status Notification.'),
    (e) => (aligned(e, ['  * ', '@', '.']) ? e.slice(e.indexOf('  * ') + 4).trim() : undefined),
    (e, cur) => {
      if (e.startsWith('SMTP:')) {
        const c = findCommand(`after ${e.slice(5, 10)}`);
        if (c) cur.command = c;
        cur.diagnosticType = 'SMTP';
        cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
      } else if (e.startsWith('Routing: ')) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    },
  );
  return deliveries.length > 0 ? { format: 'x3', deliveries } : undefined;
};

/** Sisimai X6: "The following recipients returned permanent errors: addr. Reason: ...". */
export const parseX6: VendorParser = (mail) => {
  if (!header(mail, 'subject').startsWith('There was an error sending your mail')) return undefined;
  const report = reportPart(mail.text, ['The attachment contains the original mail headers']);
  const deliveries: RawDelivery[] = [];
  let reading = false;
  for (const e of lines(report)) {
    if (!reading) reading = e.startsWith('We had trouble delivering your message. Full details follow:');
    if (!reading || e === '') continue;
    const p1 = e.startsWith('The following recipients returned permanent errors: ');
    if (!p1 && !e.startsWith('SMTP Server <')) continue;
    const recipient = s3s4(e.slice(p1 ? e.indexOf(': ') + 2 : e.lastIndexOf(' <')));
    if (!isAddress(recipient)) continue;
    const diagnostic = sweep(e);
    const d: RawDelivery = { recipient, diagnostic };
    const c = /\((?:Error following )?(RCPT|MAIL|DATA|EHLO|HELO)\b/i.exec(diagnostic)?.[1] ?? findCommand(diagnostic);
    if (c) d.command = c.toUpperCase();
    deliveries.push(d);
  }
  return deliveries.length > 0 ? { format: 'x6', deliveries } : undefined;
};
