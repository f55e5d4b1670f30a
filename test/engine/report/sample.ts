/**
 * A rich report for the renderer tests: a bounced message with every kind of evidence — an SMTP
 * session with AUTH, DNS answers, header hops, a log trace, a bounce — and internal names and
 * addresses to mask. Shapes follow the operations' outputs (headersAnalyze, trace-log, smtpTest).
 */
import { buildReport } from '../../../electron/engine/report/build.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';
import type { Lang } from '../../../electron/engine/i18n/index.ts';
import { newCase, type Case } from '../../../electron/engine/model/case.ts';
import type { DnsEvidence, Finding, TranscriptLine } from '../../../electron/engine/model/finding.ts';
import type { Report } from '../../../electron/engine/model/report.ts';
import type { RedactOptions } from '../../../electron/engine/report/redact.ts';

export const NOW = new Date('2026-11-24T12:00:00Z');
export const PASSWORD = 'Tr0ub4dor&3-horse';
export const USER = 'anna.berg@firma.se';
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const PLAIN = b64(`\u0000${USER}\u0000${PASSWORD}`);
export const QUEUE_ID = '4XyZ9kT2Qm';
export const ERROR_TEXT = '550 5.1.1 <ola.nordmann@kund.no>: Recipient address rejected: User unknown in virtual mailbox table';
export const MESSAGE_ID = '<20261120130200.4XyZ9kT2Qm@smtp.firma.se>';

const line = (t: string, dir: TranscriptLine['dir'], text: string): TranscriptLine => ({ t, dir, line: text });

/** As a careless importer might store it: AUTH payloads in clear (the engine's own transcripts never are). */
export const SESSION: TranscriptLine[] = [
  line('2026-11-20T13:02:00.010Z', 's', '220 smtp.firma.se ESMTP Postfix'),
  line('2026-11-20T13:02:00.020Z', 'c', 'EHLO laptop-anna.firma.lan'),
  line('2026-11-20T13:02:00.030Z', 's', '250-smtp.firma.se'),
  line('2026-11-20T13:02:00.031Z', 's', '250-AUTH PLAIN LOGIN'),
  line('2026-11-20T13:02:00.032Z', 's', '250 STARTTLS'),
  line('2026-11-20T13:02:00.100Z', 'i', 'TLS established: TLSv1.3 TLS_AES_256_GCM_SHA384'),
  line('2026-11-20T13:02:00.200Z', 'c', `AUTH PLAIN ${PLAIN}`),
  line('2026-11-20T13:02:00.300Z', 's', '235 2.7.0 Authentication successful'),
  line('2026-11-20T13:02:00.400Z', 'c', 'AUTH LOGIN'),
  line('2026-11-20T13:02:00.410Z', 's', '334 VXNlcm5hbWU6'),
  line('2026-11-20T13:02:00.420Z', 'c', b64(USER)),
  line('2026-11-20T13:02:00.430Z', 's', '334 UGFzc3dvcmQ6'),
  line('2026-11-20T13:02:00.440Z', 'c', b64(PASSWORD)),
  line('2026-11-20T13:02:00.450Z', 's', '235 2.7.0 Authentication successful'),
  line('2026-11-20T13:02:00.500Z', 'c', `MAIL FROM:<${USER}>`),
  line('2026-11-20T13:02:00.510Z', 's', '250 2.1.0 Ok'),
  line('2026-11-20T13:02:00.520Z', 'c', 'RCPT TO:<ola.nordmann@kund.no>'),
  line('2026-11-20T13:02:00.530Z', 's', ERROR_TEXT),
];

export const MX_DNS: DnsEvidence = {
  kind: 'dns',
  server: '10.20.0.53:53',
  name: 'kund.no',
  type: 'MX',
  rcode: 'NOERROR',
  answers: [{ name: 'kund.no', ttl: 3600, type: 'MX', data: '10 mx.kund.no' }],
  ad: true,
  elapsedMs: 12.4,
  at: '2026-11-20T13:01:59.000Z',
};
export const SPF_DNS: DnsEvidence = {
  kind: 'dns',
  server: '10.20.0.53:53',
  name: 'firma.se',
  type: 'TXT',
  rcode: 'NOERROR',
  answers: [{ name: 'firma.se', ttl: 300, type: 'TXT', data: '"v=spf1 ip4:198.51.100.7 -all"' }],
  ad: false,
  elapsedMs: 8,
  at: '2026-11-20T13:01:58.000Z',
};
const NX_DNS: DnsEvidence = { ...MX_DNS, name: 'kund.nox', rcode: 'NXDOMAIN', answers: [], ad: false, at: '2026-11-20T13:01:59.500Z' };

const headerData = {
  hops: [
    {
      index: 0,
      from: { text: 'EXCH01 (exch01.corp.firma.se [10.20.0.15])', helo: 'EXCH01', rdns: 'exch01.corp.firma.se', ip: '10.20.0.15' },
      by: { text: 'smtp.firma.se (Postfix)', host: 'smtp.firma.se', software: 'Postfix' },
      protocol: 'ESMTPS',
      id: QUEUE_ID,
      time: { utc: '2026-11-20T13:02:01.000Z', original: 'Fri, 20 Nov 2026 14:02:01 +0100 (CET)', zone: '+0100 (CET)', zoneKnown: true },
      tls: { state: 'yes', version: 'TLSv1.3' },
      raw: `from EXCH01 (exch01.corp.firma.se [10.20.0.15]) by smtp.firma.se (Postfix) with ESMTPS id ${QUEUE_ID}; Fri, 20 Nov 2026 14:02:01 +0100`,
      fieldIndex: 3,
    },
    {
      index: 1,
      from: { text: 'smtp.firma.se (smtp.firma.se [198.51.100.7])', helo: 'smtp.firma.se', ip: '198.51.100.7' },
      by: { text: 'mx.kund.no', host: 'mx.kund.no' },
      protocol: 'ESMTP',
      time: { utc: '2026-11-20T13:02:04.000Z', original: 'Fri, 20 Nov 2026 14:02:04 +0100', zone: '+0100', zoneKnown: true },
      tls: { state: 'no' },
      delaySeconds: 3,
      raw: 'from smtp.firma.se by mx.kund.no with ESMTP',
      fieldIndex: 2,
    },
    { index: 2, tls: { state: 'unknown' }, raw: 'by broken', fieldIndex: 1 },
  ],
  auth: [],
  dateUtc: '2026-11-20T13:02:00.000Z',
  date: 'Fri, 20 Nov 2026 14:02:00 +0100',
  messageId: MESSAGE_ID,
  filters: [],
  findings: [],
};

const logData = {
  messages: [
    {
      id: QUEUE_ID,
      messageId: MESSAGE_ID,
      from: USER,
      received: '2026-11-20T14:02:01+01:00',
      client: 'exch01.corp.firma.se[10.20.0.15]',
      format: 'postfix',
      recipients: [
        {
          address: 'ola.nordmann@kund.no',
          status: 'bounced',
          at: '2026-11-20T14:02:05+01:00',
          attempts: 1,
          relay: 'mx.kund.no[203.0.113.25]:25',
          dsn: '5.1.1',
          reply: ERROR_TEXT,
          lines: [{ file: 'mail.log', n: 7, text: `Nov 20 14:02:05 smtp postfix/smtp[311]: ${QUEUE_ID}: to=<ola.nordmann@kund.no>, relay=mx.kund.no[203.0.113.25]:25, dsn=5.1.1, status=bounced (host mx.kund.no said: ${ERROR_TEXT})` }],
        },
      ],
      lines: [
        { file: 'mail.log', n: 3, text: `Nov 20 14:02:01 smtp postfix/smtpd[300]: ${QUEUE_ID}: client=exch01.corp.firma.se[10.20.0.15], sasl_method=PLAIN, sasl_username=${USER}` },
        { file: 'mail.log', n: 4, text: `Nov 20 14:02:01 smtp postfix/submission/smtpd[300]: warning: unknown[10.20.0.99]: SASL LOGIN authentication failed, password=${PASSWORD}` },
      ],
    },
  ],
  findings: [],
};

const bounceData = {
  results: [
    {
      kind: 'bounce',
      deliveries: [{ recipient: 'ola.nordmann@kund.no', action: 'failed', status: '5.1.1', remoteMta: 'mx.kund.no', diagnostic: `smtp; ${ERROR_TEXT}`, lastAttemptDate: '2026-11-20T13:02:05Z' }],
      original: { messageId: MESSAGE_ID },
      findings: [],
    },
  ],
};

export function sampleCase(): Case {
  return {
    ...newCase('case-1', NOW, 'Europe/Stockholm'),
    sender: USER,
    recipients: ['ola.nordmann@kund.no', 'kari@kund.no'],
    sentAt: '2026-11-20T14:02',
    symptom: 'bounced',
    notes: 'Anna sent it from her laptop (laptop-anna.firma.lan, 192.168.1.23) at 14:02.',
    reference: 'CS-4711',
    provider: { name: 'Kund Hosting', supportAddress: 'support@kund-hosting.no', mxPattern: '' },
    facts: { messageId: MESSAGE_ID, queueIds: [QUEUE_ID], sendingIp: '198.51.100.7', outgoingServer: 'smtp.firma.se:587', errorText: ERROR_TEXT },
    results: {
      'smtp.test': { at: '2026-11-20T13:02:01.000Z', ms: 950, findings: [], data: { host: 'smtp.firma.se', port: 587, transcript: SESSION, auth: { user: USER, password: PASSWORD } } },
      'dns.recipient': { at: '2026-11-20T13:02:00.000Z', ms: 20, findings: [], data: { recording: { lookups: [{ name: 'kund.no', type: 'MX', evidence: [MX_DNS, NX_DNS] }] } } },
      'offline.headers': { at: '2026-11-20T13:03:00.000Z', ms: 5, findings: [], data: headerData },
      'offline.logs': { at: '2026-11-20T13:03:00.000Z', ms: 7, findings: [], data: logData },
      'offline.bounce': { at: '2026-11-20T13:03:00.000Z', ms: 3, findings: [], data: bounceData },
    },
  };
}

export function sampleFindings(lang: Lang = 'en'): Finding[] {
  const unknown: Finding = {
    ...makeFinding(lang, { id: 'case.recipient.same-domain', check: 'case', status: 'error', whoMustAct: 'sender-it', params: { domain: 'kund.no' } }),
    evidence: [
      { kind: 'smtp', lines: SESSION.slice(-4) },
      { kind: 'log', file: 'mail.log', lines: [{ n: 7, text: `${QUEUE_ID}: to=<ola.nordmann@kund.no>, relay=mx.kund.no[203.0.113.25]:25, status=bounced` }] },
      { kind: 'header', name: 'Message-ID', value: MESSAGE_ID },
    ],
  };
  const dns: Finding = {
    ...makeFinding(lang, { id: 'case.recipient.same-domain', check: 'dns', status: 'ok', whoMustAct: 'nobody', params: { domain: 'firma.se' } }),
    evidence: [SPF_DNS, MX_DNS],
  };
  return [dns, unknown];
}

export const ENV = { appVersion: '1.2.3', host: 'test', os: 'testos 1.0', resolver: '10.20.0.53:53', lang: 'en', timeZone: 'Europe/Stockholm' };

export function sampleReport(lang: Lang = 'en', redact?: RedactOptions): Report {
  return buildReport({
    case: sampleCase(),
    findings: sampleFindings(lang),
    steps: [{ name: 'smtp.test', status: 'done', startedAt: '2026-11-20T13:02:00.000Z', ms: 950 }],
    environment: { ...ENV, lang },
    lang,
    now: NOW,
    ...(redact ? { redact } : {}),
  });
}
