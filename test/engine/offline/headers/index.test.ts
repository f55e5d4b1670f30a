// End-to-end: whole messages per MTA family (test/fixtures/headers, see its README for origins).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeHeaders } from '../../../../electron/engine/offline/headers/index.ts';
import type { HeaderAnalysis } from '../../../../electron/engine/offline/headers/index.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/headers/${name}`, import.meta.url));
const ids = (a: HeaderAnalysis): string[] => a.findings.map((f) => f.id);
const finding = (a: HeaderAnalysis, id: string) => {
  const f = a.findings.find((x) => x.id === id);
  assert.ok(f, `expected finding ${id}, got ${ids(a).join(', ')}`);
  return f;
};

describe('headers', () => {
  describe('analyzeHeaders', () => {
    it('traces a Postfix submission through Amavis to a Postfix MX and Dovecot LMTP', () => {
      const a = analyzeHeaders(fixture('postfix-amavis-lmtp.eml'), 'en');
      assert.equal(a.hops.length, 5);
      assert.deepEqual(
        a.hops.map((h) => [h.by?.host, h.protocol, h.time?.utc]),
        [
          ['smtp.example.se', 'ESMTPSA', '2024-01-15T08:58:02.000Z'],
          ['localhost', 'LMTP', '2024-01-15T08:58:03.000Z'],
          ['smtp.example.se', 'ESMTP', '2024-01-15T08:58:03.000Z'],
          ['mx.example.no', 'ESMTPS', '2024-01-15T09:04:21.000Z'],
          ['imap.example.no', 'LMTP', '2024-01-15T09:04:22.000Z'],
        ],
      );
      assert.equal(a.hops[0]?.time?.zone, '+0100 (CET)');
      assert.equal(a.hops[3]?.delaySeconds, 378);
      assert.equal(a.hops[3]?.largestDelay, true);
      assert.equal(a.hops[3]?.tls.version, 'TLSv1.3');
      assert.equal(a.sendingIp, '192.0.2.25');
      assert.equal(a.helo, 'smtp.example.se');
      assert.equal(a.sendingHopIndex, 3);
      assert.equal(a.sendingIpSource, 'received-spf');
      assert.deepEqual(a.submission, {
        host: 'smtp.example.se',
        clientIp: '198.51.100.23',
        clientName: 'c-198-51-100-23.customer.example.net',
        authenticated: true,
        authenticatedUser: 'alice@example.se',
        protocol: 'ESMTPSA',
        hopIndex: 0,
      });
      assert.equal(a.returnPath, 'alice@example.se');
      assert.equal(a.messageId, '<5f1c2e9a-7b41-4d2e-9c3a-1e2f3a4b5c6d@example.se>');
      assert.equal(a.dateUtc, '2024-01-15T08:58:01.000Z');
      assert.deepEqual(
        a.auth.filter((r) => r.header === 'Authentication-Results').map((r) => `${r.method}=${r.result}`),
        ['dkim=pass', 'dkim-atps=neutral', 'dmarc=pass', 'spf=pass'],
      );
      assert.equal(a.auth.find((r) => r.method === 'dmarc')?.hopIndex, 3);
      const delay = finding(a, 'headers.delay.largest');
      assert.equal(delay.status, 'info');
      assert.deepEqual(delay.params, {
        hop: 4,
        delay: '6 min 18 s',
        seconds: 378,
        from: 'smtp.example.se',
        to: 'mx.example.no',
        at: '2024-01-15 09:04:21',
      });
      assert.equal(finding(a, 'headers.auth.pass').params?.['methods'], 'SPF, DKIM, DMARC');
      assert.equal(finding(a, 'headers.tls.ok').params?.['count'], 2);
      assert.equal(finding(a, 'headers.filter.clean').params?.['filters'], 'Rspamd');
      assert.equal(finding(a, 'headers.submission.auth-user').title, 'Sent through smtp.example.se, logged in as alice@example.se');
      const sent = finding(a, 'headers.sending-ip');
      assert.deepEqual(
        sent.evidence.map((e) => e.kind === 'header' && e.name),
        ['Received', 'Received-SPF'],
      );
      assert.ok(!ids(a).some((id) => /fail|missing|spam|long/.test(id)));
    });

    it('reports Exim/cPanel mail that SpamAssassin flagged, with SPF softfail and no reverse DNS', () => {
      const a = analyzeHeaders(fixture('exim-cpanel-spamassassin.eml'), 'en');
      assert.equal(a.hops.length, 2);
      assert.equal(a.hops[0]?.time?.utc, '2024-01-30T13:12:09.000Z');
      assert.equal(a.hops[1]?.time?.utc, '2024-01-30T13:12:11.000Z');
      assert.equal(a.sendingIp, '192.0.2.44');
      assert.equal(a.helo, 'server123.webhost.example');
      assert.equal(a.submission?.host, 'server123.webhost.example');
      assert.equal(a.submission?.authenticatedUser, 'info@shop.example');
      assert.equal(a.submission?.clientIp, '203.0.113.77');
      const spf = finding(a, 'headers.auth.spf.softfail');
      assert.deepEqual([spf.status, spf.params?.['domain'], spf.params?.['ip']], ['warning', 'shop.example', '192.0.2.44']);
      finding(a, 'headers.auth.dkim.none');
      finding(a, 'headers.auth.dmarc.none');
      const spam = finding(a, 'headers.filter.spam');
      assert.equal(spam.params?.['filter'], 'SpamAssassin');
      assert.equal(spam.whoMustAct, 'recipient-provider');
      assert.deepEqual(a.filters[0]?.items.find((i) => i.key === 'tests')?.value, 'HTML_MESSAGE,RDNS_NONE,SPF_SOFTFAIL,URIBL_BLACK');
      assert.equal(finding(a, 'headers.rdns.missing').whoMustAct, 'sender-provider');
    });

    it('reads Microsoft 365 to Microsoft 365: EOP verdicts, Junk folder and the outbound IP', () => {
      const a = analyzeHeaders(fixture('m365-to-m365-junk.eml'), 'en');
      assert.equal(a.hops.length, 5);
      assert.equal(a.hops[0]?.protocol, 'MAPI');
      assert.equal(a.sendingIp, '40.107.22.71');
      assert.equal(a.helo, 'EUR05-AM6-obe.outbound.protection.outlook.com');
      assert.equal(a.sendingHopIndex, 2);
      assert.equal(a.submission?.protocol, 'MAPI');
      assert.equal(a.submission?.authenticated, true);
      finding(a, 'headers.submission.mailbox');
      assert.equal(finding(a, 'headers.auth.pass').params?.['authserv'], 'Microsoft 365');
      const eop = a.filters.find((f) => f.header === 'X-Forefront-Antispam-Report');
      assert.equal(eop?.verdict, 'spam');
      assert.equal(eop?.score, 5);
      assert.equal(eop?.items.find((i) => i.key === 'SFV')?.meaning, 'Spam filtering marked the message as spam');
      const untrusted = a.filters.find((f) => f.header === 'X-Forefront-Antispam-Report-Untrusted');
      assert.equal(untrusted?.trusted, false);
      assert.equal(a.filters.find((f) => f.header === 'X-Microsoft-Antispam-Mailbox-Delivery')?.verdict, 'junk-folder');
      assert.equal(finding(a, 'headers.filter.junk').whoMustAct, 'recipient');
      assert.equal(finding(a, 'headers.filter.spam').params?.['filter'], 'Microsoft 365');
      assert.equal(finding(a, 'headers.tls.ok').params?.['count'], 4);
    });

    it('reads Gmail: ARC copies apart, Received-SPF gives the sending IP, encoded subject decoded', () => {
      const a = analyzeHeaders(fixture('gmail-workspace.eml'), 'sv');
      assert.deepEqual(
        a.hops.map((h) => h.by?.host),
        ['smtp.gmail.com', 'mx.google.com', '2002:a05:7300:5b04:b0:11e:8c3f:9a21'],
      );
      assert.equal(a.sendingIp, '209.85.220.41');
      assert.equal(a.helo, 'mail-sor-f41.google.com');
      assert.equal(a.subject, 'Möte på fredag');
      assert.equal(a.submission?.host, 'smtp.gmail.com');
      assert.equal(a.submission?.clientIp, '203.0.113.50');
      assert.equal(a.auth.filter((r) => r.header === 'ARC-Authentication-Results')[0]?.instance, 1);
      const pass = finding(a, 'headers.auth.pass');
      assert.equal(pass.title, 'Autentiseringen godkändes av mx.google.com: SPF, DKIM, DMARC');
      assert.equal(finding(a, 'headers.submission.auth').title, 'Skickat via smtp.gmail.com med SMTP-autentisering');
    });

    it('finds the long delay at a qmail receiver, plain SMTP on the internet and no reverse DNS', () => {
      const a = analyzeHeaders(fixture('sendmail-to-qmail-delayed.eml'), 'nb');
      assert.equal(a.hops.length, 4);
      assert.equal(a.hops[2]?.delaySeconds, 18433);
      const long = finding(a, 'headers.delay.long');
      assert.deepEqual(
        [long.status, long.whoMustAct, long.params?.['delay'], long.params?.['from']],
        ['warning', 'sender-it', '5 h 7 min', 'web01.example.com'],
      );
      assert.match(long.title, /^Meldingen ble holdt igjen i 5 h 7 min før hopp 3$/);
      const tls = finding(a, 'headers.tls.missing');
      assert.deepEqual([tls.params?.['hop'], tls.params?.['ip'], tls.params?.['with']], [3, '192.0.2.80', 'SMTP']);
      finding(a, 'headers.rdns.missing');
      finding(a, 'headers.auth.missing');
      assert.equal(a.sendingIp, '192.0.2.80');
      assert.equal(a.sendingIpSource, 'received-chain');
      assert.deepEqual([a.submission?.host, a.submission?.protocol, a.submission?.authenticated], ['web01.example.com', 'LOCAL', false]);
    });

    it('reads Yahoo submission and rspamd marking the message as spam despite DMARC passing', () => {
      const a = analyzeHeaders(fixture('yahoo-rspamd-spam.eml'), 'en');
      assert.equal(a.sendingIp, '77.238.176.99');
      assert.equal(a.sendingIpSource, 'authentication-results');
      assert.equal(a.submission?.protocol, 'ESMTPA');
      assert.equal(a.submission?.host, 'hermes--production-ir2-7b99fc9bb6-457mg');
      const dkim = finding(a, 'headers.auth.dkim.fail');
      assert.deepEqual([dkim.params?.['domain'], dkim.params?.['reason']], ['yahoo.co.uk', 'signature verification failed']);
      assert.equal(finding(a, 'headers.auth.pass').params?.['methods'], 'SPF, DMARC');
      const rspamd = a.filters.find((f) => f.filter === 'rspamd');
      assert.deepEqual([rspamd?.verdict, rspamd?.score, rspamd?.threshold], ['spam', 7.35, 15]);
      assert.equal(rspamd?.items[0]?.key, 'ABUSE_SURBL');
      finding(a, 'headers.filter.spam');
    });

    it('flags clock skew at a Courier MX and the unencrypted hop', () => {
      const a = analyzeHeaders(fixture('courier-clock-skew.eml'), 'en');
      assert.equal(a.hops[1]?.delaySeconds, -172);
      assert.equal(a.hops[1]?.clockSkew, true);
      assert.equal(a.hops[1]?.largestDelay, undefined);
      const skew = finding(a, 'headers.clock.skew');
      assert.deepEqual([skew.params?.['hop'], skew.params?.['skew']], [2, '2 min 52 s']);
      assert.equal(finding(a, 'headers.tls.missing').params?.['from'], 'mail.example.com');
      assert.equal(a.submission?.authenticatedUser, 'nils');
      assert.equal(a.submission?.clientIp, '203.0.113.9');
      assert.equal(a.sendingIp, '192.0.2.10');
      assert.ok(!ids(a).includes('headers.delay.largest'));
    });

    it('does not flag skew within the tolerance, and the tolerance is adjustable', () => {
      const strict = analyzeHeaders(fixture('courier-clock-skew.eml'), 'en', { skewToleranceSeconds: 600 });
      assert.equal(strict.hops[1]?.clockSkew, undefined);
      const lenient = analyzeHeaders(fixture('sendmail-to-qmail-delayed.eml'), 'en', { longDelaySeconds: 86400 });
      assert.equal(finding(lenient, 'headers.delay.largest').status, 'info');
    });

    it('reads Zimbra webmail: the user from X-Authenticated-User, the client from X-Originating-IP', () => {
      const a = analyzeHeaders(fixture('zimbra-webmail.eml'), 'en');
      assert.equal(a.hops.length, 4);
      assert.equal(a.sendingIp, '192.0.2.60');
      assert.equal(a.sendingHopIndex, 3);
      assert.deepEqual(
        [a.submission?.host, a.submission?.clientIp, a.submission?.authenticatedUser, a.submission?.hopIndex],
        ['mail.example.se', '198.51.100.77', 'maria@example.se', 0],
      );
      assert.equal(finding(a, 'headers.auth.dmarc.none').params?.['domain'], 'example.se');
      const sa = a.filters.find((f) => f.header === 'X-Spam-Status');
      assert.deepEqual([sa?.verdict, sa?.score, sa?.threshold], ['not-spam', -1.1, 6.2]);
    });

    it('reads headers pasted from Outlook with CRLF, a label and Exchange on-premises hops', () => {
      const a = analyzeHeaders(fixture('outlook-internet-headers-paste.txt'), 'nb');
      assert.equal(a.hops.length, 4);
      assert.equal(a.hops[2]?.time?.utc, '2024-04-19T07:31:06.000Z');
      assert.equal(a.sendingIp, '192.0.2.120');
      assert.equal(a.helo, 'mail.example.com');
      assert.equal(a.subject, 'Møte i morgen');
      assert.equal(a.submission?.host, 'EX16.ad.example.com');
      assert.equal(a.submission?.protocol, 'MAPI');
      assert.equal(finding(a, 'headers.filter.bypassed').status, 'info');
      assert.equal(a.filters[0]?.verdict, 'bypassed');
    });

    it('reports a spoofed message from an IPv6 address: SPF and DMARC fail, no TLS, no PTR', () => {
      const a = analyzeHeaders(fixture('spoofed-ipv6-rejectable.eml'), 'en');
      assert.equal(a.hops.length, 1);
      assert.equal(a.hops[0]?.from?.ip, '2001:db8:85a3::8a2e:370:7334');
      assert.equal(a.sendingIp, '2001:db8:85a3::8a2e:370:7334');
      assert.equal(a.helo, '[IPv6:2001:db8:85a3::8a2e:370:7334]');
      assert.equal(a.submission, undefined);
      const dmarc = finding(a, 'headers.auth.dmarc.fail');
      assert.deepEqual([dmarc.status, dmarc.params?.['policy'], dmarc.subject], ['error', 'reject', 'example.com']);
      assert.equal(finding(a, 'headers.auth.spf.fail').status, 'error');
      finding(a, 'headers.tls.missing');
      finding(a, 'headers.rdns.missing');
      finding(a, 'headers.filter.spam');
    });

    it('finds the headers below a Gmail "Show original" summary', () => {
      const eml = fixture('gmail-workspace.eml').toString('utf8');
      const head = eml.slice(0, eml.indexOf('\n\n'));
      const paste = [
        'Original message',
        '',
        'Message ID\t<CAF3kQ9x7Yp2Lm4Nb6Vc8Xz0Wq1Er3Ty5Ui7Op9As1Df3Gh5Jk@mail.gmail.com>',
        'Created at:\tThu, Mar 14, 2024 at 11:21 AM (Delivered after 2 seconds)',
        'From:\tLars Berg <lars.berg@gmail.com>',
        'SPF:\tPASS with IP 209.85.220.41 Learn more',
        'Download Original\tCopy to clipboard',
        head,
      ].join('\n');
      const a = analyzeHeaders(paste, 'en');
      assert.equal(a.hops.length, 3);
      assert.equal(a.sendingIp, '209.85.220.41');
    });

    it('says so when there are no headers or no Received fields', () => {
      const empty = analyzeHeaders('', 'en');
      assert.deepEqual(ids(empty), ['headers.input.empty']);
      assert.equal(empty.findings[0]?.status, 'error');
      const bare = analyzeHeaders(new TextEncoder().encode('From: a@example.com\nSubject: hi\n\nbody'), 'sv');
      assert.deepEqual(ids(bare), ['headers.received.none']);
      assert.equal(bare.subject, 'hi');
      assert.deepEqual(bare.hops, []);
    });

    it('fills every placeholder of every finding in all three languages', () => {
      for (const name of readdirSync(new URL('../../../fixtures/headers/', import.meta.url)).filter((n) => /\.(eml|txt)$/.test(n))) {
        for (const lang of ['en', 'sv', 'nb'] as const) {
          for (const f of analyzeHeaders(fixture(name), lang).findings) {
            assert.doesNotMatch(`${f.title} ${f.explanation} ${f.fix ?? ''}`, /\{\{|\}\}|undefined/, `${name} ${lang} ${f.id}`);
          }
        }
      }
    });

    it('returns plain JSON', () => {
      const a = analyzeHeaders(fixture('m365-to-m365-junk.eml'), 'en');
      assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
    });

    it('never throws on damaged input', () => {
      const sources = ['postfix-amavis-lmtp.eml', 'm365-to-m365-junk.eml', 'exim-cpanel-spamassassin.eml', 'courier-clock-skew.eml'].map(
        (n) => fixture(n).toString('utf8'),
      );
      let seed = 42;
      const rand = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const junk = ['(', ')', ';', '[', ']', '"', '<', '\n', '\n ', ':', '=', ' ', 'from', 'by', '\u0000', 'é'];
      for (let round = 0; round < 300; round++) {
        const src = sources[round % sources.length] as string;
        let text = src;
        for (let k = 0; k < 1 + rand(8); k++) {
          const at = rand(text.length);
          const action = rand(3);
          if (action === 0) text = text.slice(0, at) + (junk[rand(junk.length)] as string) + text.slice(at);
          else if (action === 1) text = text.slice(0, at) + text.slice(at + 1 + rand(20));
          else text = text.slice(0, at);
        }
        const a = analyzeHeaders(text, 'en');
        assert.ok(Array.isArray(a.findings));
      }
    });
  });
});
