/**
 * Recognisers for well-known rejection texts of large providers and filters. A match gives the
 * explanation a consultant needs for that exact message (texts in `texts/recognisers-*.ts`);
 * the bounce reason itself stays with the classifier, so both agree with Sisimai's vocabulary.
 *
 * Sources: Microsoft "Email non-delivery reports and SMTP errors in Exchange Online"
 * (5.7.606–5.7.649 banned sending IP, 5.7.708 traffic not accepted from this IP, 5.7.509/5.7.515
 * DMARC, 5.4.1 directory-based edge blocking), Google "SMTP error reference" (5.7.26, 5.7.27,
 * 4.7.28, 5.7.25), Spamhaus and other DNSBL operators, Postfix's standard reject texts.
 */
import type { WhoMustAct } from '../model/finding.ts';

export interface Recogniser {
  readonly id: string;
  /** Tested against "reply-code status text". */
  readonly pattern: RegExp;
  readonly who: WhoMustAct;
}

const rec = (id: string, pattern: RegExp, who: WhoMustAct): Recogniser => ({ id, pattern, who });

/** Most specific first. */
// prettier-ignore
export const RECOGNISERS: readonly Recogniser[] = [
  rec('m365-banned-ip', /\b5\.7\.(?:60[6-9]|6[0-4]\d)\b/, 'sender-provider'),
  rec('m365-traffic-not-accepted', /\b5\.7\.708\b|traffic not accepted from this ip/i, 'sender-provider'),
  rec('m365-tenant-threshold', /\b5\.7\.7(?:0[0-79]|[1-4]\d)\b/, 'sender-it'),
  rec('m365-dmarc', /\b5\.7\.(?:509|515)\b/, 'sender-it'),
  rec('m365-edge-block', /\b5\.4\.1\b.*recipient address rejected: access denied/i, 'sender-it'),
  rec('m365-s3150', /S3150|part of their network is on our block list/i, 'sender-provider'),
  rec('outlook-postmaster', /\b(?:RP|SC|DY|OU)-00[1-4]\b/, 'sender-provider'),
  rec('gmail-5.7.26', /\b5\.7\.26\b|is not accepted due to domain's dmarc policy|does not have authentication information or fails to pass authentication checks/i, 'sender-it'),
  rec('gmail-5.7.27', /\b[45]\.7\.27\b/, 'sender-it'),
  rec('gmail-4.7.28', /\b[45]\.7\.28\b|unusual rate of (?:unsolicited )?mail/i, 'sender-it'),
  rec('gmail-ptr', /\b[45]\.7\.25\b|does not have a ptr record/i, 'sender-provider'),
  rec('gmail-low-reputation', /very low reputation of the sending/i, 'sender-provider'),
  rec('spamhaus', /spamhaus/i, 'sender-provider'),
  rec('dnsbl', /spamcop|barracuda(?:central)?|sorbs|uceprotect|psbl|mailspike|spamrats|dnsbl|\brbl\b|block ?list|black ?list(?:ed)?|blocked using/i, 'sender-provider'),
  rec('greylisting', /grey-?list|gray-?list|greylisted|\b45[01][ -]4\.7\.1\b.*(?:try again|later|retry)|\b4\.2\.0\b.*(?:greylist|try again)/i, 'nobody'),
  rec('relay-denied', /relay(?:ing)? (?:access )?denied|unable to relay|not permitted to relay|relay not permitted|relaying not allowed/i, 'sender-it'),
  rec('sender-domain-not-found', /sender address rejected: domain not found|domain of sender address .* does not exist|sender domain must exist/i, 'sender-it'),
  rec('recipient-domain-not-found', /recipient address rejected: domain not found|host or domain name not found|domain (?:name )?not found|nxdomain|no mx record/i, 'sender-it'),
  rec('spf-fail', /\bspf\b.*(?:fail|not (?:permitted|authori[sz]ed)|does not designate|violation)|sender policy framework/i, 'sender-it'),
  rec('dmarc-fail', /\bdmarc\b/i, 'sender-it'),
  rec('dkim-fail', /\bdkim\b.*(?:fail|invalid|missing|not pass)/i, 'sender-it'),
  rec('helo-rejected', /helo command rejected|bad helo|invalid helo|helo\/ehlo argument/i, 'sender-it'),
  rec('ptr-missing', /reverse dns|ptr record|cannot find your hostname|cannot find your reverse hostname|rdns/i, 'sender-provider'),
  rec('auth-required', /authentication required|must authenticate|sender must authenticate|client was not authenticated/i, 'sender-it'),
  rec('tls-required', /must issue a starttls command first|tls required|encryption required/i, 'sender-it'),
  rec('rate-limited', /rate limit(?:ed)?|too many messages|try again slower|throttl/i, 'sender-it'),
  rec('mailbox-full', /mailbox (?:is )?full|over (?:its )?quota|quota exceeded|insufficient storage|out of storage space|mailfolder is full|exceeded storage allocation/i, 'recipient'),
  rec('user-unknown', /user unknown|unknown user|no such user|no such (?:mailbox|recipient)|recipient not found|recipientnotfound|address does not exist|does not exist|mailbox (?:not found|unavailable)|invalid recipient|unknown recipient|not listed in domino directory/i, 'sender-it'),
];
