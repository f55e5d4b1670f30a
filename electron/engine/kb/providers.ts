/**
 * Provider-specific rejection texts: when a large provider (Microsoft 365 / Exchange Online /
 * Outlook.com, Gmail / Google Workspace, Yahoo, ...) answers with one of its documented codes and
 * texts, the reason is known exactly.
 *
 * Ported from Sisimai's Rhost modules (go-sisimai `rhost/for-microsoft.go`, `for-google.go`,
 * `for-yahooinc.go`, ...), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * BSD 2-Clause License. Newer Sisimai names `emailtoolarge`/`ratelimited` are mapped back to
 * `mesgtoobig`/`speeding` of the vocabulary Mailpath uses.
 */
import type { BounceReason } from './index.ts';

export interface ProviderRule {
  /** Exact status (`5.7.509`), or a prefix with an inclusive detail range (`5.7.` 606–649). */
  readonly status: string;
  readonly min?: number;
  readonly max?: number;
  /** Lower-case phrase the diagnostic must contain. */
  readonly phrase: string;
  readonly reason: BounceReason;
}

const r = (status: string, phrase: string, reason: BounceReason, min?: number, max?: number): ProviderRule => ({
  status,
  phrase,
  reason,
  ...(min !== undefined ? { min, max } : {}),
});

/** Microsoft: Exchange Server, Exchange Online (Microsoft 365) and Outlook.com. */
// prettier-ignore
export const MICROSOFT: readonly ProviderRule[] = [
  r('4.7.26', 'must pass either spf or dkim validation, this message is not signed', 'authfailure'),
  r('5.7.23', 'the message was rejected because of sender policy framework violation', 'authfailure'),
  r('5.7.509', 'does not pass dmarc verification', 'authfailure'),
  r('5.7.515', "doesn't meet the required authentication level", 'authfailure'),
  r('4.7.650', 'has been temporarily rate limited due to ip reputation', 'badreputation'),
  r('4.4.2', 'connection dropped', 'blocked'),
  r('4.7.', 'access denied, please try again later', 'blocked', 850, 899),
  r('5.7.25', 'must have a reverse dns record', 'requireptr'),
  r('5.7.506', 'access denied, bad helo', 'blocked'),
  r('5.7.507', 'access denied, rejected by recipient', 'blocked'),
  r('5.7.510', 'does not accept email over ipv6', 'blocked'),
  r('5.7.511', 'access denied, banned sender', 'blocked'),
  r('5.7.513', 'using customer block list', 'blocked'),
  r('5.7.', 'access denied, banned sending ip', 'blocked', 606, 649),
  r('4.7.', 'access denied, please try again later', 'blocked', 500, 699),
  r('5.5.4', 'invalid domain name', 'blocked'),
  r('5.7.1', 'part of their network is on our block list (s3150)', 'blocked'),
  r('5.3.0', 'too many related errors', 'contenterror'),
  r('5.6.11', 'invalid characters', 'contenterror'),
  r('5.4.11', 'agent generated message depth exceeded', 'contenterror'),
  r('5.5.6', 'invalid message content', 'contenterror'),
  r('5.2.3', 'resolver.rst.recipsizelimit; message too large for this recipient', 'exceedlimit'),
  r('5.3.4', 'message size exceeds fixed maximum message size', 'mesgtoobig'),
  r('5.3.4', 'message too big for system', 'mesgtoobig'),
  r('4.4.1', 'connection timed out', 'expired'),
  r('4.4.7', 'message delayed', 'expired'),
  r('4.4.7', 'message expired', 'expired'),
  r('5.4.300', 'message expired', 'expired'),
  r('5.4.316', 'message expired', 'expired'),
  r('4.4.8', ' failed mta-sts validation', 'failedstarttls'),
  r('5.4.8', ' failed mta-sts validation', 'failedstarttls'),
  r('4.4.317', 'starttls is required to send mail', 'failedstarttls'),
  r('5.4.317', 'starttls is required to send mail', 'failedstarttls'),
  r('4.7.5', 'remote certificate failed mta-sts validation', 'failedstarttls'),
  r('5.7.5', 'remote certificate failed mta-sts validation', 'failedstarttls'),
  r('5.7.51', 'restrictdomainstoipaddresses or restrictdomainstocertificate', 'failedstarttls'),
  r('4.7.321', 'starttls-not-supported:', 'failedstarttls'),
  r('5.7.321', 'starttls-not-supported:', 'failedstarttls'),
  r('5.7.322', 'certificate-expired:', 'failedstarttls'),
  r('4.7.323', 'tlsa-invalid:', 'failedstarttls'),
  r('5.7.323', 'tlsa-invalid:', 'failedstarttls'),
  r('4.7.324', 'dnssec-invalid:', 'failedstarttls'),
  r('5.7.324', 'dnssec-invalid:', 'failedstarttls'),
  r('4.7.325', 'certificate-host-mismatch:', 'failedstarttls'),
  r('5.7.325', 'certificate-host-mismatch:', 'failedstarttls'),
  r('5.2.2', 'mailbox full', 'mailboxfull'),
  r('5.4.4', 'smtpsend.dns.nonexistentdomain; nonexistent domain', 'hostunknown'),
  r('5.4.6', 'hop count exceeded - possible mail loop', 'networkerror'),
  r('4.4.312', 'dns query failed', 'networkerror'),
  r('5.4.312', 'dns query failed', 'networkerror'),
  r('4.4.316', 'connection refused', 'networkerror'),
  r('5.4.316', 'connection refused', 'networkerror'),
  r('5.4.4', 'invalid arguments', 'networkerror'),
  r('5.4.6', 'routing loop detected', 'networkerror'),
  r('5.4.14', 'routing loop detected', 'networkerror'),
  r('5.7.1', 'unable to relay', 'norelaying'),
  r('5.4.1', 'relay access denied', 'norelaying'),
  r('5.7.64', 'tenantattribution; relay access denied', 'norelaying'),
  r('5.4.310', 'does not exist', 'hostunknown'),
  r('4.3.2', 'system not accepting network messages', 'notaccept'),
  r('4.4.4', 'hosted tenant which has no mail-enabled subscriptions', 'notaccept'),
  r('5.3.2', 'storedrv.deliver: missing or bad storedriver mdb properties', 'notaccept'),
  r('5.0.350', 'x-dg-ref header is too long', 'policyviolation'),
  r('5.0.350', 'requested action not taken: policy violation detected (as345)', 'policyviolation'),
  r('5.7.', 'delivery not authorized, message refused', 'policyviolation', 900, 999),
  r('5.1.7', 'invalid address', 'rejected'),
  r('5.1.7', 'unknown sender address', 'rejected'),
  r('5.1.0', 'sender denied', 'rejected'),
  r('5.1.8', 'access denied, bad outbound sender', 'rejected'),
  r('5.7.1', 'delivery not authorized', 'rejected'),
  r('5.7.12', 'sender was not authenticated by organization', 'rejected'),
  r('5.7.124', 'sender not in allowed-senders list', 'rejected'),
  r('5.7.133', 'sender not authenticated for group', 'rejected'),
  r('5.7.134', 'sender was not authenticated for mailbox', 'rejected'),
  r('5.7.13', 'sender was not authenticated for public folder', 'rejected'),
  r('5.7.135', 'sender was not authenticated for public folder', 'rejected'),
  r('5.7.136', 'sender was not authenticated', 'rejected'),
  r('5.7.', 'access denied, spam abuse detected', 'rejected', 501, 503),
  r('5.7.512', 'access denied, message must be rfc 5322 section 3.6.2 compliant', 'notcompliantrfc'),
  r('5.7.', 'service unavailable. client blocked from sending from unregistered domains', 'rejected', 750, 750),
  r('5.7.', 'access denied, banned sender', 'rejected', 501, 503),
  r('5.7.3', 'cannot achieve exchange server authentication', 'securityerror'),
  r('5.7.3', 'not authorized', 'securityerror'),
  r('5.7.1', 'client was not authenticated', 'securityerror'),
  r('5.7.57', 'client was not authenticated to send anonymous mail during mail from', 'securityerror'),
  r('5.2.1', 'content filter agent quarantined this message', 'spamdetected'),
  r('5.5.3', 'too many recipients', 'toomanyconn'),
  r('4.3.2', 'storedrv.deliver; recipient thread limit exceeded', 'speeding'),
  r('4.5.3', 'too many recipients', 'toomanyconn'),
  r('4.7.652', 'has exceeded the maximum number of connections', 'toomanyconn'),
  r('5.1.90', 'reached your daily limit for message recipients', 'speeding'),
  r('5.2.2', 'submission quota exceeded', 'speeding'),
  r('5.2.121', "recipient's per hour message receive limit", 'speeding'),
  r('5.2.122', "recipient's per hour message receive limit", 'speeding'),
  r('5.2.122', 'the recipient has exceeded their limit for', 'speeding'),
  r('5.7.508', 'has exceeded permitted limits within', 'speeding'),
  r('5.7.', 'tenant has exceeded threshold', 'speeding', 700, 749),
  r('5.7.', 'traffic not accepted from this ip', 'speeding', 700, 749),
  r('5.7.504', 'recipient address rejected: access denied', 'suspend'),
  r('5.7.505', 'access denied, banned recipient', 'suspend'),
  r('5.2.1', 'mailbox cannot be accessed', 'suspend'),
  r('5.3.3', 'unrecognized command', 'syntaxerror'),
  r('5.5.2', 'send hello first', 'syntaxerror'),
  r('4.3.2', 'service not available', 'systemerror'),
  r('4.3.2', 'service not active', 'systemerror'),
  r('5.3.5', 'system incorrectly configured', 'systemerror'),
  r('5.3.190', 'when journaling archive is disabled', 'systemerror'),
  r('5.0.0', 'helo / ehlo requires domain address', 'systemerror'),
  r('5.1.4', 'destination mailbox address ambiguous', 'systemerror'),
  r('5.2.4', 'mailing list expansion problem', 'systemerror'),
  r('5.2.14', 'misconfigured forwarding address', 'systemerror'),
  r('4.4.', 'message failed to be replicated:', 'systemerror', 22, 28),
  r('4.4.318', '(suspiciousremoteservererror)', 'systemerror'),
  r('5.4.318', '(suspiciousremoteservererror)', 'systemerror'),
  r('4.7.500', 'server busy. please try again later from ', 'systemerror'),
  r('4.7.700', 'pfa agent busy, please try again.', 'systemerror'),
  r('4.3.1', 'insufficient system resources', 'systemfull'),
  r('5.1.1', 'resolver.adr.exrecipnotfound; not found', 'userunknown'),
  r('5.1.1', 'user unknown', 'userunknown'),
  r('5.1.3', 'storedrv.submit; invalid recipient address', 'userunknown'),
  r('5.1.6', 'recipient addresses in single label domains not accepted', 'userunknown'),
  r('5.1.1', 'bad destination mailbox address', 'userunknown'),
  r('5.1.10', 'recipient not found', 'userunknown'),
  r('5.4.1', 'recipient address rejected: access denied', 'userunknown'),
  r('5.5.0', 'requested action not taken: mailbox unavailable', 'userunknown'),
  r('5.1.351', 'remote server returned unknown recipient or mailbox unavailable', 'userunknown'),
];

/** Outlook.com postmaster error codes (RP-, SC-, DY-, OU-) with the reply code they come with. */
// prettier-ignore
export const OUTLOOK_CODES: Readonly<Record<string, { reply: string; reason: BounceReason }>> = {
  'RP-001': { reply: '421', reason: 'badreputation' }, 'RP-002': { reply: '421', reason: 'badreputation' },
  'RP-003': { reply: '421', reason: 'badreputation' }, 'SC-001': { reply: '550', reason: 'badreputation' },
  'SC-002': { reply: '550', reason: 'policyviolation' }, 'SC-003': { reply: '550', reason: 'blocked' },
  'SC-004': { reply: '550', reason: 'blocked' }, 'DY-001': { reply: '550', reason: 'blocked' },
  'DY-002': { reply: '550', reason: 'securityerror' }, 'OU-001': { reply: '550', reason: 'blocked' },
  'OU-002': { reply: '550', reason: 'badreputation' },
};

/** Gmail / Google Workspace: [reply code, status, phrase, reason]. */
// prettier-ignore
export const GOOGLE: readonly (readonly [string, string, string, BounceReason])[] = [
  ['451', '4.7.24', 'the spf record of the sending domain', 'authfailure'],
  ['550', '5.7.24', 'the spf record of the sending domain', 'authfailure'],
  ['421', '4.7.26', 'senders to authenticate with either spf or dkim', 'authfailure'],
  ['550', '5.7.26', 'senders to authenticate with either spf or dkim', 'authfailure'],
  ['550', '5.7.26', 'fails to pass spf checks for an spf record with a hard fail', 'authfailure'],
  ['550', '5.7.26', 'has an spf record with a hard fail policy', 'authfailure'],
  ['451', '4.7.26', "is not accepted due to domain's dmarc policy", 'authfailure'],
  ['550', '5.7.26', "is not accepted due to domain's dmarc policy", 'authfailure'],
  ['550', '5.7.1', 'fails to pass authentication checks', 'authfailure'],
  ['550', '5.7.26', 'fails to pass authentication checks', 'authfailure'],
  ['421', '4.7.27', 'senders to authenticate with spf', 'authfailure'],
  ['421', '4.7.27', 'senders to authenticate their email with spf', 'authfailure'],
  ['550', '5.7.27', 'senders to authenticate with spf', 'authfailure'],
  ['421', '4.7.30', 'senders to authenticate their email with dkim', 'authfailure'],
  ['550', '5.7.30', 'senders to authenticate with dkim', 'authfailure'],
  ['421', '4.7.32', 'aligned with either the authenticated spf or dkim', 'authfailure'],
  ['421', '5.7.32', 'aligned with either the authenticated spf or dkim', 'authfailure'],
  ['421', '4.7.40', 'to add a dmarc record to ', 'authfailure'],
  ['421', '4.7.0', 'very low reputation of the sending ip address', 'badreputation'],
  ['421', '4.7.0', 'very low reputation of the sending domain', 'badreputation'],
  ['550', '5.7.1', 'due to the very low reputation of the sending ip address', 'badreputation'],
  ['550', '5.7.1', 'due to the very low reputation of the sending domain', 'badreputation'],
  ['421', '4.7.0', 'ip not in whitelist for rcpt domain', 'blocked'],
  ['421', '4.7.0', 'try again later, closing connection.', 'blocked'],
  ['501', '5.5.4', 'empty helo/ehlo argument not allowed', 'blocked'],
  ['501', '5.5.4', 'helo/ehlo argument is invalid', 'blocked'],
  ['421', '4.7.0', 'an unusual rate of unsolicited mail', 'blocked'],
  ['421', '4.7.28', 'an unusual rate of mail', 'blocked'],
  ['550', '5.7.1', 'an unusual rate of unsolicited mail', 'blocked'],
  ['550', '5.7.28', 'an unusual rate of unsolicited mail', 'blocked'],
  ['552', '5.2.3', "exceeded google's message size limits", 'exceedlimit'],
  ['552', '5.3.4', "exceeds google's limit of limit attachments.", 'exceedlimit'],
  ['552', '5.3.4', "your message exceeded google's message header size limits", 'exceedlimit'],
  ['552', '5.3.4', 'bytes per individual header size', 'exceedlimit'],
  ['421', '4.7.0', 'connection expired', 'expired'],
  ['451', '4.4.2', 'timeout - closing connection', 'expired'],
  ['530', '5.7.0', 'must issue a starttls command first', 'failedstarttls'],
  ['421', '4.7.0', 'tls required for rcpt domain', 'failedstarttls'],
  ['421', '4.7.29', 'senders to use tls/ssl for smtp', 'failedstarttls'],
  ['550', '5.7.29', 'senders to use tls/ssl for smtp', 'failedstarttls'],
  ['452', '4.2.2', 'inbox is out of storage space', 'mailboxfull'],
  ['552', '5.2.2', 'inbox is out of storage space and inactive', 'mailboxfull'],
  ['452', '4.2.2', 'is over quota', 'mailboxfull'],
  ['552', '5.2.2', 'is over quota', 'mailboxfull'],
  ['550', '5.7.1', 'email quota exceeded', 'mailboxfull'],
  ['552', '5.3.4', "exceeded google's message size limits", 'mesgtoobig'],
  ['552', '5.3.4', "exceeds google's message size limit of", 'mesgtoobig'],
  ['554', '5.4.6', 'message exceeded 50 hops', 'networkerror'],
  ['554', '5.6.0', 'message exceeded 50 hops', 'networkerror'],
  ['550', '5.7.0', 'mail relay denied', 'norelaying'],
  ['550', '5.7.1', 'invalid credentials for relay', 'norelaying'],
  ['550', '5.7.1', 'is not authorized to send email directly to our servers', 'norelaying'],
  ['550', '5.7.1', 'missing a valid address in the from: header', 'notcompliantrfc'],
  ['550', '5.7.1', 'multiple addresses in from: header are not accepted', 'notcompliantrfc'],
  ['550', '5.7.1', 'is not rfc 5322 compliant', 'notcompliantrfc'],
  ['550', '5.7.1', 'missing a valid message-id: header', 'notcompliantrfc'],
  ['550', '5.7.1', 'contains a unicode character in a disallowed header', 'notcompliantrfc'],
  ['550', '5.7.1', 'encoded-word syntax is not permitted', 'notcompliantrfc'],
  ['553', '5.1.7', 'is not a valid rfc 5321 address', 'notcompliantrfc'],
  ['554', '5.6.0', 'mail message is malformed', 'notcompliantrfc'],
  ['552', '5.7.0', 'illegal attachment on your message', 'policyviolation'],
  ['552', '5.7.0', 'blocked because its content presents a potential security issue', 'policyviolation'],
  ['550', '5.7.1', 'you are sending to (or from) has a policy that prohibited', 'policyviolation'],
  ['421', '4.7.28', 'sending messages with the same message-id:', 'policyviolation'],
  ['550', '5.7.0', 'mail sending denied', 'rejected'],
  ['550', '5.7.1', 'unauthenticated email is not accepted', 'rejected'],
  ['421', '4.7.0', 'does not have a ptr record', 'requireptr'],
  ['421', '4.7.23', ' have a ptr record, or the ptr record', 'requireptr'],
  ['550', '5.7.1', 'does not meet ipv6 sending guidelines regarding ptr records and authentication', 'requireptr'],
  ['550', '5.7.25', 'does not have a ptr record', 'requireptr'],
  ['550', '5.7.25', 'does not match the ip address of the hostname', 'requireptr'],
  ['454', '4.7.0', 'too many login attempts', 'securityerror'],
  ['503', '5.7.0', 'no identity changes permitted', 'securityerror'],
  ['530', '5.5.1', 'authentication required.', 'securityerror'],
  ['530', '5.7.0', 'authentication required.', 'securityerror'],
  ['535', '5.7.1', 'application-specific password required', 'securityerror'],
  ['535', '5.7.9', 'application-specific password required', 'securityerror'],
  ['535', '5.7.1', 'please log in with your web browser', 'securityerror'],
  ['534', '5.7.9', 'please log in with your web browser', 'securityerror'],
  ['534', '5.7.14', 'please log in through your web browser', 'securityerror'],
  ['535', '5.7.1', 'username and password not accepted', 'securityerror'],
  ['535', '5.7.8', 'username and password not accepted', 'securityerror'],
  ['421', '4.7.0', 'due to the nature of the content or the links within', 'spamdetected'],
  ['550', '5.7.1', 'likely unsolicited mail', 'spamdetected'],
  ['450', '4.2.1', 'is receiving mail too quickly', 'speeding'],
  ['450', '4.2.1', 'peak smtp relay limit exceeded for customer', 'speeding'],
  ['450', '4.2.1', 'rate that prevents additional messages from being delivered', 'speeding'],
  ['550', '5.2.1', 'rate that prevents additional messages from being delivered', 'speeding'],
  ['550', '5.4.5', 'daily sending quota exceeded', 'speeding'],
  ['550', '5.4.5', 'daily user sending limit exceeded', 'speeding'],
  ['550', '5.4.5', 'daily smtp relay limit exceeded for', 'speeding'],
  ['550', '5.7.1', 'daily smtp relay limit exceeded for', 'speeding'],
  ['550', '5.7.1', 'this mail has been rate limited', 'speeding'],
  ['550', '5.2.1', 'account that you tried to reach is disabled', 'suspend'],
  ['550', '5.2.1', 'account that you tried to reach is inactive', 'suspend'],
  ['421', '4.3.0', 'temporary system problem', 'systemerror'],
  ['421', '4.7.0', 'temporary system problem', 'systemerror'],
  ['421', '4.4.5', 'server busy', 'systemerror'],
  ['451', '4.3.0', 'multiple destination domains per transaction is unsupported', 'systemerror'],
  ['451', '4.3.0', 'mail server temporarily rejected message', 'systemerror'],
  ['452', '4.5.3', 'your message has too many recipients', 'toomanyconn'],
  ['550', '5.5.3', 'too many recipients for this sender', 'toomanyconn'],
  ['550', '5.1.1', 'the email account that you tried to reach does not exist', 'userunknown'],
  ['550', '5.1.1', 'the email account that you tried to reach is not', 'userunknown'],
];

/**
 * Yahoo Inc. (Yahoo, AOL): texts documented at senders.yahooinc.com/smtp-error-codes, in
 * Sisimai's `rhost/for-yahooinc.go` order. Matched on the text alone: the phrases are Yahoo's own.
 */
// prettier-ignore
export const YAHOO: readonly (readonly [string, BounceReason])[] = [
  ['yahoo requires all senders to authenticate with either spf or dkim', 'authfailure'],
  [" because the ip is in spamhaus's list;", 'blocked'],
  ['not accepted from ip addresses on spamhaus xbl', 'blocked'],
  ['relaying denied for ', 'norelaying'],
  ['headers are not rfc compliant', 'notcompliantrfc'],
  ['temporarily deferred due to unexpected volume or user complaints', 'rejected'],
  ['due to unresolvable rfc.5321 domain', 'rejected'],
  [' will be permanently deferred', 'rejected'],
  ['user is receiving mail too quickly', 'speeding'],
  ['this mailbox is disabled', 'suspend'],
  ['max message per connection reached', 'toomanyconn'],
  ["dd this user doesn't have a ", 'userunknown'],
];

function statusMatches(rule: ProviderRule, status: string): boolean {
  if (rule.min === undefined) return rule.status === status;
  if (!status.startsWith(rule.status)) return false;
  const detail = Number(status.slice(rule.status.length));
  return Number.isInteger(detail) && detail >= rule.min && detail <= (rule.max ?? rule.min);
}

/** The reason a provider's documented code and text point at, if any. */
export function providerReason(status: string, reply: string, diagnostic: string): BounceReason | undefined {
  const text = diagnostic.toLowerCase();
  if (status) {
    for (const rule of MICROSOFT) if (statusMatches(rule, status) && text.includes(rule.phrase)) return rule.reason;
    for (const [code, st, phrase, reason] of GOOGLE) {
      if (st === status && (reply === '' || code === reply) && text.includes(phrase)) return reason;
    }
  }
  // Without Yahoo's host in sight, "[TSS04] ... user complaints" is a reputation problem (Sisimai's
  // BadReputation table); the Yahoo rule (rhost.ts) calls it Rejected when Yahoo's MX said it.
  for (const [phrase, reason] of YAHOO) if (reason !== 'rejected' && text.includes(phrase)) return reason;
  for (const [code, v] of Object.entries(OUTLOOK_CODES)) {
    if (diagnostic.includes(code) && (reply === '' || reply === v.reply)) return v.reason;
  }
  return undefined;
}
