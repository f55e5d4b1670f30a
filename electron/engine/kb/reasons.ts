/**
 * The bounce reasons (Sisimai's vocabulary, https://libsisimai.org/en/reason/) with who usually
 * has to act on each. The texts per language live in `texts/reasons-*.ts`.
 */
import type { WhoMustAct } from '../model/finding.ts';
import type { BounceReason } from './index.ts';

/** Every reason, in the order the issue lists them. */
// prettier-ignore
export const BOUNCE_REASONS: readonly BounceReason[] = [
  'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'exceedlimit', 'expired', 'failedstarttls',
  'feedback', 'filtered', 'hasmoved', 'hostunknown', 'mailboxfull', 'mailererror', 'mesgtoobig', 'networkerror',
  'norelaying', 'notaccept', 'notcompliantrfc', 'onhold', 'policyviolation', 'rejected', 'requireptr', 'securityerror',
  'spamdetected', 'speeding', 'suspend', 'syntaxerror', 'systemerror', 'systemfull', 'toomanyconn', 'userunknown',
  'vacation', 'virusdetected', 'undefined',
];

/** Who usually has to act when a delivery failed for this reason. */
// prettier-ignore
export const REASON_WHO: Readonly<Record<BounceReason, WhoMustAct>> = {
  authfailure: 'sender-it', badreputation: 'sender-provider', blocked: 'sender-provider', contenterror: 'sender-it',
  delivered: 'nobody', exceedlimit: 'sender-it', expired: 'recipient-provider', failedstarttls: 'recipient-provider',
  feedback: 'sender-it', filtered: 'recipient', hasmoved: 'recipient', hostunknown: 'sender-it', mailboxfull: 'recipient',
  mailererror: 'recipient-provider', mesgtoobig: 'sender-it', networkerror: 'recipient-provider', norelaying: 'sender-it',
  notaccept: 'recipient-provider', notcompliantrfc: 'sender-it', onhold: 'sender-it', policyviolation: 'recipient-provider',
  rejected: 'sender-it', requireptr: 'sender-provider', securityerror: 'sender-it', spamdetected: 'sender-it',
  speeding: 'sender-it', suspend: 'recipient', syntaxerror: 'sender-it', systemerror: 'recipient-provider',
  systemfull: 'recipient-provider', toomanyconn: 'sender-it', userunknown: 'sender-it', vacation: 'nobody',
  virusdetected: 'sender-it', undefined: 'sender-it',
};

/** Whether a string is one of the reasons. */
export function isBounceReason(s: string): s is BounceReason {
  return (BOUNCE_REASONS as readonly string[]).includes(s);
}

/** Texts of one table entry in one language. */
export interface KbText {
  readonly explanation: string;
  readonly cause: string;
  readonly fix: string;
}
