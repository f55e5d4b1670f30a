/**
 * Decides the bounce reason of one delivery from its status code, reply code, command and
 * diagnostic text.
 *
 * The decision order and the per-reason tests follow Sisimai's `reason.Find`, `anotherone` and the
 * `ProbesInto` functions (go-sisimai `reason/`), Copyright (C) 2014-2026 azumakuniyuki and the
 * sisimai development team, BSD 2-Clause License; reimplemented here in TypeScript.
 */
import type { BounceReason } from './index.ts';
import { includedIn } from './phrases.ts';
import { REPLY_ASSOCIATION, statusReason } from './codes.ts';
import { providerReason } from './providers.ts';

/** What is known of one delivery when its reason is decided. */
export interface ReasonFact {
  /** Enhanced status code, or ''. */
  readonly status: string;
  /** SMTP reply code, or ''. */
  readonly replyCode: string;
  readonly diagnostic: string;
  /** The Diagnostic-Code type (`SMTP`, `X-UNIX`, `X-POSTFIX`), or ''. */
  readonly diagnosticType: string;
  /** The SMTP command that was answered (`RCPT`, `MAIL`, `DATA`, `EHLO`, `CONN`, ...), or ''. */
  readonly command: string;
  /** The DSN Action (`failed`, `delayed`, ...), or ''. */
  readonly action: string;
  /** A reason the bounce's format already told (e.g. Exim's "mailbox is full"). */
  readonly reason?: BounceReason;
}

/** Reasons that may be refined by a closer look (Sisimai `GetRetried`). */
// prettier-ignore
const RETRY: ReadonlySet<string> = new Set([
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'networkerror', 'hostunknown', 'userunknown',
]);
const BEFORE_DATA: ReadonlySet<string> = new Set(['CONN', 'EHLO', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT']);

const explicit = (r: string | undefined): boolean => r !== undefined && r !== '' && r !== 'undefined' && r !== 'onhold';

type Probe = (f: ReasonFact, text: string, named: BounceReason | undefined) => boolean;

const spamProbe: Probe = (f, text, named) => {
  if (f.status === '') return false;
  if (named === 'spamdetected') return true;
  if (BEFORE_DATA.has(f.command)) return false;
  return includedIn('spamdetected', text);
};

/** Sisimai's first pass, in its order: each test may use the status code, the command and the text. */
// prettier-ignore
const FIRST_PASS: readonly (readonly [BounceReason, Probe])[] = [
  ['mailboxfull', (_f, t, n) => n === 'mailboxfull' || includedIn('mailboxfull', t)],
  ['mesgtoobig', (f, t, n) => n === 'mesgtoobig' || (n !== 'exceedlimit' && f.status !== '5.2.3' && includedIn('mesgtoobig', t))],
  ['exceedlimit', (_f, t, n) => n === 'exceedlimit' || includedIn('exceedlimit', t)],
  ['suspend', (f, t) => f.replyCode === '525' || includedIn('suspend', t)],
  ['hasmoved', (_f, t) => includedIn('hasmoved', t)],
  ['norelaying', (f, t) => !['CONN', 'EHLO', 'HELO'].includes(f.command) && includedIn('norelaying', t)],
  ['authfailure', (_f, t, n) => n === 'authfailure' || includedIn('authfailure', t)],
  ['userunknown', (f, t, n) => {
    if (n === 'suspend') return false;
    if (n === 'userunknown') {
      const others: BounceReason[] = ['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'];
      return !others.some((o) => includedIn(o, t));
    }
    return f.command === 'RCPT' && includedIn('userunknown', t);
  }],
  ['filtered', (f, t, n) => {
    if (n === 'suspend') return false;
    if (n === 'filtered') return includedIn('userunknown', t) || includedIn('filtered', t);
    if (BEFORE_DATA.has(f.command)) return false;
    return includedIn('filtered', t) || includedIn('userunknown', t);
  }],
  ['requireptr', (_f, t, n) => n === 'requireptr' || includedIn('requireptr', t)],
  ['notcompliantrfc', (_f, t) => includedIn('notcompliantrfc', t)],
  ['badreputation', (_f, t) => includedIn('badreputation', t)],
  ['contenterror', (f, t, n) => !spamProbe(f, t, n) && (n === 'contenterror' || includedIn('contenterror', t))],
  ['rejected', (f, t, n) => {
    if (n === 'rejected') return true;
    const temp = n ?? 'undefined';
    if (f.command === 'MAIL') return includedIn('rejected', t);
    if (f.command === 'DATA' && temp !== 'userunknown') return includedIn('rejected', t);
    if (!explicit(temp) || temp === 'securityerror' || temp === 'systemerror') return includedIn('rejected', t);
    return false;
  }],
  ['hostunknown', (_f, t, n) => (n === 'hostunknown' ? !includedIn('networkerror', t) : includedIn('hostunknown', t))],
  ['spamdetected', spamProbe],
  ['speeding', (_f, t) => includedIn('speeding', t)],
  ['toomanyconn', (_f, t, n) => n === 'toomanyconn' || includedIn('toomanyconn', t)],
  ['blocked', (_f, t, n) => n === 'blocked' || includedIn('blocked', t)],
];

/** Sisimai's fallback pass: text patterns only. */
// prettier-ignore
const SECOND_PASS: readonly BounceReason[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected', 'policyviolation',
  'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'expired',
  'failedstarttls', 'securityerror', 'mailererror',
];

function syntaxErrorByReply(reply: string): boolean {
  const n = Number(reply);
  return (n > 400 && n < 408) || (n > 500 && n < 508);
}

function anotherOne(f: ReasonFact, text: string): BounceReason | '' {
  if (explicit(f.reason)) return f.reason as BounceReason;
  const named = statusReason(f.status);
  // Sisimai's ShouldBeRetried('') is true: a status without a name gets the second pass too.
  if (named === undefined || RETRY.has(named) || f.diagnosticType !== 'SMTP') {
    for (const r of SECOND_PASS) if (includedIn(r, text)) return r;
    if (named) return named;
    const subject = f.status.slice(0, 3);
    if (subject === '5.6' || subject === '4.6') return 'contenterror';
    if (subject === '5.7' || subject === '4.7') return 'securityerror';
    if (f.diagnosticType.toUpperCase().startsWith('X-UNIX')) return 'mailererror';
    if (syntaxErrorByReply(f.replyCode)) return 'syntaxerror';
    if (f.action === 'delayed' || f.action === 'expired') return 'expired';
    if (f.command === 'EHLO' || f.command === 'HELO') return 'blocked';
  }
  return named ?? '';
}

/**
 * The reason of one delivery (Sisimai `reason.Find`, preceded by the provider tables). A reply
 * code tied to one meaning (RFC 4954, RFC 7504, ...) decides what the texts could not
 * (Sisimai `reply.AssociatedWith`, applied after `reason.Find` in `fact.Rise`).
 */
export function classifyReason(f: ReasonFact): BounceReason {
  const reason = findReason(f);
  if (reason !== 'onhold' && reason !== 'undefined') return reason;
  return REPLY_ASSOCIATION[f.replyCode]?.reason ?? reason;
}

function findReason(f: ReasonFact): BounceReason {
  if (f.reason && !RETRY.has(f.reason)) return f.reason;
  if (f.status.startsWith('2.')) return 'delivered';
  const text = f.diagnostic.toLowerCase();

  const provider = providerReason(f.status, f.replyCode, f.diagnostic);
  if (provider) return provider;

  const named = statusReason(f.status);
  if (f.diagnosticType === 'SMTP' || f.diagnosticType === '') {
    for (const [reason, probe] of FIRST_PASS) if (f.reason === reason || probe(f, text, named)) return reason;
  }
  let reason = anotherOne(f, text);
  if (reason === 'undefined') reason = '';
  if (reason === '' && f.action === 'delayed') reason = 'expired';
  if (reason !== '') return reason;
  if (includedIn('vacation', text)) return 'vacation';
  if (f.reason) return f.reason;
  return text.trim() !== '' ? 'onhold' : 'undefined';
}
