/**
 * Sisimai's expected results for the set-of-emails samples in test/fixtures/bounces/sisimai/
 * (and the Sisimai-derived fixtures one folder up). Status, reply code and reason per recipient
 * are copied from Sisimai's own tests (go-sisimai `fact/*_test.go`, rb-sisimai
 * `test/public/*.rb`); the recipients were read off each sample (Sisimai's tests only check
 * that one is present). See the README beside the fixtures for origins and licences. The second,
 * broader batch lives in sisimai-corpus-more.ts, the third in sisimai-corpus-third.ts; CORPUS joins them.
 */
import { MORE } from './sisimai-corpus-more.ts';
import { THIRD } from './sisimai-corpus-third.ts';

/** [recipient, Sisimai's status (pseudo codes like 5.9.213 kept as Sisimai prints them), reply code ('' = none), reason] */
export type SisimaiDelivery = readonly [string, string, string, string];

export interface CorpusSample {
  /** Path relative to test/fixtures/bounces/. */
  readonly file: string;
  /** Sisimai's Lhost/Rhost module (or RFC) that the sample belongs to. */
  readonly family: string;
  readonly deliveries: readonly SisimaiDelivery[];
  /** The kind Sisimai implies, when it implies one beyond "a bounce or a delay". */
  readonly kind?: 'bounce' | 'delay' | 'autoreply' | 'not-a-bounce';
}

const s = (file: string, family: string, ...deliveries: SisimaiDelivery[]): CorpusSample => ({ file, family, deliveries });

// prettier-ignore
const BASE: readonly CorpusSample[] = [
  s('sisimai/lhost-activehunter-01.eml', 'Activehunter', ['kijitora@example.org', '5.1.1', '550', 'userunknown']),
  s('sisimai/lhost-amazonses-03.eml', 'AmazonSES', ['kijitora@example.jp', '5.2.2', '550', 'mailboxfull']),
  s('sisimai/lhost-amazonses-07.eml', 'AmazonSES', ['6@neko.nyaan.example.org', '5.7.6', '550', 'securityerror']),
  s('sisimai/lhost-amazonses-16.eml', 'AmazonSES', ['kijitora@example.com', '5.7.1', '521', 'blocked']),
  s('sisimai/lhost-amazonses-21.eml', 'AmazonSES', ['kijitora@example.com', '5.7.1', '554', 'norelaying']),
  s('sisimai/lhost-apachejames-01.eml', 'ApacheJames', ['000000000000@vtext.example.com', '5.9.210', '550', 'filtered']),
  s('sisimai/lhost-exim-32.eml', 'Exim', ['kijitora@example.net', '5.9.133', '', 'requireptr']),
  s('sisimai/lhost-exim-34.eml', 'Exim', ['kijitora@example.net', '5.7.1', '554', 'requireptr']),
  { ...s('sisimai/lhost-exim-38.eml', 'Exim', ['kijitora@example.co.jp', '4.9.133', '450', 'requireptr']), kind: 'delay' },
  { ...s('sisimai/lhost-exim-41.eml', 'Exim', ['kijitora@example.net', '4.9.133', '450', 'requireptr']), kind: 'delay' },
  s('sisimai/lhost-ezweb-03.eml', 'EZweb', ['this-local-part-does-not-exist-on-the-site@ezweb.ne.jp', '5.9.221', '', 'suspend']),
  s('sisimai/lhost-gmail-05.eml', 'Gmail', ['shironeko@example.jp', '5.7.1', '550', 'securityerror']),
  { ...s('sisimai/lhost-gmail-09.eml', 'Gmail', ['kijitora@9jo.example.jp', '4.9.340', '', 'expired']), kind: 'delay' },
  s('sisimai/lhost-gsuite-03.eml', 'GSuite', ['neko@libsisimai.org', '4.0.0', '', 'notaccept']),
  s('sisimai/lhost-gsuite-12.eml', 'GSuite', ['kijitora@example.com', '5.0.0', '', 'spamdetected']),
  s('sisimai/lhost-imailserver-01.eml', 'IMailServer', ['kijitora@example.com', '5.9.213', '', 'userunknown']),
  s('sisimai/lhost-imailserver-04.eml', 'IMailServer', ['kijitora@example.com', '5.9.340', '', 'expired']),
  s('sisimai/lhost-kddi-01.eml', 'KDDI', ['kijitora@x0000000000000.dion.ne.jp', '5.9.220', '', 'mailboxfull']),
  s('sisimai/lhost-opensmtpd-02.eml', 'OpenSMTPD',
    ['mailboxfull@example.jp', '5.2.2', '550', 'mailboxfull'], ['userunknown@example.jp', '5.1.1', '550', 'userunknown']),
  s('sisimai/lhost-postfix-02.eml', 'Postfix',
    ['filtered@example.co.jp', '5.2.1', '550', 'userunknown'], ['userunknown@example.co.jp', '5.1.1', '550', 'userunknown']),
  s('sisimai/lhost-postfix-03.eml', 'Postfix', ['kijitora@example.net', '5.0.0', '550', 'filtered']),
  s('sisimai/lhost-postfix-08.eml', 'Postfix', ['kijitora@example.com', '4.4.1', '', 'expired']),
  s('sisimai/lhost-postfix-09.eml', 'Postfix', ['kijitora@example.ne.jp', '4.3.2', '452', 'toomanyconn']),
  s('sisimai/lhost-postfix-16.eml', 'Postfix', ['kijitora@example.go.jp', '5.1.6', '550', 'hasmoved']),
  s('sisimai/lhost-postfix-38.eml', 'Postfix', ['kijitora@example.org', '4.0.0', '', 'blocked']),
  s('sisimai/lhost-postfix-41.eml', 'Postfix', ['kijitora@example.org', '5.0.0', '550', 'policyviolation']),
  s('sisimai/lhost-postfix-44.eml', 'Postfix', ['kijitora@example.jp', '5.7.1', '501', 'norelaying']),
  s('sisimai/lhost-postfix-45.eml', 'Postfix', ['kijitora@example.net', '4.3.0', '', 'mailboxfull']),
  s('sisimai/lhost-postfix-58.eml', 'Postfix', ['neko-1718501322@gmail.com', '5.7.1', '550', 'badreputation']),
  s('sisimai/lhost-postfix-64.eml', 'Postfix', ['xxxx@wanadoo.fr', '5.0.900', '', 'undefined']),
  s('sisimai/lhost-postfix-74.eml', 'Postfix', ['kijitora@y.example.ca', '4.7.0', '421', 'rejected']),
  s('sisimai/lhost-sendmail-11.eml', 'Sendmail', ['kijitora@example.co.jp', '4.4.7', '', 'networkerror']),
  s('sisimai/rfc3464-04.eml', 'RFC3464', ['kijitora@mailx-53.neko.example.edu', '5.5.0', '554', 'systemerror']),
  s('sisimai/lhost-v5sendmail-01.eml', 'V5sendmail', ['kijitora@example.com', '4.9.340', '421', 'expired']),
  s('sisimai/lhost-v5sendmail-05.eml', 'V5sendmail',
    ['kijitora@example.edu', '5.9.134', '550', 'blocked'], ['kuroneko@example.or.jp', '5.9.212', '550', 'hostunknown'],
    ['kijitora@example.org', '5.9.212', '550', 'hostunknown'], ['mikeneko@example.co.jp', '5.9.213', '550', 'userunknown']),
  s('sisimai/rhost-cox-01.eml', 'Rhost/Cox',
    ['recipient55@cox.net', '5.1.0', '550', 'blocked'], ['recipient55@cox.net', '5.1.0', '550', 'blocked']),
  s('sisimai/rhost-franceptt-05.eml', 'Rhost/FrancePTT', ['xxxx@laposte.net', '5.5.0', '550', 'suspend']),
  s('sisimai/rhost-franceptt-12.eml', 'Rhost/FrancePTT', ['xxxx@xxxx.net', '5.7.1', '554', 'policyviolation']),
  // Sisimai-derived fixtures one folder up (see ../README.md), counted in the same summary.
  s('exim-02.eml', 'Exim', ['kijitora@example.jp', '5.1.1', '550', 'userunknown'], ['sabatora@example.jp', '5.2.1', '550', 'userunknown']),
  s('exim-04.eml', 'Exim', ['kijitora@example.ed.jp', '5.7.0', '550', 'blocked']),
  s('exim-30.eml', 'Exim', ['kijitora@exmaple.ch', '5.7.1', '554', 'userunknown']),
  s('exim-36.eml', 'Exim', ['kijitora@example.edu', '5.9.110', '550', 'rejected']),
  s('qmail-03.eml', 'qmail', ['kijitora@example.org', '5.7.1', '550', 'rejected']),
  s('sendmail-01.eml', 'Sendmail', ['userunknown@bouncehammer.jp', '5.1.1', '550', 'userunknown']),
  s('courier-01.eml', 'Courier', ['kijitora@example.co.jp', '5.1.1', '550', 'userunknown']),
  s('domino-01.eml', 'Domino', ['kijitora@example.jp', '5.9.213', '', 'userunknown']),
  s('exchange2003-03.eml', 'Exchange2003', ['kijitora@example.jp', '5.9.213', '', 'userunknown']),
  s('exchange2007-03.eml', 'Exchange2007', ['jh1669@txstate.edu', '5.2.2', '550', 'mailboxfull']),
  s('gmail-02.eml', 'Gmail', ['aougoueioaldljgoiuiorghladkgke@example.fr', '5.1.1', '550', 'userunknown']),
  s('gmail-18.eml', 'Gmail', ['kijitora@example.or.jp', '5.1.1', '550', 'userunknown']),
  s('googleworkspace-01.eml', 'GoogleWorkspace', ['neko-nyaan-cat-meeting@google-groups.example.com', '5.9.110', '', 'rejected']),
  s('postfix-30-m365.eml', 'Postfix', ['kijitora@example.br', '5.4.1', '550', 'userunknown']),
  s('postfix-70-gmail-dmarc.eml', 'Postfix', ['kijitora@google.example.com', '5.7.26', '550', 'authfailure']),
  s('postfix-72-mailru-dmarc.eml', 'Postfix', ['kijitora@mail.example.ru', '5.7.1', '550', 'authfailure']),
  s('outlook-01.eml', 'Rhost/Outlook', ['kijitora@example.jp', '5.2.2', '550', 'mailboxfull']),
  s('yahoo-aol-01.eml', 'Rhost/YahooInc', ['kijitora@aol.example.jp', '5.7.9', '554', 'policyviolation']),
  { ...s('rfc3834-01.eml', 'RFC3834', ['fred@example.com', '', '', 'vacation']), kind: 'autoreply' },
];

/** Every sample: the first pass's, the broader second batch and the third (biggest families). */
export const CORPUS: readonly CorpusSample[] = [...BASE, ...MORE, ...THIRD];

/** Whether Sisimai's status is one of its pseudo codes (X.0.9xx, X.9.xxx): the message itself carries none. */
export const isPseudoStatus = (status: string): boolean => /^[245]\.(?:0\.9\d\d|9\.\d{1,3})$/.test(status);

/** Sisimai ≥ 5.5 merged some reasons; Mailpath keeps the older, finer vocabulary. */
export const MERGED_REASONS: Readonly<Record<string, readonly string[]>> = {
  emailtoolarge: ['mesgtoobig', 'exceedlimit'],
  ratelimited: ['speeding', 'toomanyconn'],
};

export interface Deviation {
  readonly file: string;
  /** 1-based delivery index, as in Sisimai's tables. */
  readonly index: number;
  readonly field: 'recipient' | 'status' | 'replyCode' | 'reason' | 'kind' | 'count';
  /** What Mailpath reports instead. */
  readonly ours: string;
  readonly why: string;
}

/**
 * Samples where Mailpath's answer differs from Sisimai's on purpose. Rule-based differences that
 * apply to every sample are not listed: Sisimai's pseudo status codes (X.0.9xx, X.9.xxx) become
 * `null` (the bounce carries no status code: Mailpath does not invent one), and Sisimai 5.5's
 * merged reasons are compared through MERGED_REASONS.
 */
export const DEVIATIONS: readonly Deviation[] = [];
