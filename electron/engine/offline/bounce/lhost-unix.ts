/**
 * Plain-text bounces of the Unix MTAs: Exim, qmail (and Yahoo's qmail-style text), Postfix and
 * Sendmail when their report carries no delivery-status part, or a broken one.
 *
 * The markers and the per-format messages follow Sisimai's Lhost modules (go-sisimai
 * `lhost/via-exim.go`, `via-qmail.go`, `via-postfix.go`, `via-sendmail.go`), Copyright (C)
 * 2014-2026 azumakuniyuki and the sisimai development team, BSD 2-Clause License; reimplemented.
 */
import type { BounceReason } from '../../kb/index.ts';
import type { ParsedReport, RawDelivery } from './types.ts';
import { firstAddress, splitAtOriginal, sweep } from './text-util.ts';

/** Exim's own error texts (exim/src/*.c) that already say the reason. */
const EXIM_MESSAGES: readonly (readonly [BounceReason, readonly string[]])[] = [
  ['userunknown', ['user not found']],
  [
    'hostunknown',
    ['all host address lookups failed permanently', 'all relevant mx records point to non-existent hosts', 'unrouteable address'],
  ],
  ['mailboxfull', ['mailbox is full', 'error: quota exceed']],
  ['notaccept', ['an mx or srv record indicated no smtp service', 'no host found for existing smtp connection']],
  [
    'syntaxerror',
    ['angle-brackets nested too deep', 'expected word or "<"', 'domain missing in source-routed address', 'malformed address:'],
  ],
  ['systemerror', ['delivery to file forbidden', 'delivery to pipe forbidden', 'local delivery failed', 'lmtp error after ']],
  ['contenterror', ['too many "received" headers']],
];
const EXIM_DELAYED = [
  'retry timeout exceeded',
  'no action is required on your part',
  'retry time not reached for any host after a long failure period',
  'all hosts have been failing for a long time and were last tried',
  'delay reason: ',
  'has been frozen',
  'was frozen on arrival by ',
];

function presetReason(table: readonly (readonly [BounceReason, readonly string[]])[], text: string): BounceReason | undefined {
  const lower = text.toLowerCase();
  for (const [reason, phrases] of table) if (phrases.some((p) => lower.includes(p))) return reason;
  return undefined;
}

/** Exim: "  user@domain\n    SMTP error from remote mail server after RCPT TO:...". */
export function parseExim(text: string): ParsedReport | undefined {
  if (
    !/This message was created automatically by mail delivery software|could not be delivered to one or more of its|has not yet been delivered to one or more of its|A message that you sent (?:has not yet been|could not be|was rejected|contained)|router encountered the following error/i.test(
      text,
    )
  )
    return undefined;
  const { report } = splitAtOriginal(text);
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  let started = false;
  for (const line of report.split('\n')) {
    if (!started) {
      if (
        /following address\(es\) failed|could not be delivered to one or more|has not yet been delivered|delay reason|the following address|failed:\s*$/i.test(
          line,
        )
      )
        started = true;
      continue;
    }
    const addr = /^ {2}(?!\s)(\S+@\S+?)(?::\s*(.*))?$/.exec(line) ?? /^ {2}(?!\s)<?(\S+@[^>\s]+)>?\s*(.*)$/.exec(line);
    if (addr?.[1] && line.indexOf('@') > 1 && !/pipe to \|/.test(line)) {
      const a = firstAddress(addr[1]);
      if (a) {
        cur = { recipient: a, diagnostic: addr[2] ?? '' };
        deliveries.push(cur);
        continue;
      }
    }
    // "  kijitora" — a local part only; X-Failed-Recipients has the full address (see fillRecipients).
    const local = /^ {2}([^\s@:<>]+)$/.exec(line);
    if (local?.[1] && !/^[-=_*]+$/.test(local[1])) {
      cur = { recipient: local[1], diagnostic: '' };
      deliveries.push(cur);
      continue;
    }
    if (cur && /^\s{3,}\S/.test(line)) cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${line}`);
  }
  if (deliveries.length === 0) return undefined;
  const delayed = EXIM_DELAYED.some((p) => report.toLowerCase().includes(p));
  for (const d of deliveries) {
    const diag = d.diagnostic ?? '';
    const reason = presetReason(EXIM_MESSAGES, diag);
    if (reason) d.reason = reason;
    if (
      /SMTP error from remote (?:mail server|mailer) after (?:initial connection|(?:end of )?data|RCPT TO|MAIL FROM|pipelined)/i.test(diag)
    )
      d.diagnosticType = 'SMTP';
    const host = /host\s+(\S+)\s+\[[^\]]+\]/.exec(diag);
    if (host?.[1]) d.remoteMta = host[1];
    if (/after initial connection/i.test(diag)) d.command = 'CONN';
    if (delayed) d.action = 'delayed';
    else d.action = 'failed';
    if (
      delayed &&
      !d.reason &&
      /retry timeout exceeded|retry time not reached|have been failing for a long time/i.test(`${diag} ${report}`)
    )
      d.reason = 'expired';
  }
  return { format: 'exim', deliveries };
}

/** qmail's own texts (qmail-remote.c, qmail-send.c) that already say the reason. */
const QMAIL_MESSAGES: readonly (readonly [BounceReason, readonly string[]])[] = [
  ['hostunknown', ["sorry, i couldn't find any host named", "sorry, i couldn't find any host by that name"]],
  ['notaccept', ["sorry, i couldn't find a mail exchanger or ip address"]],
  ['networkerror', ["sorry, i wasn't able to establish an smtp connection", 'but connection died', "sorry, i wasn't able to connect"]],
  ['userunknown', ['sorry, no mailbox here by that name', 'no such user']],
  [
    'systemerror',
    ["sorry. although i'm listed as a best-preference mx or a for that host", 'unable to switch to ', 'unable to chdir to maildir'],
  ],
  ['mailboxfull', ['disk quota exceeded', 'user is over quota', 'mailbox is full']],
  ['suspend', ['this address no longer accepts mail']],
  ['expired', ["i'm not going to try again; this message has been in the queue too long"]],
  ['blocked', ['but greeting failed']],
];

/** qmail (and Yahoo's, Courier-less clones): "<user@domain>:\nRemote host said: 550 ...". */
export function parseQmail(text: string): ParsedReport | undefined {
  if (
    !/qmail-send program|I'm afraid I wasn't able to deliver your message|unable to deliver your message to the following address|This is a permanent error; I've given up|I wasn't able to deliver your message/i.test(
      text,
    )
  )
    return undefined;
  const { report } = splitAtOriginal(text);
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const line of report.split('\n')) {
    const m = /^<([^>\s]+@[^>\s]+)>:?\s*(.*)$/.exec(line);
    if (m?.[1]) {
      cur = { recipient: m[1], diagnostic: m[2] ?? '' };
      deliveries.push(cur);
      continue;
    }
    if (!cur) continue;
    if (line.trim() === '') {
      if ((cur.diagnostic ?? '') !== '') cur = undefined;
      continue;
    }
    cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${line}`);
  }
  if (deliveries.length === 0) return undefined;
  const temporary = /will keep trying|I'm not going to try again|has been in the queue/i.test(report) && !/permanent error/i.test(report);
  for (const d of deliveries) {
    const diag = d.diagnostic ?? '';
    const reason = presetReason(QMAIL_MESSAGES, diag);
    if (reason) d.reason = reason;
    const connected = /Connected to (\S+) but/i.exec(diag);
    if (connected?.[1]) d.remoteMta = connected[1];
    if (/but sender was rejected/i.test(diag)) d.command = 'MAIL';
    else if (/but my name was rejected/i.test(diag)) d.command = 'EHLO';
    else if (/\[RCPT_TO\]/.test(diag)) d.command = 'RCPT';
    else if (/\[MAIL_FROM\]/.test(diag)) d.command = 'MAIL';
    else if (/\[DATA\]|\bafter end of data\b/i.test(diag)) d.command = 'DATA';
    if (/Remote host said:/i.test(diag)) d.diagnosticType = 'SMTP';
    d.action = temporary ? 'delayed' : 'failed';
  }
  return { format: 'qmail', deliveries };
}

/** Postfix's text part: "<user@domain>: host mx[ip] said: 550 ... (in reply to RCPT TO command)". */
export function parsePostfixText(text: string): ParsedReport | undefined {
  if (!/This is the mail system at host|The (?:Postfix )?(?:mail system|program)|Postfix program/i.test(text)) return undefined;
  const { report } = splitAtOriginal(text);
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const line of report.split('\n')) {
    const m = /^<([^>\s]+)>(?: \(expanded from <([^>]+)>\))?:\s*(.*)$/.exec(line);
    if (m?.[1]) {
      cur = { recipient: m[1], diagnostic: m[3] ?? '', ...(m[2] ? { originalRecipient: m[2] } : {}) };
      deliveries.push(cur);
      continue;
    }
    if (!cur) continue;
    if (line.trim() === '') {
      cur = undefined;
      continue;
    }
    cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${line}`);
  }
  if (deliveries.length === 0) return undefined;
  const delayed = /Delayed Mail|will keep trying|has been delayed|This is a warning only/i.test(text);
  for (const d of deliveries) {
    const diag = d.diagnostic ?? '';
    const host = /host (\S+?)(?:\[[^\]]*\])? said:/.exec(diag) ?? /host (\S+?)(?:\[[^\]]*\])? refused to talk to me/.exec(diag);
    if (host?.[1]) {
      d.remoteMta = host[1];
      d.diagnosticType = 'SMTP';
    }
    if (/refused to talk to me:/.test(diag)) d.command = 'HELO';
    d.action = delayed ? 'delayed' : 'failed';
  }
  return { format: 'postfix', deliveries };
}

/** Sendmail's text: "----- The following addresses had permanent fatal errors -----". */
export function parseSendmailText(text: string): ParsedReport | undefined {
  const start =
    /-{3,} ?The following addresses? ha(?:d|ve) (permanent fatal errors|transient non-fatal errors|delivery notifications) ?-{3,}/i.exec(
      text,
    );
  if (!start) return undefined;
  const { report } = splitAtOriginal(text.slice(start.index));
  const lines = report.split('\n').slice(1);
  const deliveries: RawDelivery[] = [];
  for (const line of lines) {
    if (/^-{3,}/.test(line.trim())) break;
    const a = /^\s*<?([^\s<>()]+@[^\s<>()]+)>?/.exec(line) ?? /^\s*\(expanded from:? <([^\s<>]+@[^\s<>]+)>\)/.exec(line);
    if (a?.[1]) {
      deliveries.push({ recipient: a[1], diagnostic: '' });
      continue;
    }
    const r = /^\s+\(reason: (.*)\)\s*$/.exec(line);
    const last = deliveries[deliveries.length - 1];
    if (r?.[1] && last) last.diagnostic = r[1];
  }
  const transcript = /-{3,} ?Transcript of session follows ?-{3,}([\s\S]*)/i.exec(report)?.[1] ?? '';
  for (const d of deliveries) {
    const reply = new RegExp(`<<< (\\d{3}[\\s\\S]*?)(?:\\n(?!<<<)|$)`).exec(transcript);
    if (!d.diagnostic && reply?.[1]) d.diagnostic = sweep(reply[1]);
    // No remote reply: Sendmail's own error line ("550 <addr>... User unknown", "<addr>... Deferred: ...").
    const own = transcript.split('\n').find((l) => /^\d{3} \S|^<[^>]+>\.\.\. |\.\.\. \S/.test(l.trim()) && !/^(?:>>>|<<<)/.test(l.trim()));
    if (!d.diagnostic && own) d.diagnostic = sweep(own);
    const talk = /while talking to ([^\s:]+):/.exec(transcript);
    if (talk?.[1]) {
      d.remoteMta = talk[1];
      d.diagnosticType = 'SMTP';
    }
    const cmd = />>> (RCPT|MAIL|DATA|EHLO|HELO)/i.exec(transcript);
    if (cmd?.[1]) d.command = cmd[1].toUpperCase();
    d.action = /transient non-fatal/i.test(start[0]) ? 'delayed' : 'failed';
  }
  return deliveries.length > 0 ? { format: 'sendmail', deliveries } : undefined;
}
