import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { YearTracker, ZoneClock } from '../../../../electron/engine/offline/logs/clock.ts';
import { createEximParser } from '../../../../electron/engine/offline/logs/exim.ts';
import { SyslogHeader } from '../../../../electron/engine/offline/logs/syslog.ts';

const clock = new ZoneClock('Europe/Stockholm');
const parser = createEximParser(clock, new SyslogHeader(clock, new YearTracker({ year: 2025 })));

function event(line: string) {
  const p = parser.parse(line);
  assert.ok(p, `not parsed: ${line}`);
  return { key: p.key, at: p.at, e: p.events[0] };
}

describe('exim', () => {
  describe('parse', () => {
    it('reads an arrival with host, login, size, message-id and subject', () => {
      const { key, at, e } = event(
        '2025-11-14 09:30:15 1tBmXz-0007Qa-2K <= maria@byra.example H=(laptop) [192.0.2.21] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:maria@byra.example S=20431 id=5f1e@byra.example T="Faktura 2025-0412"',
      );
      assert.equal(key, '1tBmXz-0007Qa-2K');
      assert.equal(new Date(at).toISOString(), '2025-11-14T08:30:15.000Z');
      assert.deepEqual(e, {
        type: 'arrival',
        from: 'maria@byra.example',
        size: 20431,
        client: '(laptop) [192.0.2.21]',
        saslUser: 'maria@byra.example',
        messageId: '5f1e@byra.example',
        subject: 'Faktura 2025-0412',
      });
    });

    it('reads a remote delivery with its confirmation', () => {
      const { e } = event(
        '2025-11-14 09:30:16 1tBmXz-0007Qa-2K => jonas@kund.example R=dnslookup T=remote_smtp H=mx1.kund.example [198.51.100.20] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 5D1C2B3A4F"',
      );
      assert.deepEqual(e, {
        type: 'recipient',
        address: 'jonas@kund.example',
        relay: 'mx1.kund.example[198.51.100.20]',
        status: 'sent',
        reply: '250 2.0.0 Ok: queued as 5D1C2B3A4F',
        dsn: '2.0.0',
      });
    });

    it('reads -> as another recipient of the same delivery', () => {
      const { e } = event(
        '2025-11-14 09:30:16 1tBmXz-0007Qa-2K -> ekonomi@kund.example R=dnslookup T=remote_smtp H=mx1.kund.example [198.51.100.20] C="250 OK"',
      );
      assert.equal(e?.type === 'recipient' ? e.address : undefined, 'ekonomi@kund.example');
    });

    it('reads a failure with the remote reply after the host', () => {
      const { e } = event(
        '2025-11-14 09:30:17 1tBmXz-0007Qa-2K ** fel@okand.example R=dnslookup T=remote_smtp H=mx.okand.example [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<fel@okand.example>: 550 5.1.1 <fel@okand.example>: Recipient address rejected: User unknown',
      );
      assert.deepEqual(e, {
        type: 'recipient',
        address: 'fel@okand.example',
        relay: 'mx.okand.example[203.0.113.5]',
        status: 'bounced',
        dsn: '5.1.1',
        reply:
          'SMTP error from remote mail server after RCPT TO:<fel@okand.example>: 550 5.1.1 <fel@okand.example>: Recipient address rejected: User unknown',
      });
    });

    it('reads an unroutable address and a deferral', () => {
      assert.deepEqual(event('2025-11-14 12:01:10 1tBoAb-0009Zz-Xy ** lisa@byra.example: Unrouteable address').e, {
        type: 'recipient',
        address: 'lisa@byra.example',
        status: 'bounced',
        reply: 'Unrouteable address',
      });
      const { e } = event(
        "2025-11-14 10:27:41 1tBnCa-0008AA-Lm == anders@gra.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'gra.example'",
      );
      assert.equal(e?.type === 'recipient' ? e.status : undefined, 'deferred');
      assert.equal(e?.type === 'recipient' ? e.reply : undefined, "retry time not reached for any host for 'gra.example'");
    });

    it('reads a local delivery under the full original address', () => {
      const { e } = event('2025-11-14 09:30:17 1tBmY0-0007Qd-5P => maria <maria@byra.example> R=local_user T=mail_spool');
      assert.deepEqual(e, { type: 'recipient', address: 'maria@byra.example', status: 'delivered' });
    });

    it('reads Completed, frozen and the bounce arrival', () => {
      assert.deepEqual(event('2025-11-14 09:30:17 1tBmXz-0007Qa-2K Completed').e, { type: 'completed' });
      assert.deepEqual(event('2025-11-14 12:35:00 1tBoAb-0009Zz-Xy Message is frozen').e, { type: 'frozen' });
      assert.deepEqual(event('2025-11-14 12:05:00 1tBoAb-0009Zz-Xy frozen by root').e, { type: 'frozen' });
      assert.equal(event('2025-11-14 09:30:17 1tBmY0-0007Qd-5P <= <> R=1tBmXz-0007Qa-2K U=Debian-exim P=local S=22512').e?.type, 'arrival');
    });

    it('reads the 4.97 message-id format, a pid and a zone', () => {
      const { key, at } = event(
        '2025-11-14 13:20:00.123 +0000 [4411] 1tBpQr-000000002Kc-0AbC <= m@b.example H=(l) [192.0.2.21] P=esmtpsa S=4400',
      );
      assert.equal(key, '1tBpQr-000000002Kc-0AbC');
      assert.equal(new Date(at).toISOString(), '2025-11-14T13:20:00.123Z');
    });

    it('reads a refused recipient without a message id', () => {
      const { key, e } = event(
        '2025-11-14 11:00:02 H=(bad.example) [203.0.113.99] F=<spoof@byra.example> rejected RCPT <maria@byra.example>: relay not permitted',
      );
      assert.equal(key, undefined);
      assert.deepEqual(e, {
        type: 'rejected',
        reply: 'relay not permitted',
        address: 'maria@byra.example',
        from: 'spoof@byra.example',
        client: '(bad.example) [203.0.113.99]',
      });
    });

    it('reads Exim lines written through syslog', () => {
      const { key, e } = event('Nov 14 09:30:17 mail exim[2211]: 1tBmXz-0007Qa-2K Completed');
      assert.equal(key, '1tBmXz-0007Qa-2K');
      assert.deepEqual(e, { type: 'completed' });
    });

    it('does not read lines of other formats', () => {
      assert.equal(parser.parse('Dec 30 09:14:04 mail postfix/qmgr[811]: 4F2A81C0A3: removed'), undefined);
      assert.equal(parser.parse('garbage'), undefined);
    });
  });
});
