import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { KnotServer } from '../../helpers/knot.ts';
import { startKnot, ZONES_DIR } from '../../helpers/knot.ts';

describe('resolver', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const resolver = (): ReturnType<typeof createResolver> => createResolver({ servers: [knot.address], timeoutMs: 1000 });

  describe('against Knot, a real authoritative server', () => {
    it('reads MX records, with AD=false since an authoritative server does not validate', async () => {
      const r = await resolver().lookup('example.test', 'MX');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [
          { type: 'MX', preference: 10, exchange: 'mx1.example.test' },
          { type: 'MX', preference: 20, exchange: 'mx2.example.test' },
        ],
      );
      assert.equal(r.ad, false);
      assert.equal(r.evidence[0]?.ad, false);
      assert.equal(r.evidence[0]?.server, `127.0.0.1:${knot.port}`);
    });

    it('keeps the strings of a split DKIM key apart, and joined they are the fixture key', async () => {
      const pem = await readFile(path.join(ZONES_DIR, 'keys/selector1.example.test.pem'), 'utf-8');
      const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
      const r = await resolver().lookup('selector1._domainkey.example.test', 'TXT');
      const data = r.records[0]?.data;
      assert.ok(data?.type === 'TXT');
      assert.equal(data.strings.length, 2);
      assert.equal(data.strings[0]?.length, 250);
      assert.equal(data.text, `v=DKIM1; k=rsa; p=${spki}`);
      assert.equal(r.evidence[0]?.answers[0]?.data, data.text);
    });

    it('reads a TXT split across strings in an SPF include', async () => {
      const r = await resolver().lookup('_spf.example.test', 'TXT');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [
          {
            type: 'TXT',
            strings: ['v=spf1 ip4:198.51.100.0/24 ', 'ip6:2001:db8::/32 include:_spf2.example.test ~all'],
            text: 'v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 include:_spf2.example.test ~all',
          },
        ],
      );
    });

    it('reads the deprecated SPF record type', async () => {
      const r = await resolver().lookup('example.test', 'SPF');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'SPF', strings: ['v=spf1 ip4:192.0.2.0/24 -all'], text: 'v=spf1 ip4:192.0.2.0/24 -all' }],
      );
    });

    it('reads SRV records for submission', async () => {
      const r = await resolver().lookup('_submission._tcp.example.test', 'SRV');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'SRV', priority: 0, weight: 1, port: 587, target: 'mail.example.test' }],
      );
    });

    it("reads a TLSA record that matches the fixture certificate's key", async () => {
      const cert = new X509Certificate(await readFile(path.join(ZONES_DIR, 'keys/mx1.example.test.crt')));
      const digest = createHash('sha256')
        .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
      const r = await resolver().lookup('_25._tcp.mx1.example.test', 'TLSA');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: digest }],
      );
    });

    it('reads PTR records of the TEST-NET-1 and 2001:db8:: reverse zones', async () => {
      const res = resolver();
      const v4 = await res.lookup('10.2.0.192.in-addr.arpa', 'PTR');
      assert.deepEqual(
        v4.records.map((x) => x.data),
        [{ type: 'PTR', target: 'mx1.example.test' }],
      );
      const v6 = await res.lookup('0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa', 'PTR');
      assert.deepEqual(
        v6.records.map((x) => x.data),
        [{ type: 'PTR', target: 'mx1.example.test' }],
      );
    });

    it('follows a CNAME chain, a CNAME-delegated DKIM selector and a CNAME to the apex', async () => {
      const res = resolver();
      const chain = await res.lookup('chain1.example.test', 'AAAA');
      assert.deepEqual(
        [chain.outcome, chain.cnames, chain.records.map((x) => x.data)],
        ['ok', ['chain2.example.test', 'mx1.example.test'], [{ type: 'AAAA', address: '2001:db8::10' }]],
      );
      const dkim = await res.lookup('selector2._domainkey.example.test', 'TXT');
      assert.deepEqual([dkim.outcome, dkim.cnames], ['ok', ['selector1._domainkey.example.test']]);
      const www = await res.lookup('www.example.test', 'A');
      assert.deepEqual(
        www.records.map((x) => x.data),
        [{ type: 'A', address: '192.0.2.1' }],
      );
    });

    it('tells nxdomain, nodata, a dangling CNAME and a CNAME loop apart', async () => {
      const res = resolver();
      assert.equal((await res.lookup('missing.example.test', 'A')).outcome, 'nxdomain');
      assert.equal((await res.lookup('mx2.example.test', 'AAAA')).outcome, 'nodata');
      assert.equal((await res.lookup('b.example.test', 'A')).outcome, 'nodata');
      const dangling = await res.lookup('dangling.example.test', 'A');
      assert.deepEqual([dangling.outcome, dangling.cnames], ['nxdomain', ['nowhere.example.test']]);
      const loop = await res.lookup('loop1.example.test', 'A');
      assert.equal(loop.outcome, 'error');
      assert.match(loop.detail ?? '', /CNAME loop/u);
    });

    it('answers a wildcard with the asked name as owner', async () => {
      const r = await resolver().lookup('anything.wild.example.test', 'A');
      assert.deepEqual(r.records, [{ name: 'anything.wild.example.test', ttl: 300, data: { type: 'A', address: '192.0.2.99' } }]);
    });

    it('reads DNSKEYs of a signed zone and keeps RRSIGs as evidence, still AD=false', async () => {
      const res = resolver();
      const keys = await res.lookup('signed.test', 'DNSKEY');
      assert.equal(keys.outcome, 'ok');
      assert.ok(keys.records.some((x) => x.data.type === 'DNSKEY' && x.data.flags === 257 && x.data.algorithm === 13));
      const a = await res.lookup('signed.test', 'A');
      assert.equal(a.ad, false);
      assert.deepEqual(
        a.records.map((x) => x.data),
        [{ type: 'A', address: '192.0.2.2' }],
      );
      const sig = a.evidence[0]?.answers.find((x) => x.type === 'RRSIG');
      assert.match(sig?.data ?? '', /^A 13 2 300 \d{14} \d{14} \d+ signed\.test \S+$/u);
    });

    it('refuses a zone Knot does not serve', async () => {
      const r = await createResolver({ servers: [knot.address], retries: 0 }).lookup('example.org', 'A');
      assert.equal(r.outcome, 'refused');
    });
  });
});
