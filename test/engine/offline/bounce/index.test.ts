import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readBounce, readMbox } from '../../../../electron/engine/offline/bounce/index.ts';
import type { BounceKind } from '../../../../electron/engine/offline/bounce/index.ts';
import { UNDISCLOSED_RECIPIENT } from '../../../../electron/engine/offline/bounce/arf.ts';

const FIXTURES = new URL('../../../fixtures/bounces/', import.meta.url);
const load = (name: string): Buffer => readFileSync(new URL(name, FIXTURES));

interface Expected {
  readonly recipient: string;
  /** Sisimai's status; `null` where Sisimai reports a pseudo status because the message has none. */
  readonly status: string | null;
  readonly replyCode: number | null;
  readonly reason: string;
}

interface Case {
  readonly family: string;
  readonly file: string;
  readonly kind: BounceKind;
  readonly deliveries: readonly Expected[];
}

const d = (recipient: string, status: string | null, replyCode: number | null, reason: string): Expected => ({
  recipient,
  status,
  replyCode,
  reason,
});

/** Expected values from Sisimai's tests (go-sisimai fact/*_test.go) for these set-of-emails samples. */
const CASES: readonly Case[] = [
  {
    family: 'Postfix',
    file: 'postfix-72-mailru-dmarc.eml',
    kind: 'bounce',
    deliveries: [d('kijitora@mail.example.ru', '5.7.1', 550, 'authfailure')],
  },
  {
    family: 'Exchange/M365',
    file: 'exchange2007-03.eml',
    kind: 'bounce',
    deliveries: [d('jh1669@txstate.edu', '5.2.2', 550, 'mailboxfull')],
  },
  { family: 'Gmail', file: 'gmail-18.eml', kind: 'bounce', deliveries: [d('kijitora@example.or.jp', '5.1.1', 550, 'userunknown')] },
  { family: 'Postfix', file: 'postfix-30-m365.eml', kind: 'bounce', deliveries: [d('kijitora@example.br', '5.4.1', 550, 'userunknown')] },
  {
    family: 'Postfix',
    file: 'postfix-70-gmail-dmarc.eml',
    kind: 'bounce',
    deliveries: [d('kijitora@google.example.com', '5.7.26', 550, 'authfailure')],
  },
  {
    family: 'Exim',
    file: 'exim-02.eml',
    kind: 'bounce',
    deliveries: [d('kijitora@example.jp', '5.1.1', 550, 'userunknown'), d('sabatora@example.jp', '5.2.1', 550, 'userunknown')],
  },
  { family: 'Exim', file: 'exim-04.eml', kind: 'bounce', deliveries: [d('kijitora@example.ed.jp', '5.7.0', 550, 'blocked')] },
  { family: 'Exim', file: 'exim-30.eml', kind: 'bounce', deliveries: [d('kijitora@exmaple.ch', '5.7.1', 554, 'userunknown')] },
  { family: 'Exim', file: 'exim-36.eml', kind: 'bounce', deliveries: [d('kijitora@example.edu', null, 550, 'rejected')] },
  { family: 'Exim', file: 'exim-50.eml', kind: 'bounce', deliveries: [d('kijitora@neko.example.com', '5.1.7', 550, 'rejected')] },
  {
    family: 'Sendmail',
    file: 'sendmail-01.eml',
    kind: 'bounce',
    deliveries: [d('userunknown@bouncehammer.jp', '5.1.1', 550, 'userunknown')],
  },
  { family: 'qmail', file: 'qmail-03.eml', kind: 'bounce', deliveries: [d('kijitora@example.org', '5.7.1', 550, 'rejected')] },
  { family: 'Courier', file: 'courier-01.eml', kind: 'bounce', deliveries: [d('kijitora@example.co.jp', '5.1.1', 550, 'userunknown')] },
  {
    family: 'Exchange/M365',
    file: 'exchange2003-03.eml',
    kind: 'bounce',
    deliveries: [d('kijitora@example.jp', null, null, 'userunknown')],
  },
  {
    family: 'Exchange/M365',
    file: 'office365-09-html-only.eml',
    kind: 'bounce',
    deliveries: [d('azumakuniyuki@example.ne.jp', '5.1.351', 550, 'userunknown')],
  },
  {
    family: 'Gmail',
    file: 'gmail-02.eml',
    kind: 'bounce',
    deliveries: [d('aougoueioaldljgoiuiorghladkgke@example.fr', '5.1.1', 550, 'userunknown')],
  },
  {
    family: 'Google Workspace',
    file: 'googleworkspace-01.eml',
    kind: 'bounce',
    deliveries: [d('neko-nyaan-cat-meeting@google-groups.example.com', null, null, 'rejected')],
  },
  {
    family: 'Yahoo',
    file: 'yahoo-aol-01.eml',
    kind: 'bounce',
    deliveries: [d('kijitora@aol.example.jp', '5.7.9', 554, 'policyviolation')],
  },
  { family: 'Outlook.com', file: 'outlook-01.eml', kind: 'bounce', deliveries: [d('kijitora@example.jp', '5.2.2', 550, 'mailboxfull')] },
  { family: 'Zimbra', file: 'zimbra-composed.eml', kind: 'bounce', deliveries: [d('full@example.no', '5.2.2', 552, 'mailboxfull')] },
  { family: 'Domino', file: 'domino-01.eml', kind: 'bounce', deliveries: [d('kijitora@example.jp', null, null, 'userunknown')] },
  { family: 'MDaemon', file: 'mdaemon-composed.eml', kind: 'bounce', deliveries: [d('nobody@example.dk', '5.1.1', 550, 'userunknown')] },
  // The returned message's To: names nobody: Sisimai's placeholder for an undisclosed recipient.
  { family: 'ARF', file: 'arf-03.eml', kind: 'bounce', deliveries: [d(UNDISCLOSED_RECIPIENT, null, null, 'feedback')] },
  { family: 'delay', file: 'postfix-delay-composed.eml', kind: 'delay', deliveries: [d('bertil@example.no', '4.7.1', 451, 'blocked')] },
  { family: 'autoreply', file: 'rfc3834-01.eml', kind: 'autoreply', deliveries: [d('fred@example.com', null, null, 'vacation')] },
  {
    family: 'autoreply',
    file: 'autoreply-sv-composed.eml',
    kind: 'autoreply',
    deliveries: [d('bertil@example.se', null, null, 'vacation')],
  },
  { family: 'autoreply', file: 'autoreply-nb-composed.eml', kind: 'autoreply', deliveries: [d('kari@example.no', null, null, 'vacation')] },
  { family: 'not-a-bounce', file: 'not-a-bounce-composed.eml', kind: 'not-a-bounce', deliveries: [] },
];

describe('bounce', () => {
  it('covers every MTA family the issue names', () => {
    const families = new Set(CASES.map((c) => c.family));
    for (const f of [
      'Postfix',
      'Exim',
      'Sendmail',
      'qmail',
      'Courier',
      'Exchange/M365',
      'Gmail',
      'Google Workspace',
      'Yahoo',
      'Outlook.com',
      'Zimbra',
      'Domino',
      'MDaemon',
      'delay',
      'autoreply',
      'not-a-bounce',
    ]) {
      assert.ok(families.has(f), f);
    }
  });

  describe('readBounce on the fixture corpus', () => {
    for (const c of CASES) {
      it(`reads ${c.file} (${c.family}) as ${c.kind} with ${c.deliveries.map((x) => `${x.recipient}=${x.reason}`).join(', ') || 'no deliveries'}`, async () => {
        const r = await readBounce(load(c.file), 'en');
        assert.equal(r.kind, c.kind);
        assert.deepEqual(
          r.deliveries.map((x) => ({ recipient: x.recipient, status: x.status, replyCode: x.replyCode, reason: x.reason })),
          c.deliveries.map((x) => ({ ...x })),
        );
        for (const x of r.deliveries) {
          assert.ok(x.explanation.length > 10 && x.fix.length > 5, 'every delivery is explained');
        }
        assert.equal(r.findings.length, Math.max(1, r.deliveries.length));
      });
    }
  });

  describe('readBounce', () => {
    it('returns the original message identity from the returned message part', async () => {
      const r = await readBounce(load('sendmail-01.eml'), 'en');
      assert.deepEqual(r.original, {
        messageId: '<E1C50F1B-1C83-4820-BC36-AC6FBFBE8568@example.org>',
        date: 'Wed, 16 Oct 2013 14:15:35 +0900',
        from: '"Kijitora Cat" <kijitora@example.org>',
        to: 'userunknown@bouncehammer.jp',
        subject: 'バウンスメールのテスト(日本語)',
      });
    });

    it('reads the RFC 3464 per-recipient fields of a delay notice', async () => {
      const r = await readBounce(load('postfix-delay-composed.eml'), 'en');
      const x = r.deliveries[0];
      assert.equal(x?.action, 'delayed');
      assert.equal(x?.remoteMta, 'mx.example.no');
      assert.equal(x?.willRetryUntil, 'Sat,  8 Mar 2025 09:55:02 +0100 (CET)');
      assert.equal(r.original.subject, 'Offert för mars');
      assert.equal(r.findings[0]?.status, 'warning');
      assert.equal(r.findings[0]?.params?.matchedBy, 'text:greylisting');
    });

    it('quotes the Status and Diagnostic-Code lines as header evidence', async () => {
      const r = await readBounce(load('postfix-70-gmail-dmarc.eml'), 'en');
      const f = r.findings[0];
      assert.equal(f?.id, 'bounce.delivery.authfailure');
      assert.equal(f?.status, 'error');
      assert.deepEqual(
        f?.evidence.filter((e) => e.kind === 'header').map((e) => (e.kind === 'header' ? e.name : '')),
        ['Final-Recipient', 'Action', 'Status', 'Remote-MTA', 'Diagnostic-Code'],
      );
    });

    it('writes findings in Swedish and Norwegian', async () => {
      const sv = await readBounce(load('exim-02.eml'), 'sv');
      const nb = await readBounce(load('exim-02.eml'), 'nb');
      assert.match(sv.findings[0]?.title ?? '', /mottagaren finns inte/);
      assert.match(nb.findings[0]?.title ?? '', /mottakeren finnes ikke/);
      assert.match(sv.deliveries[0]?.fix ?? '', /Kontrollera/);
    });

    it('reads a DSN whose blocks are not separated by blank lines', async () => {
      const raw = [
        'From: MAILER-DAEMON@example.org',
        'To: a@example.org',
        'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status; boundary=B',
        '',
        '--B',
        'Content-Type: text/plain',
        '',
        'failed',
        '',
        '--B',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.org',
        'Final-Recipient: rfc822; one@example.net',
        'Action: failed',
        'Status: 5.2.2',
        'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
        'Final-Recipient: rfc822; two@example.net',
        'Action: failed',
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
        '--B--',
        '',
      ].join('\r\n');
      const r = await readBounce(raw, 'en');
      assert.deepEqual(
        r.deliveries.map((x) => [x.recipient, x.reason]),
        [
          ['one@example.net', 'mailboxfull'],
          ['two@example.net', 'userunknown'],
        ],
      );
    });

    it('reads a Swedish HTML-only Microsoft 365 NDR', async () => {
      const raw = [
        'From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>',
        'To: anna@example.se',
        'Subject: =?utf-8?q?Det_gick_inte_att_leverera:_Offert?=',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><body><p><b>Det gick inte att leverera meddelandet</b></p>',
        '<p><b>Diagnostikinformation för administratörer:</b></p>',
        '<p>Genererande server: HE1PR0101MB1234.eurprd01.prod.exchangelabs.com<br></p>',
        '<p>bertil@contoso.se<br>',
        "Fjärrservern returnerade '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'<br></p>",
        '</body></html>',
        '',
      ].join('\r\n');
      const r = await readBounce(raw, 'sv');
      assert.equal(r.kind, 'bounce');
      assert.deepEqual(
        r.deliveries.map((x) => [x.recipient, x.status, x.replyCode, x.reason, x.remoteMta]),
        [['bertil@contoso.se', '5.1.10', 550, 'userunknown', 'HE1PR0101MB1234.eurprd01.prod.exchangelabs.com']],
      );
    });

    it('reads input that is not a mail message as not-a-bounce', async () => {
      const r = await readBounce(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x0a]), 'en');
      assert.equal(r.kind, 'not-a-bounce');
      assert.equal(r.findings[0]?.id, 'bounce.not-a-bounce');
    });

    it('falls back to the text when the delivery-status part is empty', async () => {
      const r = await readBounce(load('googleworkspace-01.eml'), 'en');
      assert.match(r.deliveries[0]?.diagnostic ?? '', /SENT_SECOND_EHLO/);
    });
  });

  describe('readMbox', () => {
    it('reads every message of an mbox', async () => {
      const mbox = ['exim-02.eml', 'not-a-bounce-composed.eml', 'rfc3834-01.eml']
        .map(
          (f) =>
            `From MAILER-DAEMON Mon Mar  3 10:00:00 2025\n${load(f)
              .toString('utf8')
              .replace(/^From /gm, '>From ')}\n`,
        )
        .join('');
      const results = await readMbox(mbox, 'en');
      assert.deepEqual(
        results.map((r) => r.kind),
        ['bounce', 'not-a-bounce', 'autoreply'],
      );
    });
  });
});
