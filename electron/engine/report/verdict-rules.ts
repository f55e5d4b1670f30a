/**
 * The verdict rule table: which findings decide who must act, in what words, and what to do next.
 * Data, not scattered ifs. Rules are tried in order; the first that matches any error or warning
 * finding decides. Between them they cover every cause in the product brief: a mistyped address,
 * a misconfigured client (or antivirus), the sender's provider blocking or failing, the
 * recipient's MX misconfigured, spam classification (SPF/DKIM/DMARC, blocklists, reverse DNS), a
 * full or disabled mailbox, plain delay, and a message that was delivered (where a POP3 client or
 * a rule may have taken it).
 */
import type { BounceReason } from '../kb/index.ts';
import type { FindingStatus, WhoMustAct } from '../model/finding.ts';

/** One way a finding can match: its id (a trailing `*` matches a prefix), status and params. */
export interface FindingMatcher {
  readonly id: string;
  readonly status?: readonly FindingStatus[];
  /** Every named param must equal one of the values. */
  readonly params?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  /** Who the finding itself says must act. */
  readonly who?: readonly WhoMustAct[];
}

export interface VerdictRule {
  /** Stable id; its texts are `verdict.rule.<id>` and `verdict.rule.<id>.step<N>`. */
  readonly id: string;
  readonly whoMustAct: WhoMustAct;
  readonly match: readonly FindingMatcher[];
  /** How many next steps the catalogue has for this rule. */
  readonly steps: number;
}

const PROBLEM: readonly FindingStatus[] = ['error', 'warning'];
const reasons = (...r: BounceReason[]): readonly string[] => r;

/** Bounce deliveries and log lines with a given reason. */
function byReason(...r: BounceReason[]): FindingMatcher[] {
  return [
    ...r.map((reason) => ({ id: `bounce.delivery.${reason}`, status: PROBLEM })),
    { id: 'log.bounced', status: PROBLEM, params: { reason: reasons(...r) } },
    { id: 'log.deferred', status: PROBLEM, params: { reason: reasons(...r) } },
  ];
}

export const VERDICT_RULES: readonly VerdictRule[] = [
  {
    id: 'address-unknown',
    whoMustAct: 'sender-it',
    steps: 3,
    match: [...byReason('userunknown', 'hostunknown', 'hasmoved'), { id: 'smtp.rcpt.unknown', status: PROBLEM }, { id: 'mx.recipient.nxdomain' }],
  },
  {
    id: 'recipient-domain-mx',
    whoMustAct: 'recipient-provider',
    steps: 3,
    match: [
      ...byReason('notaccept'),
      { id: 'mx.recipient.*', status: PROBLEM },
      { id: 'mx.target.*', status: PROBLEM, who: ['recipient-provider'] },
      { id: 'mx.pattern.mismatch', status: PROBLEM },
    ],
  },
  {
    id: 'blocked-ip',
    whoMustAct: 'sender-provider',
    steps: 3,
    match: [...byReason('blocked', 'badreputation', 'requireptr'), { id: 'reputation.ip.listed', status: PROBLEM }, { id: 'rdns.ptr.missing', status: PROBLEM }],
  },
  {
    id: 'authentication',
    whoMustAct: 'sender-it',
    steps: 3,
    match: [
      ...byReason('authfailure'),
      { id: 'spf.result.fail', status: PROBLEM },
      { id: 'spf.result.softfail', status: PROBLEM },
      { id: 'spf.result.permerror', status: PROBLEM },
      { id: 'spf.record.missing', status: PROBLEM },
      { id: 'spf.record.multiple', status: PROBLEM },
      { id: 'spf.lookups.over-limit', status: PROBLEM },
      { id: 'dmarc.alignment.none', status: PROBLEM },
      { id: 'dmarc.record.missing', status: PROBLEM },
      { id: 'dkim.selector.missing', status: PROBLEM },
      { id: 'dkim.key.revoked', status: PROBLEM },
      { id: 'headers.auth.spf.fail', status: PROBLEM },
      { id: 'headers.auth.dkim.fail', status: PROBLEM },
      { id: 'headers.auth.dmarc.fail', status: PROBLEM },
      { id: 'reputation.domain.listed', status: PROBLEM },
    ],
  },
  {
    id: 'client-config',
    whoMustAct: 'sender-it',
    steps: 3,
    match: [
      { id: 'smtp.auth.refused', status: PROBLEM },
      { id: 'smtp.auth.not-offered*', status: PROBLEM },
      { id: 'smtp.security.plaintext', status: PROBLEM },
      { id: 'smtp.port.25', status: PROBLEM },
      { id: 'smtp.mx.port25-blocked', status: PROBLEM },
      { id: 'smtp.connect.refused', status: PROBLEM },
      { id: 'smtp.connect.timeout', status: PROBLEM },
      { id: 'smtp.connect.unreachable', status: PROBLEM },
      { id: 'smtp.dns.nxdomain', status: PROBLEM },
      { id: 'smtp.starttls.not-offered', status: PROBLEM },
      { id: 'tls.handshake.*', status: PROBLEM },
      { id: 'smtp.rcpt.relay-denied', status: PROBLEM },
      ...byReason('norelaying', 'securityerror', 'failedstarttls', 'syntaxerror'),
    ],
  },
  {
    id: 'sender-provider',
    whoMustAct: 'sender-provider',
    steps: 3,
    match: [
      { id: 'smtp.greeting.unavailable', status: PROBLEM },
      { id: 'smtp.greeting.rejected', status: PROBLEM },
      { id: 'smtp.mail.rejected', status: PROBLEM },
      { id: 'smtp.data.rejected', status: PROBLEM },
      { id: 'smtp.send.failed', status: PROBLEM },
      { id: 'tls.cert.*', status: PROBLEM },
      { id: 'log.expired', status: PROBLEM },
      ...byReason('rejected', 'exceedlimit', 'speeding', 'toomanyconn', 'systemerror', 'systemfull', 'mailererror', 'networkerror', 'expired', 'suspend'),
    ],
  },
  {
    id: 'spam-content',
    whoMustAct: 'sender-it',
    steps: 3,
    match: [...byReason('spamdetected', 'contenterror', 'virusdetected', 'policyviolation', 'filtered', 'notcompliantrfc', 'mesgtoobig'), { id: 'headers.filter.spam', status: PROBLEM }, { id: 'headers.filter.junk', status: PROBLEM }],
  },
  {
    id: 'recipient-mailbox',
    whoMustAct: 'recipient',
    steps: 2,
    match: [...byReason('mailboxfull', 'suspend', 'onhold')],
  },
  {
    id: 'delay',
    whoMustAct: 'recipient-provider',
    steps: 3,
    match: [
      { id: 'smtp.rcpt.greylisted' },
      { id: 'log.deferred', status: PROBLEM },
      { id: 'headers.delay.long', status: PROBLEM },
      { id: 'bounce.delivery.*', status: PROBLEM, params: { action: ['delayed'] } },
    ],
  },
  {
    id: 'delivered',
    whoMustAct: 'recipient-provider',
    steps: 3,
    match: [{ id: 'log.delivered' }, { id: 'smtp.send.queued' }, { id: 'smtp.send.accepted' }],
  },
];
