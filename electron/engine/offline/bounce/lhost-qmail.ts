/**
 * qmail and its clones (notqmail, Yahoo's and other ISPs' qmail-style notices):
 * "<user@domain>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 ...".
 *
 * Markers, the command and reason tables follow Sisimai's Lhost module (go-sisimai
 * `lhost/via-qmail.go`, quoting qmail-remote.c, qmail-send.c and the qmail-ldap patch),
 * Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team, BSD 2-Clause License;
 * reimplemented.
 */
import type { BounceReason } from '../../kb/index.ts';
import { findCommand } from '../../kb/codes.ts';
import type { ParsedReport, RawDelivery } from './types.ts';
import { sweep } from './text-util.ts';

/** First lines of qmail-send's notice and of the clones' (Sisimai `startingof.message`). */
const STARTS = [
  'Hi. This is the qmail',
  'He/Her is not ',
  'unable to deliver your message to the following addresses',
  'Su mensaje no pudo ser entregado',
  'Sorry, we were unable to deliver your message to the following address',
  'This is the machine generated message from mail service',
  'This is the mail delivery agent at',
  'Unable to deliver message to the following address',
  'Unfortunately, your mail was not delivered to the following address:',
  'Your mail message to the following address',
  'Your message to the following addresses',
  "We're sorry.",
  "I'm afraid I wasn't able to deliver your message",
];
const BOUNDARIES = [
  '--- Below this line is a copy of the message.',
  '--- Below this line is a copy of the mail header.',
  '--- Below the next line is a copy of the message.',
  '--- Mensaje original adjunto.',
  'Content-Type: message/rfc822',
  'Original message follows.',
];
/** qmail-remote.c's texts per SMTP stage. */
const COMMANDS: readonly (readonly [string, readonly string[]])[] = [
  ['CONN', [' but greeting failed.']],
  ['EHLO', [' but my name was rejected.']],
  ['MAIL', [' but sender was rejected.']],
  ['RCPT', [' does not like recipient.']],
  ['DATA', [' failed on DATA command', ' failed after I sent the message']],
];
/** qmail's and qmail-ldap's own texts that say the reason (case as qmail writes them). */
const MESSAGES: readonly (readonly [BounceReason, readonly string[]])[] = [
  ['hostunknown', ["Sorry, I couldn't find any host "]],
  ['mailboxfull', ['disk quota exceeded']],
  ['mesgtoobig', ['Message size exceeds fixed maximum message size:']],
  [
    'networkerror',
    ["Sorry, I wasn't able to establish an SMTP connection", "Sorry. Although I'm listed as a best-preference MX or A for that host"],
  ],
  ['notaccept', ["Sorry, I couldn't find a mail exchanger or IP address"]],
  ['systemerror', ['bad interpreter: No such file or directory', 'system error', 'Unable to']],
  ['systemfull', ['Requested action not taken: mailbox unavailable (not enough free space)']],
  ['userunknown', ['no mailbox here by that name']],
  ['exceedlimit', ['The message exeeded the maximum size the user accepts']],
  [
    'suspend',
    [
      'Mailaddress is administrativly disabled',
      'Mailaddress is administrativley disabled',
      'Mailaddress is administratively disabled',
      'Mailaddress is administrativeley disabled',
    ],
  ],
  [
    'systemerror',
    [
      'Automatic homedir creator crashed',
      'Illegal value in LDAP attribute',
      'LDAP attribute is not given but mandatory',
      'Timeout while performing search on LDAP server',
      'Too many results returned but needs to be unique',
      'Permanent error while executing qmail-forward',
      'Temporary error in automatic homedir creation',
      'Temporary error while executing qmail-forward',
      'Temporary failure in LDAP lookup',
      'Unable to contact LDAP server',
      'Unable to login into LDAP server, bad credentials',
    ],
  ],
  ['userunknown', ['Sorry, no mailbox here by that name']],
];
const EXPIRED = 'this message has been in the queue too long.';

function reasonIn(text: string): BounceReason | undefined {
  for (const [reason, phrases] of MESSAGES) if (phrases.some((p) => text.includes(p))) return reason;
  return text.includes(EXPIRED) ? 'expired' : undefined;
}

/** The SMTP command a qmail diagnostic names (its stage texts, Yahoo's "[RCPT_TO]" tags). */
function commandOf(diag: string): string | undefined {
  for (const [command, texts] of COMMANDS) if (texts.some((t) => diag.includes(t))) return command;
  const progress = /no SMTP connection got far enough; most progress was (RCPT TO|MAIL FROM|DATA|EHLO|HELO)/i.exec(diag)?.[1];
  if (progress) return progress.split(' ')[0]?.toUpperCase();
  if (/\[RCPT_TO\]/.test(diag)) return 'RCPT';
  if (/\[MAIL_FROM\]/.test(diag)) return 'MAIL';
  if (/\[DATA\]/.test(diag)) return 'DATA';
  return findCommand(diag);
}

/** qmail-send's notice and the clones' (recognised by their first lines). */
export function parseQmail(text: string): ParsedReport | undefined {
  let cut = text.length;
  for (const b of BOUNDARIES) {
    const at = text.indexOf(b);
    if (at >= 0 && at < cut) cut = at;
  }
  const report = text.slice(0, cut);
  const deliveries: RawDelivery[] = [];
  const saidLines: string[] = [];
  let reading = false;
  for (const e of report.replace(/\r/g, '').split('\n')) {
    if (!reading) {
      reading = STARTS.some((s) => e.includes(s));
      continue;
    }
    if (e === '') continue;
    const m = /^<([^>\s]*@[^>\s]*)>:(.*)$/.exec(e);
    if (m?.[1]) {
      deliveries.push({ recipient: m[1], diagnostic: m[2] ?? '' });
      saidLines.push('');
      continue;
    }
    const cur = deliveries[deliveries.length - 1];
    if (!cur) continue;
    cur.diagnostic = `${cur.diagnostic ?? ''} ${e}`;
    if (e.startsWith('Remote host said:')) saidLines[saidLines.length - 1] = e;
    if (!cur.remoteMta) {
      const host = /(?:Giving up on |Connected to |remote host )(\S+)/.exec(e)?.[1]?.replace(/[.:]$/, '');
      if (host) cur.remoteMta = host;
    }
  }
  if (deliveries.length === 0) return undefined;
  const temporary = /will keep trying|I'm not going to try again|has been in the queue/i.test(report) && !/permanent error/i.test(report);
  deliveries.forEach((d, i) => {
    d.diagnostic = sweep(d.diagnostic ?? '');
    const diag = d.diagnostic;
    const command = commandOf(diag);
    if (command) d.command = command;
    if (command === 'EHLO' || command === 'HELO') d.reason = 'blocked';
    else if (diag.indexOf(' does not like recipient.') >= 0 && diag.indexOf(EXPIRED) > diag.indexOf(' does not like recipient.'))
      d.reason = 'onhold';
    else {
      const reason = reasonIn(saidLines[i] ?? '') ?? reasonIn(diag);
      if (reason) d.reason = reason;
    }
    if (/Remote host said:/i.test(diag)) d.diagnosticType = 'SMTP';
    d.action = temporary ? 'delayed' : 'failed';
  });
  return { format: 'qmail', deliveries };
}
