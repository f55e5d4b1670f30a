/**
 * Non-standard bounces of Japanese carriers and services: au by KDDI (EZweb, au one net).
 *
 * Markers, texts and per-format reasons follow Sisimai's Lhost modules (go-sisimai
 * `lhost/via-ezweb.go`, `via-kddi.go`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * BSD 2-Clause License; reimplemented.
 */
import { findCommand } from '../../kb/codes.ts';
import type { BounceReason } from '../../kb/index.ts';
import type { RawDelivery } from './types.ts';
import type { VendorParser } from './vendor-kit.ts';
import { aligned, header, reasonOf, receivedHas, reportPart, s3s4, select, sweep } from './vendor-kit.ts';

const lines = (s: string): string[] => s.replace(/\r/g, '').split('\n');

const EZWEB_MESSAGES: Readonly<Partial<Record<BounceReason, readonly string[]>>> = {
  expired: ['Your message was not delivered within '],
  mailboxfull: ['The user(s) account is temporarily over quota'],
  onhold: ['Each of the following recipients was rejected by a remote mail server'],
  suspend: ['The user(s) account is disabled.', 'The user(s) account is temporarily limited.'],
};

/** au by KDDI (EZweb): "The user(s) account is disabled." and the recipient in angle brackets. */
export const parseEZweb: VendorParser = (mail) => {
  let votes = 0;
  const from = header(mail, 'from');
  const messageId = header(mail, 'message-id');
  if (from.includes('Postmaster@ezweb.ne.jp')) votes++;
  if (from.includes('Postmaster@au.com')) votes++;
  if (header(mail, 'subject') === 'Mail System Error - Returned Mail') votes++;
  if (receivedHas(mail, 'ezweb.ne.jp (EZweb Mail) with') || receivedHas(mail, '.au.com (')) votes++;
  if (messageId.includes('.ezweb.ne.jp>') || messageId.includes('.au.com>')) votes++;
  if (votes < 2) return undefined;
  const report = reportPart(mail.text, ['--------------------------------------------------', 'Content-Type: message/rfc822']);
  let started = false;
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery = { recipient: '', diagnostic: '' };
  for (const e of lines(report)) {
    if (!started && ['The user(s) ', 'Your message ', 'Each of the following', '<'].some((p) => e.startsWith(p))) started = true;
    if (!started || e === '') continue;
    if (aligned(e, ['<', '@', '>']) && (e.indexOf('Recipient: <') > 1 || e.startsWith('<'))) {
      if (cur.recipient !== '') cur = { recipient: '', diagnostic: '' };
      cur.recipient = s3s4(select(e, '<', '>'));
      cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
      deliveries.push(cur);
    } else if (/[^\t -~]/.test(e))
      continue; // 8-bit lines (Sisimai skips them)
    else {
      if (e.includes(' >>> ')) {
        const c = findCommand(`after ${e.slice(e.indexOf('>>> ') + 4)}`);
        if (c) cur.command = c;
      }
      cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    }
  }
  const spam = header(mail, 'x-spasign') === 'NG';
  for (const d of deliveries) {
    d.diagnostic = sweep(d.diagnostic ?? '');
    const command = d.command ?? findCommand(d.diagnostic);
    if (command) d.command = command;
    const reason = spam ? 'filtered' : reasonOf(EZWEB_MESSAGES, d.diagnostic);
    if (reason) d.reason = reason;
    else if (!/@(?:ezweb\.ne\.jp|au\.com)$/.test(d.recipient) && d.diagnostic.startsWith('<')) d.reason = 'userunknown';
  }
  return deliveries.length > 0 ? { format: 'ezweb', deliveries } : undefined;
};

const KDDI_MESSAGES: Readonly<Partial<Record<BounceReason, readonly string[]>>> = {
  mailboxfull: ['As their mailbox is full'],
  norelaying: ['Due to the following SMTP relay error'],
  hostunknown: ['As the remote domain doesnt exist'],
};

/** au by KDDI (au one net, dion.ne.jp): "Could not be delivered to: <addr>" and the reason below. */
export const parseKDDI: VendorParser = (mail) => {
  const from = header(mail, 'from');
  if (
    !from.includes('no-reply@.') &&
    !from.includes('.dion.ne.jp') &&
    !header(mail, 'reply-to').includes('no-reply@app.auone-net.jp') &&
    !receivedHas(mail, 'ezweb.ne.jp (') &&
    !receivedHas(mail, '.au.com (')
  )
    return undefined;
  let started = false;
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery = { recipient: '', diagnostic: '' };
  for (const e of lines(reportPart(mail.text, ['Content-Type: message/rfc822']))) {
    if (!started) started = e.startsWith('Your mail sent on:');
    if (!started || e === '') continue;
    if (e.includes(' Could not be delivered to: <')) {
      if (cur.recipient !== '') cur = { recipient: '', diagnostic: '' };
      cur.recipient = s3s4(select(e, ': <', '>'));
      if (cur.recipient) deliveries.push(cur);
    } else if (e.startsWith(' ')) cur.diagnostic = `${cur.diagnostic ?? ''}${e} `;
  }
  for (const d of deliveries) {
    d.diagnostic = sweep(d.diagnostic ?? '');
    const command = findCommand(d.diagnostic);
    if (command) d.command = command;
    const reason =
      header(mail, 'x-spasign') === 'NG' ? 'filtered' : command === 'RCPT' ? 'userunknown' : reasonOf(KDDI_MESSAGES, d.diagnostic);
    if (reason) d.reason = reason;
  }
  return deliveries.length > 0 ? { format: 'kddi', deliveries } : undefined;
};
