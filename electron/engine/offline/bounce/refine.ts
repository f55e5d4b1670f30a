/**
 * What an MTA's own text adds to its RFC 3464 delivery-status part: Sendmail's session transcript
 * (the remote server's full multi-line reply and the SMTP command it answered), Courier's command
 * and own error texts, and, for any other DSN, the human-readable text in front of it. All are
 * read as Sisimai reads them (go-sisimai `lhost/via-sendmail.go`, `via-courier.go`,
 * `rfc3464/lib.go`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * BSD 2-Clause License; reimplemented.
 */
import { findCommand, findReplyCode, findStatusCode } from '../../kb/codes.ts';
import type { BounceReason } from '../../kb/index.ts';
import type { HeaderField } from './mime.ts';
import { decodedHeader, headerValue } from './mime.ts';
import { firstAddress, splitAtOriginal, sweep } from './text-util.ts';
import type { ParsedReport } from './types.ts';

/** Sendmail's notices: "Returned mail: see transcript for details", "Warning: could not send ...". */
export function isSendmailNotice(headers: readonly HeaderField[]): boolean {
  const subject = decodedHeader(headers, 'subject');
  if (headerValue(headers, 'x-aol-ip') !== '') return false;
  return subject.startsWith('Warning: ') || subject.endsWith('see transcript for details');
}

/**
 * Sendmail: the "<<< " lines of "----- Transcript of session follows -----" are the remote reply;
 * with a single recipient they go in front of the Diagnostic-Code (which Sendmail cuts to one
 * line), and the first ">>> " line names the command.
 */
export function refineSendmail(report: ParsedReport, text: string): void {
  const start = text.indexOf('   ----- Transcript of session follows -----');
  if (start < 0) return;
  const replies: string[] = [];
  let command = '';
  let session = false;
  let another = '';
  let anotherStatus = '';
  for (const e of text.slice(start).replace(/\r/g, '').split('\n').slice(1)) {
    if (/^-{2,}|^ +-{3,}/.test(e) || e.startsWith('Content-Type:') || /^(?:Reporting-MTA|Final-Recipient):/i.test(e)) break;
    if (e.startsWith(' ')) continue;
    if (e.startsWith('>>> ')) {
      command ||= findCommand(`after ${e.slice(4)}`) ?? '';
    } else if (e.startsWith('<<< ')) {
      if (!replies.includes(e.slice(4))) replies.push(e.slice(4));
    } else if (!session) {
      if (e.startsWith('... while talking to ')) {
        session = true;
        continue;
      }
      if (e.startsWith('<') && /@.*>\.+ /.test(e)) another = e.slice(e.indexOf(' ') + 1);
      else {
        const status = findStatusCode(e) ?? '';
        if ((findReplyCode(e) ?? '').length + status.length > 7) {
          anotherStatus = status;
          another = `${another} ${e}`;
        } else if (/^(?:Message|Warning): /.test(e)) another = `${another} ${e}`;
      }
    }
  }
  // The first status code in the remote server's replies, when they carry one, outranks the one
  // Sendmail wrote in the DSN (Sisimai reads the transcript's diagnosis first).
  const replyStatus = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(replies.join(' '))?.[0] ?? '';
  for (const d of report.deliveries) {
    const diag = d.diagnostic ?? '';
    if (another.trim() !== '' && (diag.trim() === '' || /^\d+$/.test(diag.trim()))) d.diagnostic = another;
    if (replies.length > 0 && report.deliveries.length === 1) {
      d.diagnostic = `${replies.join(' ')} ${d.diagnostic ?? ''}`;
      if (replyStatus) d.status = replyStatus;
    }
    d.diagnostic = sweep(d.diagnostic ?? '');
    d.command ??= command || findCommand(d.diagnostic) || (replies.length > 0 ? 'EHLO' : undefined);
    if (anotherStatus && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(d.status ?? '')) d.status = anotherStatus;
    if (d.recipient.startsWith('@')) d.recipient = firstAddress(d.diagnostic) || d.recipient;
  }
}

/** Courier's notices (courier/module.dsn). */
export function isCourierNotice(headers: readonly HeaderField[]): boolean {
  const subject = decodedHeader(headers, 'subject');
  return (
    decodedHeader(headers, 'from').includes('Courier mail server at ') ||
    subject.includes('NOTICE: mail delivery status.') ||
    subject.includes('WARNING: delayed mail.') ||
    headerValue(headers, 'message-id').startsWith('<courier.')
  );
}

/** courier/module.esmtp/esmtpclient.c's own texts. */
const COURIER_MESSAGES: readonly (readonly [BounceReason, string])[] = [
  ['hostunknown', 'No such domain.'],
  ['systemerror', "This domain's DNS violates RFC 1035."],
  ['networkerror', 'DNS lookup failed.'],
];

/** Courier: the last ">>> " line names the command; its own texts name the reason. */
export function refineCourier(report: ParsedReport, text: string): void {
  let command = '';
  for (const e of text.replace(/\r/g, '').split('\n')) if (e.startsWith('>>> ')) command = findCommand(`after ${e.slice(4)}`) ?? command;
  for (const d of report.deliveries) {
    if (command) d.command = command;
    const reason = COURIER_MESSAGES.find(([, t]) => (d.diagnostic ?? '').includes(t))?.[0];
    if (reason) d.reason = reason;
  }
}

/** Lines of the notice text that say nothing about the failure (Sisimai `rfc3464` `dontappend`). */
const BOILERPLATE = ['Content-', 'This is a MIME', 'This is a multi', 'This is an auto', 'This multi-part', '###', '***', '--'];

/**
 * Any other DSN with a single recipient: the notice's own text goes in front of the
 * Diagnostic-Code (or replaces it when it already contains it), because it often names the
 * reason the short diagnostic leaves out (Sisimai `rfc3464.Inquire`, `beforemesg`).
 */
export function refineGenericDsn(report: ParsedReport, text: string): void {
  const only = report.deliveries.length === 1 ? report.deliveries[0] : undefined;
  if (!only) return;
  const lead = sweep(
    splitAtOriginal(text)
      .report.split('\n')
      .filter((l) => l.trim() !== '' && !BOILERPLATE.some((b) => l.startsWith(b)) && !/--- (?:The follow|Transcript)/.test(l))
      .join(' '),
  );
  if (lead === '') return;
  const diag = sweep(only.diagnostic ?? '');
  only.diagnostic = diag !== '' && lead.toLowerCase().includes(diag.toLowerCase()) ? lead : sweep(`${lead} ${diag}`);
  if (!only.command) {
    const command = findCommand(lead);
    if (command) only.command = command;
  }
}
