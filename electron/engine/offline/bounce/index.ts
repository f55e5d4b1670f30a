/**
 * The bounce reader (`mailpath bounce`): reads a bounce, delay notice, auto-reply or any other
 * message, offline, and says for each recipient what happened, why, and who must act.
 *
 * Order of evidence: RFC 3464 delivery-status parts first (§2.3 per-recipient fields); when they
 * are missing, empty or malformed, the text of the report is read with the format parsers of the
 * MTAs and services that send non-standard bounces (see lhost-*.ts). A message that is neither a
 * bounce nor an auto-reply is reported as `not-a-bounce`.
 */
import type { Lang } from '../../i18n/index.ts';
import { makeFinding } from '../../i18n/index.ts';
import type { Finding } from '../../model/finding.ts';
import { feedbackDeliveries } from './arf.ts';
import { finishDelivery } from './deliveries.ts';
import { isAutoReply, looksLikeBounce } from './detect.ts';
import { parseExchange, parseExchange2003, parseGoogle, parseDomino, parseTranscript } from './lhost-vendor.ts';
import { parseExim, parsePostfixText, parseSendmailText } from './lhost-unix.ts';
import { parseQmail } from './lhost-qmail.ts';
import { parseEZweb, parseKDDI } from './lhost-asia.ts';
import {
  parseActivehunter,
  parseApacheJames,
  parseDragonFly,
  parseEinsUndEins,
  parseIMailServer,
  parseOpenSMTPD,
  parseV5sendmail,
} from './lhost-misc.ts';
import { parseAmazonSesJson } from './lhost-amazonses.ts';
import { parseGMX, parseMailFoundry, parseNotes, parseVerizon, parseX1, parseX3, parseX6, parseZoho } from './lhost-more.ts';
import type { VendorParser } from './vendor-kit.ts';
import type { HeaderField, MailParts } from './mime.ts';
import { decodedHeader, headerValue, parseMail } from './mime.ts';
import { findOriginal } from './original.ts';
import { hasDsnFields, parseDeliveryStatus } from './rfc3464.ts';
import { isCourierNotice, isSendmailNotice, refineCourier, refineGenericDsn, refineSendmail } from './refine.ts';
import { splitMbox } from './mbox.ts';
import { firstAddress, splitAtOriginal, sweep } from './text-util.ts';
import type { BounceDelivery, BounceKind, BounceResult, ParsedReport, RawDelivery } from './types.ts';

export type { BounceDelivery, BounceKind, BounceResult, OriginalMessage } from './types.ts';
export { splitMbox } from './mbox.ts';

const TEXT_PARSERS: readonly ((text: string) => ParsedReport | undefined)[] = [
  parseExim,
  parseQmail,
  parsePostfixText,
  parseSendmailText,
  parseExchange2003,
  parseExchange,
  parseGoogle,
  parseDomino,
  parseTranscript,
];

/**
 * Formats recognised by their headers (Sisimai's Lhost modules): tried before the generic
 * delivery-status reading, because their own texts say more than their (often absent) DSN.
 */
const VENDOR_PARSERS: readonly VendorParser[] = [
  parseAmazonSesJson,
  parseActivehunter,
  parseApacheJames,
  parseDragonFly,
  parseEinsUndEins,
  parseEZweb,
  parseKDDI,
  parseIMailServer,
  parseOpenSMTPD,
  parseV5sendmail,
  parseGMX,
  parseMailFoundry,
  parseNotes,
  parseVerizon,
  parseZoho,
  parseX1,
  parseX3,
  parseX6,
];

/** A DSN whose recipients lack a diagnostic: the text part often has the better one. */
function enrichFromText(report: ParsedReport, text: string): boolean {
  let textual: ParsedReport | undefined;
  for (const p of TEXT_PARSERS) {
    textual = p(text);
    if (textual) break;
  }
  if (!textual) return false;
  for (const d of report.deliveries) {
    const t =
      textual.deliveries.find((x) => x.recipient.toLowerCase() === d.recipient.toLowerCase()) ??
      (textual.deliveries.length === 1 && report.deliveries.length === 1 ? textual.deliveries[0] : undefined);
    if (!t) continue;
    const dsnDiag = d.diagnostic ?? '';
    const textDiag = t.diagnostic ?? '';
    if (dsnDiag === '' || /^\d{3}$/.test(dsnDiag) || (textDiag.length > dsnDiag.length && textDiag.includes(dsnDiag)))
      d.diagnostic = textDiag || dsnDiag;
    // Google's notice texts are not its DSN's reasons (Sisimai reads such a notice as RFC 3464 only).
    if (textual.format !== 'googleworkspace') d.reason ??= t.reason;
    d.remoteMta ??= t.remoteMta;
    d.command ??= t.command;
  }
  return true;
}

/** Recipients a bounce names only in X-Failed-Recipients, with the first SMTP-looking line as text. */
function fallbackDeliveries(headers: readonly HeaderField[], text: string): ParsedReport | undefined {
  const failed = headerValue(headers, 'x-failed-recipients');
  if (failed === '') return undefined;
  const { report } = splitAtOriginal(text);
  const line = report.split('\n').find((l) => /\b[45]\d{2}[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(l)) ?? sweep(report).slice(0, 500);
  const deliveries = failed
    .split(',')
    .map((a) => firstAddress(a))
    .filter((a) => a !== '')
    .map((recipient): RawDelivery => ({ recipient, diagnostic: sweep(line) }));
  return deliveries.length > 0 ? { format: 'x-failed-recipients', deliveries } : undefined;
}

/**
 * A Final-Recipient that is no mail address (Exim's "save to /var/mail/...", a pipe): the
 * X-Failed-Recipients header says which address it was.
 */
function addressRecipients(report: ParsedReport, headers: readonly HeaderField[]): void {
  const failed = headerValue(headers, 'x-failed-recipients')
    .split(',')
    .map((a) => firstAddress(a))
    .filter((a) => a !== '');
  report.deliveries.forEach((d, i) => {
    // "|/usr/bin/cmd user@example.org ..." names a pipe, not a mailbox, even with an @ in it.
    if (!d.recipient.includes('@') || /^[|/]/.test(d.recipient)) d.recipient = failed[i] ?? failed[0] ?? d.recipient;
  });
}

/** Recipients a format parser could not name: X-Failed-Recipients says who they were. */
function fillRecipients(report: ParsedReport, headers: readonly HeaderField[]): ParsedReport {
  const failed = headerValue(headers, 'x-failed-recipients')
    .split(',')
    .map((a) => firstAddress(a))
    .filter((a) => a !== '');
  report.deliveries.forEach((d, i) => {
    if (d.recipient === '') d.recipient = failed[i] ?? failed[0] ?? '';
    else if (!d.recipient.includes('@'))
      d.recipient = failed.find((a) => a.toLowerCase().startsWith(`${d.recipient.toLowerCase()}@`)) ?? failed[i] ?? '';
  });
  return report;
}

function parseReport(mail: MailParts): ParsedReport | undefined {
  const feedback = feedbackDeliveries(mail);
  if (feedback) return feedback;
  for (const parse of VENDOR_PARSERS) {
    const found = parse(mail);
    if (found && found.deliveries.length > 0) return fillRecipients(found, mail.headers);
  }
  const dsnTexts = [...mail.deliveryStatus];
  if (dsnTexts.length === 0 && hasDsnFields(mail.text)) dsnTexts.push(mail.text);
  const dsn = parseDeliveryStatus(dsnTexts);
  const bouncy = looksLikeBounce(mail.headers, mail.text, mail.reportType);
  if (dsn) {
    addressRecipients(dsn, mail.headers);
    if (isSendmailNotice(mail.headers)) refineSendmail(dsn, mail.text);
    else if (isCourierNotice(mail.headers)) refineCourier(dsn, mail.text);
    else if (!(bouncy && enrichFromText(dsn, mail.text)) && !mail.htmlOnly) refineGenericDsn(dsn, mail.text);
    return dsn;
  }
  if (!bouncy) return undefined;
  for (const parse of TEXT_PARSERS) {
    const found = parse(mail.text);
    if (found && found.deliveries.length > 0) return fillRecipients(found, mail.headers);
  }
  return fallbackDeliveries(mail.headers, mail.text) ?? unavailableReport(mail);
}

/**
 * Postfix's "--- Delivery report unavailable ---" (bounce_notify_util.c): no recipient is named,
 * so the returned message's To: says who it was (as Sisimai reads it).
 */
function unavailableReport(mail: MailParts): ParsedReport | undefined {
  if (!/--- Delivery report unavailable ---/i.test(mail.text)) return undefined;
  const to = mail.original.map((o) => /^To:[ \t]*(.+)$/im.exec(o)?.[1] ?? '').find((v) => v !== '') ?? '';
  const recipient = firstAddress(to);
  return recipient ? { format: 'postfix', deliveries: [{ recipient, diagnostic: '', action: 'failed' }] } : undefined;
}

function kindOf(deliveries: readonly BounceDelivery[]): BounceKind {
  if (deliveries.some((d) => d.action === 'failed')) return 'bounce';
  if (deliveries.some((d) => d.action === 'delayed')) return 'delay';
  return 'not-a-bounce';
}

function autoReply(mail: MailParts, lang: Lang): { delivery: BounceDelivery; finding: Finding } | undefined {
  if (!isAutoReply(mail.headers)) return undefined;
  const recipient = firstAddress(headerValue(mail.headers, 'from')) || firstAddress(headerValue(mail.headers, 'return-path'));
  if (!recipient) return undefined;
  return finishDelivery({ recipient, reason: 'vacation', action: 'delivered', diagnostic: sweep(mail.text).slice(0, 500) }, lang);
}

/** Reads one message (an .eml or pasted text). */
export async function readBounce(input: string | Uint8Array, lang: Lang): Promise<BounceResult> {
  let mail: MailParts;
  try {
    mail = await parseMail(input);
  } catch {
    // Not parseable as MIME at all: read it as plain text without headers.
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
    mail = {
      headers: [],
      text: text.replace(/\r\n?/g, '\n'),
      htmlOnly: false,
      deliveryStatus: [],
      feedback: [],
      original: [],
      reportType: '',
    };
  }
  const original = findOriginal(mail.headers, mail.original, mail.text);
  const report = parseReport(mail);
  if (report) {
    const built = report.deliveries
      .filter((d) => d.recipient !== '')
      .map((d) => finishDelivery(report.reportingMta && !d.localHost ? { ...d, localHost: report.reportingMta } : d, lang));
    if (built.length > 0) {
      const deliveries = built.map((b) => b.delivery);
      return { kind: kindOf(deliveries), deliveries, original, findings: built.map((b) => b.finding) };
    }
  }
  const auto = autoReply(mail, lang);
  if (auto) {
    const subject = decodedHeader(mail.headers, 'subject');
    const origSubject = /^[^:]{2,40}:\s*(.+)$/.exec(subject)?.[1] ?? null;
    return {
      kind: 'autoreply',
      deliveries: [auto.delivery],
      original: { ...original, subject: original.subject ?? origSubject, to: original.to ?? auto.delivery.recipient },
      findings: [auto.finding],
    };
  }
  const subject = decodedHeader(mail.headers, 'subject');
  const notBounce = makeFinding(lang, {
    id: 'bounce.not-a-bounce',
    check: 'bounce',
    status: 'info',
    whoMustAct: 'nobody',
    params: { subject: subject || '–', from: decodedHeader(mail.headers, 'from') || '–' },
    evidence: [{ kind: 'header', name: 'Subject', value: subject }],
  });
  return {
    kind: 'not-a-bounce',
    deliveries: [],
    original: { messageId: null, date: null, from: null, to: null, subject: null },
    findings: [notBounce],
  };
}

/** Reads every message of an mbox file (or a single message when the input is not an mbox). */
export async function readMbox(input: string | Uint8Array, lang: Lang): Promise<BounceResult[]> {
  const out: BounceResult[] = [];
  for (const message of splitMbox(input)) out.push(await readBounce(message, lang));
  return out;
}
