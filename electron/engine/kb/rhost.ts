/**
 * Remote-host rules: when the recipient's domain, the host that answered, or the bouncing host
 * belongs to a provider that documents its own error codes, that provider's table decides the
 * reason (Sisimai's `rhost.Find`, tried before the generic phrase tables).
 *
 * Ported from Sisimai's Rhost modules (go-sisimai `rhost/lib.go`, `for-franceptt.go`,
 * `for-godaddy.go`, `for-cox.go`, `for-iua.go`, `for-spectrum.go`, `for-tencent.go`,
 * `for-mimecast.go`, `for-yahooinc.go`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai
 * development team, BSD 2-Clause License. The codes are the providers' published ones.
 */
import type { BounceReason } from './index.ts';
import { YAHOO } from './providers.ts';

/** Where a delivery went, as far as the bounce tells. */
export interface RhostFact {
  /** The recipient address (its domain part is compared). */
  readonly recipient: string;
  /** The host that answered (Remote-MTA, "host x said"), or ''. */
  readonly remoteHost: string;
  /** The host that wrote the bounce (Reporting-MTA), or ''. */
  readonly localHost: string;
  readonly diagnostic: string;
  readonly replyCode: string;
  /** The enhanced status code, or '' (some providers' rules look at its class). */
  readonly status?: string;
}

type Rule = (f: RhostFact) => BounceReason | undefined;

// prettier-ignore
const CLASSES: readonly (readonly [string, readonly string[]])[] = [
  ['Cox', ['cox.net']], ['FrancePTT', ['.laposte.net', '.orange.fr', '.wanadoo.fr']],
  ['GoDaddy', ['smtp.secureserver.net', 'mailstore1.secureserver.net']], ['GSuite', ['googlemail.com']], ['IUA', ['.email.ua']],
  ['Mimecast', ['.mimecast.com']], ['Spectrum', ['charter.net']], ['Tencent', ['.qq.com']],
  ['YahooInc', ['.yahoodns.net']],
];

// prettier-ignore
const FRANCEPTT: Readonly<Record<string, BounceReason | ''>> = {
  '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '105': '', '107': '', '108': '',
  '109': '', '201': '', '305': 'securityerror', '401': 'authfailure', '402': 'securityerror', '403': 'rejected',
  '405': 'rejected', '415': 'rejected', '416': 'userunknown', '417': 'mailboxfull', '420': 'suspend',
  '421': 'rejected', '423': '', '424': '', '426': 'suspend', '505': 'systemerror', '506': 'spamdetected',
  '510': 'blocked', '513': '', '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation', '999': 'blocked',
};

const francePtt: Rule = (f) => {
  const text = f.diagnostic.toLowerCase().replace(/_/g, '-');
  for (const label of ['lpn', 'lpnaaa', 'ofr', 'ouk']) {
    const at = text.lastIndexOf(label);
    if (at < 0) continue;
    const full = text.includes(`${label}-`) ? `${label}-` : label;
    const lhs = text.slice(at + full.length - 1).split(' ')[0] ?? '';
    for (const [code, reason] of Object.entries(FRANCEPTT)) if (lhs.endsWith(code)) return reason || undefined;
    break;
  }
  return text.includes('spf/dns de votre nom de domaine') ? 'authfailure' : undefined;
};

// prettier-ignore
const GODADDY_CODES: Readonly<Record<string, BounceReason>> = {
  IB401: 'securityerror', IB501: 'notcompliantrfc', IB502: 'notcompliantrfc', IB506: 'rejected', IB508: 'authfailure',
  IB108: 'requireptr', IB212: 'spamdetected', IB705: 'virusdetected', IB605: 'toomanyconn', IB007: 'toomanyconn',
  IB101: 'speeding', IB110: 'blocked', IB111: 'blocked', IB112: 'blocked', IB113: 'blocked', IB504: 'speeding',
  IB510: 'speeding', IB607: 'speeding', IB103: 'badreputation', IB104: 'blocked', IB105: 'blocked', IB106: 'blocked',
};
// prettier-ignore
const GODADDY_TEXTS: readonly (readonly [string, BounceReason])[] = [
  ['rbl reject', 'blocked'], ['www.spamhaus.org/query/bl?ip=', 'blocked'], ['has been in the queue too long', 'expired'],
  ['delivery timeout', 'expired'], ['account storage limit', 'mailboxfull'],
  ['message rejected for spam or virus content', 'spamdetected'], ['account disabled', 'suspend'],
  ['message is looping', 'systemerror'], ['recipient not found', 'userunknown'], ['account does not exist', 'userunknown'],
];
const goDaddy: Rule = (f) => {
  const label = /\sIB(\d{3})(?=\s|$|\.)/.exec(f.diagnostic)?.[1];
  const coded = label ? GODADDY_CODES[`IB${label}`] : undefined;
  if (coded) return coded;
  const text = f.diagnostic.toLowerCase();
  return GODADDY_TEXTS.find(([p]) => text.includes(p))?.[1];
};

// prettier-ignore
const COX_CODES: Readonly<Record<string, BounceReason>> = {
  CXBL: 'blocked', CXDNS: 'requireptr', CXSNDR: 'authfailure', CXSMTP: 'rejected', CXCNCT: 'toomanyconn',
  CXMXRT: 'toomanyconn', CDRBL: 'blocked', CXTHRT: 'securityerror', CXMJ: 'securityerror', IPBL0001: 'blocked',
  IPBL0010: 'blocked', IPBL0100: 'blocked', IPBL0011: 'blocked', IPBL0101: 'blocked', IPBL0110: 'blocked',
  IPBL0111: 'blocked', IPBL1000: 'blocked', IPBL1001: 'blocked', IPBL1010: 'blocked', IPBL1011: 'blocked',
  IPBL1100: 'blocked', IPBL1101: 'blocked', IPBL1110: 'blocked', IPBL1111: 'blocked', IPBL00001: 'blocked',
  URLBL011: 'spamdetected', URLBL101: 'spamdetected', URLBL110: 'spamdetected', URLBL1001: 'spamdetected',
};
// prettier-ignore
const COX_TEXTS: readonly (readonly [string, BounceReason])[] = [
  ['cox too many bad commands from', 'blocked'], ['too many invalid recipients', 'blocked'],
  ['dns check failure - try again later', 'requireptr'], ['rejected - no rdns', 'requireptr'],
  ['esmtp no data before greeting', 'policyviolation'], ['attachment extension is forbidden', 'policyviolation'],
  ['sender rejected', 'rejected'], ['esmtp server temporarily not available', 'systemerror'],
  ['too many sessions from', 'toomanyconn'], ['requested action aborted: try again later', 'toomanyconn'],
  ['message threshold exceeded', 'toomanyconn'], ['recipient rejected', 'userunknown'],
];
const cox: Rule = (f) => {
  const code = /AUP#([^\s]+)/.exec(`${f.diagnostic} `)?.[1] ?? '';
  if (COX_CODES[code]) return COX_CODES[code];
  const text = f.diagnostic.toLowerCase();
  return COX_TEXTS.find(([p]) => text.includes(p))?.[1];
};

// prettier-ignore
const IUA_CODES: Readonly<Record<string, BounceReason>> = {
  '1': 'norelaying', '2': 'userunknown', '3': 'suspend', '4': 'mailboxfull', '5': 'toomanyconn', '6': 'norelaying',
  '7': 'blocked', '8': 'rejected', '9': 'blocked', '10': 'filtered',
};
const iua: Rule = (f) => IUA_CODES[/\.i\.ua\/err\/([^/]+)\//.exec(f.diagnostic.toLowerCase())?.[1] ?? ''];

// prettier-ignore
const SPECTRUM: readonly (readonly [number, number, BounceReason])[] = [
  [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
  [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'], [1200, 1210, 'blocked'], [1220, 1250, 'blocked'],
  [1260, 1260, 'networkerror'], [1300, 1340, 'toomanyconn'], [1350, 1490, 'speeding'], [1500, 1500, 'rejected'],
  [1520, 1520, 'rejected'], [1530, 1530, 'mesgtoobig'], [1540, 1540, 'speeding'], [1550, 1550, 'speeding'],
  [1560, 1560, 'policyviolation'], [1580, 1580, 'speeding'],
];
const spectrum: Rule = (f) => {
  const code = /AUP#\D*(\d{4})/.exec(f.diagnostic)?.[1];
  if (!code) return undefined;
  const n = Number(code);
  return SPECTRUM.find(([lo, hi]) => n >= lo && n <= hi)?.[2];
};

// prettier-ignore
const TENCENT: readonly (readonly [string, BounceReason])[] = [
  ['spf check failed', 'authfailure'], ['dmarc check failed', 'authfailure'], ['suspected bounce attacks', 'blocked'],
  ['suspected spam ip', 'blocked'], ['connection denied', 'blocked'], ['message too large', 'mesgtoobig'],
  ['suspected spam', 'rejected'], ['mail is rejected by recipients', 'rejected'],
  ['spam is embedded in the email', 'spamdetected'], ['mail content denied', 'spamdetected'],
  ['mailbox unavailable or access denined', 'speeding'], ['frequency of receiving messages is limited', 'speeding'],
  ['is a deactivated mailbox', 'suspend'], ['bad address syntax', 'syntaxerror'], ['ip frequency limited', 'toomanyconn'],
  ['domain frequency limited', 'toomanyconn'], ['sender frequency limited', 'toomanyconn'],
  ['connection frequency limited', 'toomanyconn'], ['mailbox not found', 'userunknown'],
];
const tencent: Rule = (f) => {
  const text = f.diagnostic.toLowerCase();
  // "suspected spam ip" is Blocked; test the longer phrases first.
  const hit = [...TENCENT].sort((a, b) => b[0].length - a[0].length).find(([p]) => text.includes(p));
  return hit?.[1];
};

// prettier-ignore
const MIMECAST: readonly (readonly [string, string, BounceReason])[] = [
  ['550', 'spf sender invalid - envelope rejected', 'authfailure'], ['550', 'dkim sender invalid - envelope rejected', 'authfailure'],
  ['550', 'dmarc sender invalid - envelope rejected', 'authfailure'], ['451', 'internal resources are temporarily unavailable', 'badreputation'],
  ['550', 'local ct ip reputation - (reject)', 'badreputation'], ['421', 'sender address blocked', 'blocked'],
  ['451', 'recipient temporarily unavailable', 'blocked'], ['451', 'ip temporarily blacklisted', 'blocked'],
  ['553', 'this route requires encryption (tls)', 'failedstarttls'], ['553', 'this route requires tls version 1.2 or greater', 'failedstarttls'],
  ['553', 'this route requires high-strength ciphers', 'failedstarttls'], ['554', 'configuration is invalid for this certificate', 'failedstarttls'],
  ['554', 'maximum email size exceeded', 'mesgtoobig'], ['451', 'the incorrect hostname used for inbounds', 'networkerror'],
  ['550', 'the incorrect hostname used for inbounds', 'networkerror'], ['554', 'mail loop detected', 'networkerror'],
  ['451', 'open relay not allowed', 'norelaying'], ['451', 'open relay is not allowed', 'norelaying'],
  ['451', 'account inbounds disabled', 'notaccept'], ['550', 'anti-spoofing policy - inbound not allowed', 'policyviolation'],
  ['550', 'rejected by header-based anti-spoofing policy', 'policyviolation'], ['554', 'host network not allowed', 'policyviolation'],
  ['554', 'host network, not allowed', 'policyviolation'], ['550', 'administrative prohibition envelope blocked', 'rejected'],
  ['550', 'envelope blocked - user entry', 'rejected'], ['550', 'envelope blocked - user domain entry', 'rejected'],
  ['550', 'envelope rejected - block policy for envelope from address', 'rejected'],
  ['535', 'incorrect authentication data', 'securityerror'], ['550', 'submitter failed to authenticate', 'securityerror'],
  ['451', 'unable to process connection at this time', 'systemerror'], ['451', 'message ended early', 'systemerror'],
  ['451', 'unable to process command', 'systemerror'], ['451', 'account service is temporarily unavailable', 'toomanyconn'],
  ['452', 'too many recipients', 'toomanyconn'], ['550', 'exceeding outbound thread limit', 'toomanyconn'],
  ['501', 'invalid address', 'userunknown'], ['503', 'user unknown', 'userunknown'], ['550', 'invalid recipient', 'userunknown'],
];
const mimecast: Rule = (f) => {
  if (!/^[245]\d\d$/.test(f.replyCode)) return undefined;
  const text = f.diagnostic.toLowerCase();
  return MIMECAST.find(([code, p]) => code === f.replyCode && text.includes(p))?.[2];
};

const yahoo: Rule = (f) => {
  const text = f.diagnostic.toLowerCase();
  if (text.includes(' is no longer valid.')) return 'suspend';
  if (text.includes('mailbox not found')) return 'userunknown';
  return YAHOO.find(([p]) => text.includes(p))?.[1];
};

/** Google Workspace notices (Reporting-MTA googlemail.com): Sisimai `rhost/for-gsuite.go`. */
const GSUITE: readonly (readonly [BounceReason, readonly string[]])[] = [
  ['hostunknown', [' responded with code NXDOMAIN', 'Domain name not found']],
  ['networkerror', [' had no relevant answers.', 'responded with code NXDOMAIN', 'Domain name not found']],
  ['notaccept', ['Null MX']],
  ['userunknown', ["because the address couldn't be found. Check for typos or unnecessary spaces and try again."]],
];
const gsuite: Rule = (f) => {
  const status = /^[245]/.exec(f.status ?? '')?.[0] ?? '';
  const reply = f.replyCode.charAt(0);
  for (const [reason, texts] of GSUITE) {
    if (!texts.some((t) => f.diagnostic.includes(t))) continue;
    if (reason === 'networkerror' && (status === '5' || reply === '5')) continue;
    if (reason === 'hostunknown' && (status === '4' || status === '' || reply === '4' || reply === '')) continue;
    return reason;
  }
  return undefined;
};

const RULES: Readonly<Record<string, Rule>> = {
  Cox: cox,
  FrancePTT: francePtt,
  GoDaddy: goDaddy,
  GSuite: gsuite,
  IUA: iua,
  Mimecast: mimecast,
  Spectrum: spectrum,
  Tencent: tencent,
  YahooInc: yahoo,
};

/** The provider class of a delivery (Sisimai `rhost.Name`), or ''. */
export function rhostClass(f: RhostFact): string {
  const domain = (f.recipient.split('@')[1] ?? '').toLowerCase();
  if (domain) for (const [name, hosts] of CLASSES) if (hosts.some((h) => h.endsWith(domain))) return name;
  const remote = f.remoteHost.toLowerCase();
  if (remote) for (const [name, hosts] of CLASSES) if (hosts.some((h) => remote.endsWith(h))) return name;
  const local = f.localHost.toLowerCase();
  if (local) for (const [name, hosts] of CLASSES) if (hosts.some((h) => local.endsWith(h))) return name;
  return '';
}

/** The reason the provider's own codes give (Sisimai `rhost.Find`), or undefined. */
export function rhostReason(f: RhostFact): BounceReason | undefined {
  if (f.diagnostic === '') return undefined;
  const name = rhostClass(f);
  return name ? RULES[name]?.(f) : undefined;
}
