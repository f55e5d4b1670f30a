/**
 * SMTP status and reply codes: which reason a code points at, and how to pick codes out of text.
 *
 * The status-to-reason table and the code-picking rules follow Sisimai (go-sisimai `smtp/status`
 * and `smtp/reply`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * BSD 2-Clause License; reimplemented here. Codes: RFC 3463 and the IANA "SMTP Enhanced Status
 * Codes" registry; reply codes: RFC 5321 §4.2, RFC 4954, RFC 7504.
 */
import type { BounceReason } from './index.ts';

/** Enhanced status code → reason (Sisimai `status.Name`). */
// prettier-ignore
const STATUS_REASON: Readonly<Record<string, BounceReason>> = {
  '2.1.5': 'delivered',
  '4.1.6': 'hasmoved', '4.1.7': 'rejected', '4.1.8': 'rejected', '4.1.9': 'systemerror',
  '4.2.1': 'blocked', '4.2.2': 'mailboxfull', '4.2.3': 'exceedlimit', '4.2.4': 'filtered',
  '4.3.1': 'systemfull', '4.3.2': 'notaccept', '4.3.3': 'systemerror', '4.3.5': 'systemerror',
  '4.4.1': 'expired', '4.4.2': 'networkerror', '4.4.3': 'systemerror', '4.4.4': 'networkerror',
  '4.4.5': 'systemfull', '4.4.6': 'networkerror', '4.4.7': 'expired', '4.4.8': 'networkerror',
  '4.5.3': 'systemerror', '4.5.5': 'systemerror',
  '4.6.0': 'contenterror', '4.6.2': 'contenterror', '4.6.5': 'contenterror',
  '4.7.1': 'blocked', '4.7.2': 'blocked', '4.7.5': 'securityerror', '4.7.6': 'securityerror', '4.7.7': 'securityerror',
  '4.7.12': 'securityerror', '4.7.15': 'securityerror', '4.7.16': 'mesgtoobig', '4.7.24': 'authfailure',
  '4.7.25': 'requireptr', '4.7.26': 'authfailure',
  '5.1.0': 'userunknown', '5.1.1': 'userunknown', '5.1.2': 'hostunknown', '5.1.3': 'userunknown', '5.1.4': 'filtered',
  '5.1.6': 'hasmoved', '5.1.7': 'rejected', '5.1.8': 'rejected', '5.1.9': 'systemerror', '5.1.10': 'notaccept',
  '5.2.0': 'filtered', '5.2.1': 'filtered', '5.2.2': 'mailboxfull', '5.2.3': 'exceedlimit', '5.2.4': 'filtered',
  '5.3.0': 'systemerror', '5.3.1': 'systemfull', '5.3.2': 'notaccept', '5.3.3': 'systemerror', '5.3.4': 'mesgtoobig',
  '5.3.5': 'systemerror', '5.4.0': 'networkerror', '5.4.3': 'systemerror', '5.4.4': 'hostunknown',
  '5.5.2': 'syntaxerror', '5.5.3': 'toomanyconn', '5.5.4': 'systemerror', '5.5.5': 'systemerror', '5.5.6': 'syntaxerror',
  '5.6.0': 'contenterror', '5.6.1': 'contenterror', '5.6.2': 'contenterror', '5.6.3': 'contenterror', '5.6.5': 'contenterror',
  '5.6.6': 'contenterror', '5.6.7': 'contenterror', '5.6.8': 'contenterror', '5.6.9': 'contenterror',
  '5.7.0': 'securityerror', '5.7.1': 'securityerror', '5.7.2': 'securityerror', '5.7.3': 'securityerror',
  '5.7.4': 'securityerror', '5.7.5': 'securityerror', '5.7.6': 'securityerror', '5.7.7': 'securityerror',
  '5.7.8': 'securityerror', '5.7.9': 'securityerror', '5.7.10': 'securityerror', '5.7.11': 'securityerror',
  '5.7.13': 'suspend', '5.7.14': 'securityerror', '5.7.15': 'securityerror', '5.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved', '5.7.18': 'hasmoved', '5.7.19': 'securityerror', '5.7.20': 'authfailure', '5.7.21': 'authfailure',
  '5.7.22': 'authfailure', '5.7.23': 'authfailure', '5.7.24': 'authfailure', '5.7.25': 'requireptr',
  '5.7.26': 'authfailure', '5.7.27': 'notaccept', '5.7.28': 'spamdetected', '5.7.29': 'authfailure',
  '5.7.30': 'failedstarttls',
};

/** The reason an enhanced status code points at, or undefined. */
export function statusReason(status: string | undefined): BounceReason | undefined {
  if (!status) return undefined;
  return STATUS_REASON[status];
}

/** Whether `s` looks like an enhanced status code `class.subject.detail`. */
export function isStatusCode(s: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(s);
}

/** Reply codes Sisimai ties to a command and reason (RFC 4954, RFC 5248, RFC 7504). */
// prettier-ignore
export const REPLY_ASSOCIATION: Readonly<Record<string, { command?: string; reason: BounceReason }>> = {
  '422': { command: 'AUTH', reason: 'securityerror' }, '432': { command: 'AUTH', reason: 'securityerror' },
  '451': { reason: 'systemerror' }, '452': { reason: 'systemfull' },
  '500': { reason: 'syntaxerror' }, '501': { reason: 'syntaxerror' }, '502': { reason: 'syntaxerror' },
  '503': { reason: 'syntaxerror' }, '504': { reason: 'syntaxerror' },
  '521': { command: 'CONN', reason: 'notaccept' }, '523': { command: 'AUTH', reason: 'securityerror' },
  '524': { command: 'AUTH', reason: 'securityerror' }, '525': { command: 'AUTH', reason: 'securityerror' },
  '534': { command: 'AUTH', reason: 'securityerror' }, '535': { command: 'AUTH', reason: 'securityerror' },
  '538': { command: 'AUTH', reason: 'securityerror' }, '552': { reason: 'mailboxfull' },
  '556': { command: 'RCPT', reason: 'notaccept' },
};

// prettier-ignore
const REPLY2 = ['211', '214', '220', '221', '235', '250', '251', '252', '253', '334', '354'];
// prettier-ignore
const REPLY4 = ['421', '450', '451', '452', '422', '430', '432', '453', '454', '455', '458', '459'];
// prettier-ignore
const REPLY5 = ['550', '552', '553', '551', '521', '525', '523', '524', '530', '533', '534', '535', '538', '555', '556', '554', '500', '501', '502', '503', '504'];

/** Whether `code` is a valid SMTP reply code (Sisimai `reply.Test`). */
export function isReplyCode(code: string): boolean {
  if (!/^\d{3}$/.test(code)) return false;
  const n = Number(code);
  if (n < 211 || n > 556 || n % 100 > 59) return false;
  if (Math.floor(n / 100) === 2) return n === 235 || (n <= 253 && !(n > 221 && n < 250));
  if (Math.floor(n / 100) === 3) return n === 334 || n === 354;
  return true;
}

const isDigitish = (c: string | undefined): boolean => c !== undefined && c >= '.' && c <= '9' && c !== '/';

/** The first SMTP reply code in `text`, preferring the class of `hint` (a status or a digit). */
export function findReplyCode(text: string, hint = ''): string | undefined {
  if (text.length < 3 || /x-unix/i.test(text)) return undefined;
  const s = ` ${text} `;
  const cls = hint.charAt(0);
  const codes = cls === '2' ? REPLY2 : cls === '4' ? REPLY4 : cls === '5' ? REPLY5 : [...REPLY5, ...REPLY4, ...REPLY2];
  for (const code of codes) {
    let at = s.indexOf(code, 1);
    while (at > 0) {
      if (!isDigitish(s[at - 1]) && !isDigitish(s[at + 3])) return code;
      at = s.indexOf(code, at + 3);
    }
  }
  return undefined;
}

/** All enhanced status codes in `text`, in order of appearance (IPv4 addresses masked first). */
export function statusCodesIn(text: string, cls = ''): string[] {
  const masked = ` ${text.replace(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g, '***.***.***.***')} `;
  const re =
    cls === '2' || cls === '4' || cls === '5'
      ? new RegExp(`(?<![\\d.vV])${cls}\\.[0-7]\\.\\d{1,3}(?![\\d])`, 'g')
      : /(?<![\d.vV])[245]\.[0-7]\.\d{1,3}(?!\d)/g;
  return [...masked.matchAll(re)].map((m) => m[0]);
}

/**
 * Picks the enhanced status code of a diagnostic text (Sisimai `status.Find`): `X.0.0` and `4.4.7`
 * only when nothing more specific is there.
 */
export function findStatusCode(text: string, hint = ''): string | undefined {
  if (text.length < 5) return undefined;
  const all = statusCodesIn(text, hint.charAt(0));
  const specific = all.filter((c) => !/^\d\.0\.0$/.test(c) && c !== '4.4.7');
  const pool = specific.length > 0 ? specific : all;
  if (pool.length === 0) return undefined;
  return pool.reduce((a, b) => preferStatus(a, b, ''));
}

/** Chooses between the Status: field and a code found in the text (Sisimai `status.Prefer`). */
export function preferStatus(field: string, inText: string, reply: string): string {
  if (!field) return inText;
  if (!inText) return field;
  if (field.length < 5) return inText;
  if (inText.length < 5) return field;
  if (reply && field[0] !== inText[0]) {
    if (reply[0] === field[0]) return field;
    if (reply[0] === inText[0]) return inText;
  }
  if (field === inText) return field;
  const z1 = [field.indexOf('.0'), inText.indexOf('.0')] as const;
  const z2 = [field.indexOf('.0.0'), inText.indexOf('.0.0')] as const;
  if (z2[0] > 0) return z2[1] < 0 ? inText : field;
  if (z1[0] > 0 && z1[1] < 0) return inText;
  if (z2[1] > 0) return field;
  if (field === '4.4.7' || field === '4.7.0') return inText;
  if (field.startsWith('5.3.')) return inText;
  if (/^\d\.5\.[1245]$/.test(field)) return inText;
  if (field === '5.1.1') return z1[1] > 0 || inText.startsWith('5.5.') ? field : inText;
  if (field === '5.1.3' && inText.startsWith('5.7.')) return inText;
  return field;
}

/** The SMTP command a diagnostic says it answered ("in reply to RCPT TO command", "after RCPT TO:"). */
export function findCommand(text: string): string | undefined {
  const m =
    /(?:in reply to|after|error after|after end of|at)\s+(end of data|data|rcpt to|mail from|rcpt|mail|ehlo|helo|starttls|auth|bdat|connect|initial connection)\b/i.exec(
      text,
    );
  if (!m?.[1]) return undefined;
  const c = m[1].toUpperCase();
  if (c.startsWith('RCPT')) return 'RCPT';
  if (c.startsWith('MAIL')) return 'MAIL';
  if (c === 'END OF DATA') return 'DATA';
  if (c === 'INITIAL CONNECTION' || c === 'CONNECT') return 'CONN';
  return c;
}
