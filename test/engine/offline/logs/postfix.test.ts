import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { YearTracker, ZoneClock } from '../../../../electron/engine/offline/logs/clock.ts';
import type { LogEvent, ParsedLine } from '../../../../electron/engine/offline/logs/events.ts';
import { createPostfixParser } from '../../../../electron/engine/offline/logs/postfix.ts';
import { SyslogHeader } from '../../../../electron/engine/offline/logs/syslog.ts';

function parser(year = 2025) {
  return createPostfixParser(new SyslogHeader(new ZoneClock('UTC'), new YearTracker({ year })));
}

function one(line: string): { p: ParsedLine; e: LogEvent | undefined } {
  const p = parser().parse(line);
  assert.ok(p, `not parsed: ${line}`);
  return { p, e: p.events[0] };
}

describe('postfix', () => {
  describe('parse', () => {
    it('reads the smtpd client line with its SASL login', () => {
      const { p, e } = one(
        'Dec 30 09:14:03 mail postfix/submission/smtpd[2101]: 4F2A81C0A3: client=laptop.exempel.se[192.0.2.10], sasl_method=PLAIN, sasl_username=anna@exempel.se',
      );
      assert.equal(p.key, '4F2A81C0A3');
      assert.equal(new Date(p.at).toISOString(), '2025-12-30T09:14:03.000Z');
      assert.deepEqual(e, { type: 'arrival', client: 'laptop.exempel.se[192.0.2.10]', saslUser: 'anna@exempel.se' });
    });

    it('reads the cleanup message-id', () => {
      const { e } = one('Dec 30 09:14:03 mail postfix/cleanup[2105]: 4F2A81C0A3: message-id=<c3f1@exempel.se>');
      assert.deepEqual(e, { type: 'message-id', messageId: 'c3f1@exempel.se' });
    });

    it('reads the qmgr sender, size and recipient count', () => {
      const { e } = one('Dec 30 09:14:03 mail postfix/qmgr[811]: 4F2A81C0A3: from=<anna@exempel.se>, size=48213, nrcpt=2 (queue active)');
      assert.deepEqual(e, { type: 'sender', from: 'anna@exempel.se', size: 48213, nrcpt: 2 });
    });

    it('reads the null sender of a bounce as the empty string', () => {
      const { e } = one('Dec 30 09:14:04 mail postfix/qmgr[811]: 5B7E91C0B1: from=<>, size=3102, nrcpt=1 (queue active)');
      assert.equal(e?.type === 'sender' ? e.from : undefined, '');
    });

    it('reads a delivery with relay, delays, dsn and the remote reply', () => {
      const { e } = one(
        'Dec 30 09:14:04 mail postfix/smtp[2110]: 4F2A81C0A3: to=<bo@kund.example>, relay=mx1.kund.example[198.51.100.20]:25, delay=1.3, delays=0.21/0.02/0.44/0.63, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7C3D2E1F90)',
      );
      assert.deepEqual(e, {
        type: 'recipient',
        address: 'bo@kund.example',
        status: 'sent',
        relay: 'mx1.kund.example[198.51.100.20]:25',
        dsn: '2.0.0',
        reply: '250 2.0.0 Ok: queued as 7C3D2E1F90',
        delay: 1.3,
        delays: { beforeQueue: 0.21, inQueue: 0.02, connect: 0.44, transmit: 0.63 },
      });
    });

    it('keeps orig_to and the nested parentheses of a bounce reply', () => {
      const { e } = one(
        'Dec 30 19:20:06 mail postfix/smtp[2510]: 9A1B2C3D4E: to=<Order@Kund.Example>, orig_to=<order@kund.example>, relay=mx[198.51.100.20]:25, conn_use=2, delay=0.61, delays=0.02/0.01/0.3/0.28, dsn=5.1.1, status=bounced (host mx[198.51.100.20] said: 550 5.1.1 <x>: User unknown (in reply to RCPT TO command))',
      );
      assert.equal(e?.type, 'recipient');
      if (e?.type !== 'recipient') return;
      assert.equal(e.orig, 'order@kund.example');
      assert.equal(e.status, 'bounced');
      assert.equal(e.reply, 'host mx[198.51.100.20] said: 550 5.1.1 <x>: User unknown (in reply to RCPT TO command)');
    });

    it('calls a local, virtual or LMTP delivery delivered', () => {
      const { e } = one(
        'Dec 30 09:14:04 mail postfix/virtual[2113]: 5B7E91C0B1: to=<anna@exempel.se>, relay=virtual, delay=0.02, delays=0/0/0/0.02, dsn=2.0.0, status=sent (delivered to maildir)',
      );
      assert.equal(e?.type === 'recipient' ? e.status : undefined, 'delivered');
    });

    it('reads deferred and expired', () => {
      assert.equal(
        one(
          'Dec 30 16:40:40 mail postfix/smtp[2410]: 7E8F9A0B1C: to=<a@b.example>, relay=none, delay=30, delays=0.12/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.b.example[203.0.113.80]:25: Connection timed out)',
        ).e?.type,
        'recipient',
      );
      assert.deepEqual(
        one('Jan  1 08:00:00 mail postfix/qmgr[811]: 7E8F9A0B1C: from=<lars@exempel.se>, status=expired, returned to sender').e,
        { type: 'expired' },
      );
    });

    it('reads the bounce notification and removals, telling postsuper from qmgr', () => {
      assert.deepEqual(one('Dec 30 09:14:04 mail postfix/bounce[2112]: 4F2A81C0A3: sender non-delivery notification: 5B7E91C0B1').e, {
        type: 'notification',
        kind: 'non-delivery',
        id: '5B7E91C0B1',
      });
      assert.deepEqual(one('Dec 30 09:14:04 mail postfix/qmgr[811]: 4F2A81C0A3: removed').e, { type: 'removed', admin: false });
      assert.deepEqual(one('Jan  1 09:15:00 mail postfix/postsuper[4000]: 1122334455: removed').e, { type: 'removed', admin: true });
    });

    it('reads a NOQUEUE reject as a refusal without a key', () => {
      const { p, e } = one(
        'Dec 30 11:02:45 mail postfix/submission/smtpd[2240]: NOQUEUE: reject: RCPT from unknown[192.0.2.77]: 554 5.7.1 <k@extern.example>: Relay access denied; from=<s@extern.example> to=<k@extern.example> proto=ESMTP helo=<[192.0.2.77]>',
      );
      assert.equal(p.key, undefined);
      assert.deepEqual(e, {
        type: 'rejected',
        reply: '554 5.7.1 <k@extern.example>: Relay access denied',
        client: 'unknown[192.0.2.77]',
        dsn: '5.7.1',
        address: 'k@extern.example',
        from: 's@extern.example',
      });
    });

    it('reads an smtpd refusal of one more recipient of a queued message (Postfix 3.7 log)', () => {
      const { p, e } = one(
        'Nov 24 05:15:20 mail postfix/submission/smtpd[2537]: D154720F197: reject: RCPT from unknown[127.0.0.1]: 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table; from=<alice@example.test> to=<nobody@example.test> proto=ESMTP helo=<[127.0.0.1]>',
      );
      assert.equal(p.key, 'D154720F197');
      assert.deepEqual(e, {
        type: 'rejected',
        reply: '550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table',
        client: 'unknown[127.0.0.1]',
        dsn: '5.1.1',
        address: 'nobody@example.test',
        from: 'alice@example.test',
      });
    });

    it('reads a cleanup header check refusal with the reply after the envelope', () => {
      const { e } = one(
        'Dec 30 10:00:00 mail postfix/cleanup[2105]: 4F2A81C0A3: reject: header Subject: Cheap pills from unknown[192.0.2.9]; from=<a@b.example> to=<c@d.example> proto=ESMTP helo=<x>: 5.7.1 Message content rejected',
      );
      assert.deepEqual(e, { type: 'rejected', reply: '5.7.1 Message content rejected', address: 'c@d.example', from: 'a@b.example' });
    });

    it('reads a pickup submission as an arrival', () => {
      assert.deepEqual(one('Dec 30 19:20:05 mail postfix/pickup[2501]: 9A1B2C3D4E: uid=33 from=<www-data@exempel.se>').e, {
        type: 'arrival',
        from: 'www-data@exempel.se',
      });
    });

    it('reads long queue IDs and RFC 3339 timestamps with fractions and offsets', () => {
      const { p } = one(
        '2026-03-02T10:15:01.901244+01:00 mx01 postfix/submission/smtpd[1201]: 4QmTkR1sT2zJ8Lp: client=unknown[192.0.2.55]',
      );
      assert.equal(p.key, '4QmTkR1sT2zJ8Lp');
      assert.equal(new Date(p.at).toISOString(), '2026-03-02T09:15:01.901Z');
      assert.equal(p.iso, '2026-03-02T10:15:01.901+01:00');
    });

    it('reads the maillog_file format with microseconds on a classic stamp', () => {
      const { p } = one('Mar  5 10:12:34.123456 mail postfix/qmgr[88]: 1A2B3C4D5E: removed');
      assert.equal(new Date(p.at).toISOString(), '2025-03-05T10:12:34.123Z');
    });

    it('knows other programs and connection lines but gives them no event', () => {
      const p = parser();
      assert.deepEqual(
        p.parse('Dec 30 09:14:03 mail opendkim[620]: 4F2A81C0A3: DKIM-Signature field added (s=m, d=exempel.se)')?.events,
        [],
      );
      assert.deepEqual(
        p.parse('Dec 30 09:14:02 mail postfix/submission/smtpd[2101]: connect from laptop.exempel.se[192.0.2.10]')?.events,
        [],
      );
      assert.equal(p.parse('Dec 30 09:14:02 mail postfix/smtpd[2101]: warning: hostname x does not resolve')?.key, undefined);
    });

    it('does not read damaged or foreign lines', () => {
      const p = parser();
      assert.equal(p.parse('this line is not from any mail server at all'), undefined);
      assert.equal(p.parse('Dec 30 18:0\ufffd:\u0000 mail postfix/smtp[2470]: 7E8F9A0B1C: to=<inkop@ne'), undefined);
      assert.equal(p.parse('Foo 30 18:00:00 mail postfix/smtp[1]: ABCDEF1234: removed'), undefined);
    });
  });
});
