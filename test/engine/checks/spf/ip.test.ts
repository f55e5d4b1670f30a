import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  dotFormat,
  formatIp,
  inCidr,
  parseClientIp,
  parseIpv4,
  parseIpv6,
  reverseName,
} from '../../../../electron/engine/checks/spf/ip.ts';

const v4 = (s: string) => {
  const ip = parseIpv4(s);
  assert.ok(ip, s);
  return ip;
};
const v6 = (s: string) => {
  const ip = parseIpv6(s);
  assert.ok(ip, s);
  return ip;
};

describe('spf', () => {
  describe('ip', () => {
    it('accepts dotted quads without leading zeros only', () => {
      assert.deepEqual(Array.from(v4('192.0.2.255').bytes), [192, 0, 2, 255]);
      for (const bad of ['192.0.2', '192.0.2.256', '192.0.02.1', '1.2.3.4.5', '']) assert.equal(parseIpv4(bad), undefined, bad);
    });

    it('parses every RFC 4291 text form of IPv6 and rejects the rest', () => {
      assert.equal(formatIp(v6('2001:DB8:0:0:0:0:0:1')), '2001:db8::1');
      assert.equal(formatIp(v6('::')), '::');
      assert.equal(formatIp(v6('::1.1.1.1')), '::101:101');
      assert.equal(formatIp(v6('1:2:3:4:5:6:1.2.3.4')), '1:2:3:4:5:6:102:304');
      for (const bad of [':CAFE::BABE', '1::2::3', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', '::1.2.3', 'fe80::1%eth0']) {
        assert.equal(parseIpv6(bad), undefined, bad);
      }
    });

    it('treats an IPv4-mapped IPv6 client as IPv4 (RFC 7208 §5)', () => {
      const ip = parseClientIp('::FFFF:192.0.2.3');
      assert.equal(ip?.version, 4);
      assert.equal(ip && formatIp(ip), '192.0.2.3');
      assert.equal(parseClientIp('[2001:db8::1]')?.version, 6);
      assert.equal(parseClientIp('not an ip'), undefined);
    });

    it('compares prefixes bit by bit and never across versions', () => {
      assert.ok(inCidr(v4('192.0.2.200'), v4('192.0.2.1'), 24));
      assert.ok(!inCidr(v4('192.0.3.1'), v4('192.0.2.1'), 24));
      assert.ok(inCidr(v4('192.0.2.1'), v4('192.0.2.0'), 31));
      assert.ok(!inCidr(v4('192.0.2.1'), v4('192.0.2.0'), 32));
      assert.ok(inCidr(v4('1.1.1.1'), v4('8.8.8.8'), 0));
      assert.ok(inCidr(v6('cafe:babe:8000::'), v6('cafe:babe::'), 32));
      assert.ok(!inCidr(v6('cafe:babe:8000::'), v6('cafe:babe::'), 33));
      assert.ok(!inCidr(v6('::ffff:1.2.3.4'), v4('1.2.3.4'), 0));
    });

    it('writes the i-macro form and the reverse name of both families (§7.3, §7.4)', () => {
      assert.equal(dotFormat(v4('192.0.2.3')), '192.0.2.3');
      assert.equal(dotFormat(v6('2001:db8::cb01')), '2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1');
      assert.equal(reverseName(v4('192.0.2.3')), '3.2.0.192.in-addr.arpa');
      assert.equal(reverseName(v6('2001:db8::cb01')), '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
    });
  });
});
