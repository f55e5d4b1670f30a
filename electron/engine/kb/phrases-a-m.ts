/**
 * Error-message phrase tables, reasons a–m (see phrases.ts).
 *
 * Ported from Sisimai (https://libsisimai.org/, go-sisimai `reason/why-*.go` and rb-sisimai
 * `lib/sisimai/reason/*.rb`), Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team,
 * distributed under the BSD 2-Clause License. The phrases are data collected by that project from
 * real bounce messages; the matching code around them is Mailpath's own.
 *
 * Every phrase is lower-case and matched against the lower-cased diagnostic text. `index` entries
 * match as substrings; each `pairs` entry matches when its parts occur in that order (Sisimai's
 * `moji.Aligned`); `isnot` entries veto the reason.
 */
import type { BounceReason } from './index.ts';
import type { PhraseTable } from './phrases.ts';

// prettier-ignore
export const PHRASES_A_M: Partial<Record<BounceReason, PhraseTable>> = {
  authfailure: {
    index: [
      '//spf.pobox.com', 'bad spf records for', 'dmarc policy', "doesn't meet the required authentication level",
      'please inspect your spf settings', 'sender policy framework (spf) fail', 'sender policy framework violation',
      'spf (sender policy framework) domain authentication fail', 'spf check: fail',
      "the 5322.from address doesn't meet the authentication requirements defined for the sender",
      'does not pass dmarc verification', 'fails to pass authentication checks', 'fails to pass spf checks',
      'has an spf record with a hard fail policy', 'senders to authenticate with either spf or dkim',
      'is not accepted due to domain\'s dmarc policy', 'must pass either spf or dkim validation',
      'spf validation failed', 'spf fail', 'spf: fail', 'dkim validation failed', 'dmarc verification failed',
      'rejected due to dmarc', 'dmarc reject', 'failed dmarc', 'dmarc check failed', 'sender is not authorized by spf',
    ],
    pairs: [
      [' is not allowed to send mail.', '_401'],
      ['is not allowed to send from <', " per it's spf record"],
      ['sender ', ' not authorized', 'spf'],
      ['spf', 'does not designate', 'as permitted sender'],
    ],
  },
  badreputation: {
    index: [
      'a poor email reputation score', 'has been temporarily rate limited due to ip reputation',
      'ip/domain reputation problems', 'likely suspicious due to the very low reputation', 'none/bad reputation',
      'temporarily deferred due to unexpected volume or user complaints',
      "the sending mta's poor reputation", 'very low reputation of the sending',
    ],
  },
  blocked: {
    index: [
      ' said: 550 blocked', '//www.spamcop.net/bl.', 'bad sender ip address', 'banned sending ip', 'blacklisted by',
      'blocked using ', 'blocked - see http', 'dnsbl:attrbl', 'client host rejected: abus detecte gu_eib_02',
      'client host rejected: abus detecte gu_eib_04', 'client host rejected: may not be mail exchanger',
      'client host rejected: was not authenticated', 'confirm this mail server', 'connection dropped',
      'connection refused by', 'connection reset by peer', 'connection was dropped by remote host',
      'connections not accepted from ip addresses on spamhaus xbl', 'currently sending spam see: ',
      'domain does not exist:', 'dynamic/zombied/spam ips blocked', 'error: no valid recipients from ',
      'esmtp not accepting connections', 'extreme bad ip profile', 'go away', 'helo command rejected:',
      'host network not allowed', 'hosts with dynamic ip', 'invalid ip for sending mail of domain',
      'is in a black list', 'is not allowed to send mail from', 'mailfrom domain is listed in spamhaus',
      'no access from mail server', 'no matches to nameserver query', 'not currently accepting mail from your ip',
      'part of their network is on our block list', 'please use the smtp server of your isp', 'refused - see http',
      'rejected - multi-blacklist', 'rejected because the sending mta or the sender has not passed validation',
      'rejecting open proxy', 'sender ip address rejected', 'server access forbidden by your ip ',
      'service not available, closing transmission channel',
      'smtp error from remote mail server after initial connection:',
      "sorry, that domain isn't in my list of allowed rcpthosts", 'sorry, your remotehost looks suspiciously like spammer',
      'to submit messages to this e-mail system has been rejected', 'too many spams from your ip',
      'too many unwanted messages have been sent from the following ip address above', 'was blocked by ',
      'we do not accept mail from dynamic ips', 'you are not allowed to connect', 'you are sending spam',
      'your ip address is listed in the rbl', 'your network is temporary blacklisted', 'your server requires confirmation',
      'listed at spamhaus', 'spamhaus.org/query', 'spamhaus.org/lookup', 'check.spamhaus.org', 'zen.spamhaus.org',
      'listed on spamhaus', 'listed in spamhaus', 'barracudacentral.org', 'b.barracudacentral.org', 'bl.spamcop.net',
      'sorbs.net', 'psbl.surriel.com', 'uceprotect', 'spamrats', 'mailspike', 'blocklist.de', 'ip is listed',
      'ip address is blacklisted', 'ip address is blocked', 'ip blacklisted', 'ip blocked', 'on our block list',
      'rbl restriction', 'rbl check', 'dnsbl', 'blacklisted ip', 'blocked by rbl', 'listed in rbl',
    ],
    pairs: [
      ['(', '@', ':blocked)'], ['access from ip address ', ' blocked'], ['client host ', ' blocked using'],
      ['connections will not be accepted from ', " because the ip is in spamhaus's list"],
      ['dnsbl:rbl ', '>_is_blocked'], ['email blocked by ', '.barracudacentral.org'], ['email blocked by ', 'spamhaus'],
      ['host ', ' refused to talk to me: ', ' blocked'], ['ip ', ' is blocked by earthlink'], ['is in an ', 'rbl on '],
      ['mail server at ', ' is blocked'], ['mail from ', ' refused:'], ['mail from ', ' refused, see ', 'orbs'],
      ['message from ', ' rejected based on blacklist'], ['messages from ', ' temporarily deferred due to user complaints'],
      ['server ip ', ' listed as abusive'], ['sorry! your ip address', ' is blocked by rbl'], ['the domain ', ' is blacklisted'],
      ['the email ', ' is blacklisted'], ['the ip', ' is blacklisted'],
      ['veuillez essayer plus tard. service refused, please try later. ', '103'],
      ['veuillez essayer plus tard. service refused, please try later. ', '510'], ['your access ip', ' has been rejected'],
      ["your sender's ip address is listed at ", '.abuseat.org'], ['client host ', ' blocked'],
    ],
  },
  contenterror: {
    index: [
      'duplicate header', 'header size exceeds maximum permitted', 'improper use of 8-bit data in message header',
      'message header size, or recipient list, exceeds policy limit', 'message mime complexity exceeds the policy maximum',
      'routing loop detected -- too many received: headers', 'this message contain invalid mime headers',
      'this message contain improperly-formatted binary content',
      'this message contain text that uses unnecessary base64 encoding',
    ],
  },
  exceedlimit: { index: ['message header size exceeds limit', 'message too large'] },
  expired: {
    index: [
      'connection timed out', 'could not find a gateway for', 'delivery attempts will continue to be', 'delivery expired',
      'delivery time expired', 'failed to deliver to domain ', 'giving up on', 'have been failing for a long time',
      'has been delayed', 'it has not been collected after', 'message expired after sitting in queue for',
      'message expired, cannot connect to remote server', 'message expired, connection refulsed', 'message timed out',
      'retry time not reached for any host after a long failure period', 'server did not respond',
      'this message has been in the queue too long', 'unable to deliver message after multiple retries',
      'was not reachable within the allowed queue period', 'your message could not be delivered for more than',
      'retry timeout exceeded', 'message expired', 'queue expired', 'delivery time out',
    ],
    pairs: [['could not be delivered for', ' days']],
  },
  failedstarttls: {
    index: [
      'starttls is required to send mail', 'tls required but not supported', 'must issue a starttls command first',
      'tls required for rcpt domain', 'senders to use tls/ssl for smtp', 'starttls-not-supported:',
      'certificate-expired:', 'tlsa-invalid:', 'dnssec-invalid:', 'certificate-host-mismatch:',
      'failed mta-sts validation', 'tls handshake failed', 'requiretls support required',
    ],
  },
  filtered: {
    index: [
      'account is protected by', 'bounced address', 'has restricted sms e-mail', 'is not accepting any mail',
      'message filtered', 'message rejected due to user rules', 'not found recipient account',
      'recipient id refuse to receive mail', 'recipient is only accepting mail from specific email addresses',
      'refused due to recipient preferences', 'user not found', 'user refuses to receive this mail', 'user reject',
      'you have been blocked by the recipient',
    ],
  },
  hasmoved: { index: [' has been replaced by '] },
  hostunknown: {
    index: [
      'domain does not exist', 'domain is not reachable', 'domain must exist', 'host or domain name not found',
      'host unknown', 'host unreachable', 'mail domain mentioned in email address is unknown', 'name or service not known',
      'no such domain', 'recipient address rejected: unknown domain name', 'recipient domain must exist',
      'the account or domain may not exist', 'unknown host', 'unroutable address', 'unrouteable address',
      'host not found', 'domain not found', 'nonexistent domain', 'all relevant mx records point to non-existent hosts',
      'all host address lookups failed permanently', 'recipient address rejected: domain not found',
    ],
    pairs: [['553 ', ' does not exist']],
  },
  mailboxfull: {
    index: [
      '452 insufficient disk space', 'account disabled temporarly for exceeding receiving limits',
      'boite du destinataire pleine', 'exceeded storage allocation', 'full mailbox', 'mailbox exceeds allowed size',
      'mailbox size limit exceeded', 'mailbox would exceed maximum allowed storage', 'mailfolder is full',
      'no space left on device', 'not sufficient disk space', 'quota violation for', 'too much mail data',
      'user has exceeded quota, bouncing mail', 'user has too many messages on the server', "user's space has been used up",
      'mailbox is full', 'inbox is out of storage space', 'is over quota', 'email quota exceeded', 'insufficient storage',
      'over its quota', 'mailbox has exceeded', 'storage quota', 'quota exceeded',
    ],
    pairs: [
      ['account is ', ' quota'], ['disk', 'quota'], ['enough ', ' space'], ['mailbox ', 'exceeded', ' limit'],
      ['mailbox ', 'full'], ['mailbox ', 'quota'], ['maildir ', 'quota'], ['over ', 'quota'], ['quota ', 'exceeded'],
    ],
  },
  mailererror: {
    index: [
      ' || exit ', 'procmail: ', 'bin/procmail', 'bin/maidrop', 'command failed: ', 'command died with status ',
      'command output:', 'mailer error', 'pipe to |/', 'x-unix; ',
    ],
  },
  mesgtoobig: {
    index: [
      'exceeded maximum inbound message size', 'exceeded the maximum incoming message size', 'line limit exceeded',
      'max message size exceeded', 'message file too big', 'message length exceeds administrative limit',
      'message size exceeds fixed limit', 'message size exceeds fixed maximum message size',
      'message size exceeds maximum value', 'message too big', 'message too large for this ', 'size limit',
      'taille limite du message atteinte', "exceeded google's message size limits", 'exceeds the maximum message size',
      'message exceeds the maximum', 'message size exceeds',
    ],
  },
};
