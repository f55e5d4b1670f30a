/**
 * Non-standard bounces of smaller MTAs, each recognised by its headers first: Apache James,
 * Progress iMail Server, OpenSMTPD, Sendmail version 5, 1&1 (EinsUndEins), DragonFly Mail Agent,
 * QUALITIA Active!hunter.
 *
 * Markers, texts and per-format reasons follow Sisimai's Lhost modules (go-sisimai
 * `lhost/via-apachejames.go`, `via-imailserver.go`, `via-opensmtpd.go`, `via-v5sendmail.go`,
 * `via-einsundeins.go`, `via-dragonfly.go`, `via-activehunter.go`), Copyright (C) 2014-2026
 * azumakuniyuki and the sisimai development team, BSD 2-Clause License; reimplemented.
 */
import { findCommand } from '../../kb/codes.ts';
import type { RawDelivery } from './types.ts';
import type { VendorParser } from './vendor-kit.ts';
import { aligned, header, reasonOf, receivedHas, reportPart, s3s4, select, sweep } from './vendor-kit.ts';

const lines = (s: string): string[] => s.replace(/\r/g, '').split('\n');

/** Apache James: "Error message below:" ... "Message details:" with "  RCPT TO: addr". */
export const parseApacheJames: VendorParser = (mail) => {
  if (
    header(mail, 'subject') !== '[BOUNCE]' &&
    !header(mail, 'message-id').includes('.JavaMail.') &&
    !receivedHas(mail, 'JAMES SMTP Server')
  )
    return undefined;
  let started = false;
  let diagnostic = '';
  const deliveries: RawDelivery[] = [];
  for (const e of lines(reportPart(mail.text, ['Content-Type: message/rfc822']))) {
    if (!started) {
      if (e.startsWith('Message details:')) started = true;
      else if (e !== '') diagnostic += `${e} `;
      continue;
    }
    if (e.startsWith('  RCPT TO: ')) deliveries.push({ recipient: s3s4(e.slice(11)), diagnostic: '' });
  }
  for (const d of deliveries) d.diagnostic = sweep(diagnostic);
  return deliveries.length > 0 ? { format: 'apachejames', deliveries } : undefined;
};

/** iMail Server: "Unknown user: addr" lines and "Body of message generated response:". */
export const parseIMailServer: VendorParser = (mail) => {
  if (!header(mail, 'subject').startsWith('Undeliverable Mail ') && !header(mail, 'x-mailer').startsWith('<SMTP32 v')) return undefined;
  const table = {
    hostunknown: ['Unknown host'],
    userunknown: ['Unknown user', 'Invalid final delivery userid'],
    mailboxfull: ['User mailbox exceeds allowed size'],
    virusdetected: ['Requested action not taken: virus detected'],
    spamdetected: ['Blacklisted URL in message'],
    expired: ['Delivery failed '],
  } as const;
  const deliveries: RawDelivery[] = [];
  let buffer = '';
  for (const e of lines(reportPart(mail.text, ['Original message follows.']))) {
    if ((e.indexOf(': ') > 8 && aligned(e, [': ', '@'])) || e.startsWith('undeliverable ')) {
      const recipient = s3s4(e.slice(e.search(/\S+@/)));
      deliveries.push({ recipient, diagnostic: e });
    } else if (e.includes('Body of message generated response:')) buffer += e;
    else if (buffer !== '') buffer += ` ${e}`;
  }
  for (const d of deliveries) {
    d.diagnostic = sweep(`${buffer} ${d.diagnostic ?? ''}`);
    const reason = reasonOf(table, d.diagnostic);
    if (reason) d.reason = reason;
    const command = findCommand(d.diagnostic);
    if (command) d.command = command;
  }
  return deliveries.length > 0 ? { format: 'imailserver', deliveries } : undefined;
};

/** OpenSMTPD (bounce.c): "addr: 550 ..." lines under "This is the MAILER-DAEMON". */
export const parseOpenSMTPD: VendorParser = (mail) => {
  let votes = 0;
  if (header(mail, 'subject').includes('Delivery status notification')) votes++;
  if (header(mail, 'from').includes('Mailer Daemon <')) votes++;
  if (receivedHas(mail, ' (OpenSMTPD) with ')) votes++;
  if (votes === 0) return undefined;
  const table = {
    expired: ['Envelope expired'],
    securityerror: ['Could not retrieve credentials'],
    hostunknown: ['Invalid domain name', 'Domain does not exist'],
    networkerror: [
      'Address family mismatch on destination MXs',
      'All routes to destination blocked',
      'bad DNS lookup error code',
      'Could not retrieve source address',
      'Loop detected',
      'Network error on destination MXs',
      'No valid route to remote MX',
      'No valid route to destination',
      'Temporary failure in MX lookup',
    ],
    notaccept: ['Destination seem to reject all mails', 'No MX found for domain', 'No MX found for destination'],
  } as const;
  let started = false;
  const deliveries: RawDelivery[] = [];
  for (const e of lines(reportPart(mail.text, ['    Below is a copy of the original message:']))) {
    if (!started) {
      started = e.startsWith('    This is the MAILER-DAEMON, please DO NOT REPLY to this');
      continue;
    }
    if (e === '' || !aligned(e, ['@', ' '])) continue;
    const colon = e.indexOf(':');
    if (colon < 0) continue;
    deliveries.push({ recipient: s3s4(e.slice(0, colon)), diagnostic: sweep(e.slice(e.indexOf(': ') + 2)) });
  }
  if (!started) return undefined;
  const delayed = /A message is delayed for more than/i.test(mail.text);
  for (const d of deliveries) {
    const reason = reasonOf(table, d.diagnostic ?? '');
    if (reason) d.reason = reason;
    if (delayed) d.action = 'delayed';
  }
  return deliveries.length > 0 ? { format: 'opensmtpd', deliveries } : undefined;
};

/** Sendmail version 5: "Returned mail: ..." with "----- Transcript of session follows -----". */
export const parseV5sendmail: VendorParser = (mail) => {
  if (!header(mail, 'subject').startsWith('Returned mail: ')) return undefined;
  const unsent = ['   ----- Unsent message follows -----', '  ----- No message was collected -----'];
  if (!unsent.some((m) => mail.text.includes(m))) return undefined;
  const deliveries: RawDelivery[] = [];
  const another: string[] = [''];
  let started = false;
  let remote = '';
  let command = '';
  // Lines before the first recipient belong to it (Sisimai fills one pending record).
  let cur: RawDelivery = { recipient: '', diagnostic: '' };
  for (const e of lines(reportPart(mail.text, unsent))) {
    if (!started) {
      started = e.includes('----- Transcript of session follows -----');
      continue;
    }
    if (e === '') continue;
    if (e.startsWith('>>> ')) command = findCommand(`after ${e.slice(4)}`) ?? command;
    if (aligned(e, [' <', '@', '>...']) || e.toUpperCase().includes('>>> RCPT TO:')) {
      const address = s3s4(select(e, ' <', '>...') || select(e, ':<', '>'));
      if (remote === '') {
        another[deliveries.length] = `${another[deliveries.length] ?? ''} ${e}`;
        continue;
      }
      if (address === cur.recipient || (command === 'MAIL' && e.startsWith('<<< '))) {
        cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
        command = '';
      } else {
        if (cur.recipient !== '') cur = { recipient: '', diagnostic: '' };
        cur.recipient = address;
        cur.remoteMta = remote;
        cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
        if (command && !cur.command) cur.command = command;
        deliveries.push(cur);
      }
    } else if (e.includes('While talking to ')) {
      remote = /While talking to ([\w.-]+\.[a-z]{2,})/i.exec(e)?.[1] ?? remote;
    } else if (e.startsWith('>>> ') || e.startsWith('<<< ')) cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    else another[deliveries.length] = `${another[deliveries.length] ?? ''} ${e}`;
  }
  if (deliveries.length === 0) {
    for (const text of another) {
      const recipient = s3s4(text.slice(Math.max(0, text.indexOf('<'))));
      if (recipient.includes('@')) deliveries.push({ recipient, diagnostic: text });
    }
    // Nothing names a recipient: the returned message's To: does.
    const unsentAt = Math.max(...unsent.map((m) => mail.text.indexOf(m)));
    const to = /^To:[ \t]*(.+)$/m.exec(mail.text.slice(unsentAt))?.[1] ?? '';
    if (deliveries.length === 0 && s3s4(to)) deliveries.push({ recipient: s3s4(to), diagnostic: another[0] ?? '' });
  }
  deliveries.forEach((d, i) => {
    if (!d.diagnostic) d.diagnostic = another[i] ?? '';
    d.diagnostic = sweep(d.diagnostic ?? '');
    if (!d.command) {
      const c = findCommand(d.diagnostic);
      if (c) d.command = c;
    }
  });
  return deliveries.length > 0 ? { format: 'v5sendmail', deliveries } : undefined;
};

/** 1&1: "The following address failed:" / "For the following reason:". */
export const parseEinsUndEins: VendorParser = (mail) => {
  if (!header(mail, 'from').startsWith('"Mail Delivery System"')) return undefined;
  if (header(mail, 'subject') !== 'Mail delivery failed: returning message to sender') return undefined;
  let started = false;
  let buffer = '';
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const e of lines(reportPart(mail.text, ['--- The header of the original message is following. ---']))) {
    if (!started) {
      started = e.startsWith('This message was created automatically by mail delivery software');
      continue;
    }
    if (e === '') continue;
    if (aligned(e, ['@', '.']) && (e.endsWith(':') || !e.trim().includes(' '))) {
      const recipient = s3s4(e.replace(/:$/, ''));
      if (!recipient) continue;
      cur = { recipient, diagnostic: '' };
      deliveries.push(cur);
    } else if (e.startsWith('For the following reason:')) {
      if (cur) cur.diagnostic = e;
    } else if (cur && cur.diagnostic !== '') cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    else buffer += ` ${e}`;
  }
  for (const d of deliveries) {
    if (!d.diagnostic) d.diagnostic = buffer;
    const diag = d.diagnostic ?? '';
    const command = findCommand(diag);
    if (command) d.command = command;
    if (aligned(diag, ['host: ', ' reason:'])) {
      d.remoteMta = sweep(select(diag, 'host: ', ' '));
      if (diag.includes('for TEXT command')) d.command = 'DATA';
      if (diag.includes('SMTP error')) d.diagnosticType = 'SMTP';
    }
    d.diagnostic = sweep(diag);
    if (d.diagnostic.includes('Mail size limit exceeded')) d.reason = 'mesgtoobig';
  }
  return deliveries.length > 0 ? { format: 'einsundeins', deliveries } : undefined;
};

/** DragonFly Mail Agent (dma): "There was an error delivering your mail to <addr>." */
export const parseDragonFly: VendorParser = (mail) => {
  if (!header(mail, 'subject').includes('Mail delivery failed') || !receivedHas(mail, ' (DragonFly Mail Agent')) return undefined;
  const table = { expired: ['Could not deliver for the last '], hostunknown: ['DNS lookup failure: host '] } as const;
  let started = false;
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const e of lines(reportPart(mail.text, ['Original message follows.', 'Message headers follow']))) {
    if (!started) {
      started = e.startsWith('This is the DragonFly Mail Agent ');
      continue;
    }
    if (e === '') continue;
    if (e.startsWith('There was an error delivering your mail to <')) {
      cur = { recipient: s3s4(e.slice(e.indexOf('<'))), diagnostic: '' };
      deliveries.push(cur);
    } else if (cur) {
      cur.diagnostic = `${cur.diagnostic ?? ''}${e}`;
      if (e.includes(' did not like our ') && !cur.remoteMta) {
        const p = e.split(' ');
        const host = (p[0] ?? '').indexOf('.') > 1 ? p[0] : p[1];
        if (host) cur.remoteMta = host;
        const command = findCommand(e.replace('did not like our', 'after'));
        if (command) cur.command = command;
      }
    }
  }
  for (const d of deliveries) {
    d.diagnostic = sweep(d.diagnostic ?? '');
    const reason = reasonOf(table, d.diagnostic);
    if (reason) d.reason = reason;
  }
  return deliveries.length > 0 ? { format: 'dragonfly', deliveries } : undefined;
};

/** QUALITIA Active!hunter: X-AHMailID header, ">>> addr <addr>" and the reply below. */
export const parseActivehunter: VendorParser = (mail) => {
  if (header(mail, 'x-ahmailid') === '') return undefined;
  let started = false;
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const e of lines(reportPart(mail.text, ['Content-Type: message/rfc822', 'Content-type: message/rfc822']))) {
    if (!started) {
      started = e.startsWith('  ----- The following addresses had permanent fatal errors -----');
      continue;
    }
    if (e === '') continue;
    if (e.startsWith('>>> ') && e.includes('@')) {
      cur = { recipient: s3s4(e.slice(4)), diagnostic: '', action: 'failed' };
      deliveries.push(cur);
    } else if (cur && cur.diagnostic === '' && /^[0-9A-Za-z]/.test(e)) cur.diagnostic = sweep(e);
  }
  return deliveries.length > 0 ? { format: 'activehunter', deliveries } : undefined;
};
