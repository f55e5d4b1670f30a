/**
 * Local delivery agents (procmail, maildrop, Dovecot's LDA, mail.local, vpopmail, vmailmgr): when
 * the diagnostic is theirs, their own messages say the reason, and an unknown one is a mailer
 * error (Sisimai `lda.Find`, tried before the remote-host and phrase tables).
 *
 * Ported from Sisimai (go-sisimai `lda/lib.go`), Copyright (C) 2014-2026 azumakuniyuki and the
 * sisimai development team, BSD 2-Clause License.
 */
import type { BounceReason } from './index.ts';

// prettier-ignore
const AGENTS: readonly (readonly [string, readonly string[], readonly (readonly [BounceReason, readonly string[]])[]])[] = [
  ['dovecot', ['your message to <', '> was automatically rejected:'], [
    ['mailboxfull', ['not enough disk space', 'quota exceeded', 'quota exceeded (mailbox for user is full)']],
    ['userunknown', ["mailbox doesn't exist: "]],
  ]],
  ['mail.local', ['mail.local: '], [
    ['mailboxfull', ['disc quota exceeded', 'mailbox full or quota exceeded']],
    ['systemerror', ['temporary file write error']],
    ['userunknown', [': invalid mailbox path', ': unknown user:', ': user missing home directory', ': user unknown']],
  ]],
  ['procmail', ['procmail: ', '/procmail '], [
    ['mailboxfull', ['quota exceeded while writing', 'user over quota']],
    ['systemerror', ['service unavailable']],
    ['systemfull', ['no space left to finish writing']],
  ]],
  ['maildrop', ['maildrop: '], [
    ['mailboxfull', ['maildir over quota.']],
    ['userunknown', ['cannot find system user', 'invalid user specified.']],
  ]],
  ['vpopmail', ['vdelivermail: '], [
    ['filtered', ['user does not exist, but will deliver to ']],
    ['mailboxfull', ['domain is over quota', 'user is over quota']],
    ['suspend', ['account is locked email bounced']],
    ['userunknown', ['sorry, no mailbox here by that name.']],
  ]],
  ['vmailmgr', ['vdeliver: '], [
    ['mailboxfull', ['delivery failed due to system quota violation']],
    ['userunknown', ['invalid or unknown base user or domain', 'invalid or unknown virtual user', 'user name does not refer to a virtual user']],
  ]],
];

/** The reason a local delivery agent's message gives, or undefined when it is not an LDA's. */
export function ldaReason(diagnostic: string, command: string): BounceReason | undefined {
  if (diagnostic === '' || (command !== '' && command !== 'DATA')) return undefined;
  const text = diagnostic.toLowerCase();
  const agent = AGENTS.find(([, marks]) => marks.some((m) => text.includes(m)));
  if (!agent) return undefined;
  return agent[2].find(([, phrases]) => phrases.some((p) => text.includes(p)))?.[0] ?? 'mailererror';
}
