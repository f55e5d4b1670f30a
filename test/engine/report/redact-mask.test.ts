import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateIp, Masker } from '../../../electron/engine/report/redact-mask.ts';

const ALL = { localParts: true, internalHosts: true, internalIps: true };

function masker(learnFrom: unknown = {}, mask = ALL): Masker {
  const m = new Masker(mask);
  m.learn(learnFrom);
  return m;
}

describe('report', () => {
  describe('isPrivateIp', () => {
    it('knows RFC 1918, CGNAT, link-local and IPv6 unique-local and link-local addresses', () => {
      for (const ip of ['10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.23', '100.64.0.1', '169.254.10.10', 'fd12:3456::1', 'fc00::1', 'fe80::1%eth0', '::ffff:10.1.2.3']) {
        assert.equal(isPrivateIp(ip), true, ip);
      }
      for (const ip of ['8.8.8.8', '172.32.0.1', '198.51.100.7', '127.0.0.1', '100.128.0.1', '2001:db8::1', '::1', 'not-an-ip', '300.1.1.1']) {
        assert.equal(isPrivateIp(ip), false, ip);
      }
    });
  });

  describe('Masker', () => {
    it('numbers each distinct address once, keeping the domain', () => {
      const m = masker();
      assert.equal(m.text('from=<anna@firma.se> to=<ola@kund.no>, cc anna@firma.se, ANNA@FIRMA.SE'), 'from=<user1@firma.se> to=<user2@kund.no>, cc user1@firma.se, user1@FIRMA.SE');
      assert.deepEqual(m.counts(), { addresses: 2, hosts: 0, ips: 0 });
    });

    it('masks the mailbox behind key=value, BATV and SRS prefixes, and keeps role mailboxes', () => {
      const m = masker();
      assert.equal(m.text('orig_to=anna@firma.se'), 'orig_to=user1@firma.se');
      assert.equal(m.text('prvs=1234abcd=anna@firma.se'), 'prvs=1234abcd=user1@firma.se');
      assert.equal(m.text('postmaster@kund.no MAILER-DAEMON@mx.kund.no abuse@kund.no'), 'postmaster@kund.no MAILER-DAEMON@mx.kund.no abuse@kund.no');
      assert.equal(m.text('DKIM i=@firma.se'), 'DKIM i=@firma.se');
    });

    it('leaves Message-IDs alone, found in fields, headers and log text', () => {
      const m = masker({ messageId: '<abc.123@mail.firma.se>', ev: { kind: 'header', name: 'References', value: '<r1@x.example> <r2@y.example>' }, log: 'cleanup: message-id=<CAF=x9@mail.gmail.com>' });
      assert.equal(m.text('Message-ID <abc.123@mail.firma.se> refs r1@x.example CAF=x9@mail.gmail.com'), 'Message-ID <abc.123@mail.firma.se> refs r1@x.example CAF=x9@mail.gmail.com');
      assert.equal(m.text('anna@firma.se'), 'user1@firma.se');
    });

    it('masks private IPv4 and IPv6 wherever they stand, and reverse names of them', () => {
      const m = masker();
      assert.equal(m.text('client=unknown[10.0.0.5]:51234 via 10.0.0.5, [IPv6:fd00::25] 172.20.1.1'), 'client=unknown[ip1]:51234 via ip1, [IPv6:ip2] ip3');
      assert.equal(m.text('5.0.0.10.in-addr.arpa PTR'), 'ip1.in-addr.arpa PTR');
      assert.equal(m.text('anna@[10.0.0.5]'), 'user1@[ip1]');
    });

    it('does not touch public addresses, times, versions or loopback', () => {
      const m = masker();
      const s = 'relay=mx[203.0.113.5]:25 at 09:58:02, Exim 4.96, TLSv1.3, 8.17.1/8.17.1, 127.0.0.1, 2001:db8::25, 1.2.3.4.5';
      assert.equal(m.text(s), s);
    });

    it('masks internal names by suffix and names seen with a private address, consistently', () => {
      const m = masker({ hop: { from: { helo: 'EXCH01', rdns: 'exch01.corp.firma.se', ip: '10.1.1.1' } }, line: 'client=gw.firma.se[192.168.0.1]' });
      assert.equal(
        m.text('from EXCH01 (exch01.corp.firma.se [10.1.1.1]) by smtp.firma.se; EHLO laptop.firma.lan; gw.firma.se; nas.home.arpa; printer.local.'),
        'from host1.internal (host2.internal [ip1]) by smtp.firma.se; EHLO host3.internal; host4.internal; host5.internal; host6.internal.',
      );
      assert.equal(m.text('EXCH01 again, Exch01 too, and exch01.corp.firma.se'), 'host1.internal again, host1.internal too, and host2.internal');
      assert.equal(m.text('mailbox firma.se and smtp.firma.se stay'), 'mailbox firma.se and smtp.firma.se stay');
    });

    it('does not take an ordinary word for an internal host', () => {
      const m = masker({ from: { helo: 'mail', ip: '10.0.0.2' } });
      assert.equal(m.text('the mail was sent'), 'the mail was sent');
    });

    it('masks only the kinds asked for', () => {
      assert.equal(masker({}, { localParts: false, internalHosts: true, internalIps: false }).text('anna@srv.corp 10.0.0.1'), 'anna@host1.internal 10.0.0.1');
      assert.equal(masker({}, { localParts: true, internalHosts: false, internalIps: false }).text('anna@srv.corp 10.0.0.1'), 'user1@srv.corp 10.0.0.1');
    });
  });
});
