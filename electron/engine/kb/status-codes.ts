/**
 * Every enhanced status code of RFC 3463 and the IANA "Simple Mail Transfer Protocol (SMTP)
 * Enhanced Status Codes" registry (RFC 3886, 4468, 4865, 4954, 5248, 6531, 6710, 7293, 7372,
 * 7505, 8689, 8617), keyed by subject.detail ("1.1" for X.1.1). The class digit (2 success,
 * 4 temporary, 5 permanent; RFC 3463 §3.1) is added by the reader. Texts: `texts/status-*.ts`.
 */
import type { WhoMustAct } from '../model/finding.ts';

export interface StatusCodeEntry {
  /** The registry's name of the code. */
  readonly name: string;
  /** The RFC that defines it. */
  readonly ref: string;
  readonly who: WhoMustAct;
}

const e = (name: string, ref: string, who: WhoMustAct): StatusCodeEntry => ({ name, ref, who });

// prettier-ignore
export const STATUS_CODES: Readonly<Record<string, StatusCodeEntry>> = {
  '0.0': e('Other undefined Status', 'RFC 3463', 'sender-it'),
  '1.0': e('Other address status', 'RFC 3463', 'sender-it'),
  '1.1': e('Bad destination mailbox address', 'RFC 3463', 'sender-it'),
  '1.2': e('Bad destination system address', 'RFC 3463', 'sender-it'),
  '1.3': e('Bad destination mailbox address syntax', 'RFC 3463', 'sender-it'),
  '1.4': e('Destination mailbox address ambiguous', 'RFC 3463', 'recipient-provider'),
  '1.5': e('Destination address valid', 'RFC 3463', 'nobody'),
  '1.6': e('Destination mailbox has moved, No forwarding address', 'RFC 3463', 'recipient'),
  '1.7': e("Bad sender's mailbox address syntax", 'RFC 3463', 'sender-it'),
  '1.8': e("Bad sender's system address", 'RFC 3463', 'sender-it'),
  '1.9': e('Message relayed to non-compliant mailer', 'RFC 3886', 'nobody'),
  '1.10': e('Recipient address has null MX', 'RFC 7505', 'recipient-provider'),
  '2.0': e('Other or undefined mailbox status', 'RFC 3463', 'recipient'),
  '2.1': e('Mailbox disabled, not accepting messages', 'RFC 3463', 'recipient'),
  '2.2': e('Mailbox full', 'RFC 3463', 'recipient'),
  '2.3': e('Message length exceeds administrative limit', 'RFC 3463', 'sender-it'),
  '2.4': e('Mailing list expansion problem', 'RFC 3463', 'recipient-provider'),
  '3.0': e('Other or undefined mail system status', 'RFC 3463', 'recipient-provider'),
  '3.1': e('Mail system full', 'RFC 3463', 'recipient-provider'),
  '3.2': e('System not accepting network messages', 'RFC 3463', 'recipient-provider'),
  '3.3': e('System not capable of selected features', 'RFC 3463', 'recipient-provider'),
  '3.4': e('Message too big for system', 'RFC 3463', 'sender-it'),
  '3.5': e('System incorrectly configured', 'RFC 3463', 'recipient-provider'),
  '3.6': e('Requested priority was changed', 'RFC 6710', 'nobody'),
  '4.0': e('Other or undefined network or routing status', 'RFC 3463', 'recipient-provider'),
  '4.1': e('No answer from host', 'RFC 3463', 'recipient-provider'),
  '4.2': e('Bad connection', 'RFC 3463', 'recipient-provider'),
  '4.3': e('Directory server failure', 'RFC 3463', 'recipient-provider'),
  '4.4': e('Unable to route', 'RFC 3463', 'recipient-provider'),
  '4.5': e('Mail system congestion', 'RFC 3463', 'recipient-provider'),
  '4.6': e('Routing loop detected', 'RFC 3463', 'recipient-provider'),
  '4.7': e('Delivery time expired', 'RFC 3463', 'recipient-provider'),
  '5.0': e('Other or undefined protocol status', 'RFC 3463', 'sender-it'),
  '5.1': e('Invalid command', 'RFC 3463', 'sender-it'),
  '5.2': e('Syntax error', 'RFC 3463', 'sender-it'),
  '5.3': e('Too many recipients', 'RFC 3463', 'sender-it'),
  '5.4': e('Invalid command arguments', 'RFC 3463', 'sender-it'),
  '5.5': e('Wrong protocol version', 'RFC 3463', 'sender-it'),
  '5.6': e('Authentication Exchange line is too long', 'RFC 4954', 'sender-it'),
  '6.0': e('Other or undefined media error', 'RFC 3463', 'sender-it'),
  '6.1': e('Media not supported', 'RFC 3463', 'sender-it'),
  '6.2': e('Conversion required and prohibited', 'RFC 3463', 'sender-it'),
  '6.3': e('Conversion required but not supported', 'RFC 3463', 'sender-it'),
  '6.4': e('Conversion with loss performed', 'RFC 3463', 'nobody'),
  '6.5': e('Conversion Failed', 'RFC 3463', 'sender-it'),
  '6.6': e('Message content not available', 'RFC 4468', 'sender-it'),
  '6.7': e('Non-ASCII addresses not permitted for that sender/recipient', 'RFC 6531', 'sender-it'),
  '6.8': e('UTF-8 string reply is required, but not permitted by the SMTP client', 'RFC 6531', 'sender-it'),
  '6.9': e('UTF-8 header message cannot be transferred to one or more recipients', 'RFC 6531', 'sender-it'),
  '6.10': e('Duplicate of X.6.8 (deprecated)', 'RFC 6531', 'sender-it'),
  '7.0': e('Other or undefined security status', 'RFC 3463', 'sender-it'),
  '7.1': e('Delivery not authorized, message refused', 'RFC 3463', 'sender-it'),
  '7.2': e('Mailing list expansion prohibited', 'RFC 3463', 'sender-it'),
  '7.3': e('Security conversion required but not possible', 'RFC 3463', 'recipient-provider'),
  '7.4': e('Security features not supported', 'RFC 3463', 'recipient-provider'),
  '7.5': e('Cryptographic failure', 'RFC 3463', 'recipient-provider'),
  '7.6': e('Cryptographic algorithm not supported', 'RFC 3463', 'recipient-provider'),
  '7.7': e('Message integrity failure', 'RFC 3463', 'sender-it'),
  '7.8': e('Authentication credentials invalid', 'RFC 4954', 'sender-it'),
  '7.9': e('Authentication mechanism is too weak', 'RFC 4954', 'sender-it'),
  '7.10': e('Encryption Needed', 'RFC 5248', 'sender-it'),
  '7.11': e('Encryption required for requested authentication mechanism', 'RFC 4954', 'sender-it'),
  '7.12': e('A password transition is needed', 'RFC 4954', 'sender-it'),
  '7.13': e('User Account Disabled', 'RFC 5248', 'sender-it'),
  '7.14': e('Trust relationship required', 'RFC 5248', 'sender-provider'),
  '7.15': e('Priority Level is too low', 'RFC 6710', 'sender-it'),
  '7.16': e('Message is too big for the specified priority', 'RFC 6710', 'sender-it'),
  '7.17': e('Mailbox owner has changed', 'RFC 7293', 'recipient'),
  '7.18': e('Domain owner has changed', 'RFC 7293', 'recipient'),
  '7.19': e('RRVS test cannot be completed', 'RFC 7293', 'sender-it'),
  '7.20': e('No passing DKIM signature found', 'RFC 7372', 'sender-it'),
  '7.21': e('No acceptable DKIM signature found', 'RFC 7372', 'sender-it'),
  '7.22': e('No valid author-matched DKIM signature found', 'RFC 7372', 'sender-it'),
  '7.23': e('SPF validation failed', 'RFC 7372', 'sender-it'),
  '7.24': e('SPF validation error', 'RFC 7372', 'sender-it'),
  '7.25': e('Reverse DNS validation failed', 'RFC 7372', 'sender-provider'),
  '7.26': e('Multiple authentication checks failed', 'RFC 7372', 'sender-it'),
  '7.27': e('Sender address has null MX', 'RFC 7505', 'sender-it'),
  '7.28': e('Mail flood detected', 'RFC 8689', 'sender-it'),
  '7.29': e('ARC validation failure', 'RFC 8617', 'sender-it'),
  '7.30': e('REQUIRETLS support required', 'RFC 8689', 'recipient-provider'),
};

/** The table key of a full status code: `5.1.1` → `1.1`; undefined for malformed codes. */
export function statusKey(status: string): string | undefined {
  const m = /^[245]\.(\d{1,3}\.\d{1,3})$/.exec(status);
  return m?.[1];
}
