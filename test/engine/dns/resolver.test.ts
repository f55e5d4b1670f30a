import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { DnsTestServer } from '../../helpers/dns-test-server.ts';
import { startDnsTestServer } from '../../helpers/dns-test-server.ts';
import { BIG_TXT, ZONE } from './zone.ts';

describe('resolver', () => {
  let server: DnsTestServer;
  before(async () => {
    server = await startDnsTestServer({ zone: ZONE });
  });
  after(async () => {
    await server.close();
  });
  const resolver = (): ReturnType<typeof createResolver> => createResolver({ servers: [server.address], timeoutMs: 300, cache: false });

  describe('lookup', () => {
    it('returns MX records with evidence naming the server, question, rcode, answers, TTL and time', async () => {
      const before = Date.now();
      const r = await resolver().lookup('Example.Test.', 'MX');
      assert.equal(r.outcome, 'ok');
      assert.equal(r.name, 'example.test');
      assert.deepEqual(r.records, [
        { name: 'example.test', ttl: 300, data: { type: 'MX', preference: 10, exchange: 'mx1.example.test' } },
        { name: 'example.test', ttl: 300, data: { type: 'MX', preference: 20, exchange: 'mx2.example.test' } },
      ]);
      assert.equal(r.evidence.length, 1);
      const e = r.evidence[0];
      assert.ok(e);
      assert.equal(e.server, `127.0.0.1:${server.port}`);
      assert.equal(e.name, 'example.test');
      assert.equal(e.type, 'MX');
      assert.equal(e.rcode, 'NOERROR');
      assert.deepEqual(
        e.answers.map((a) => `${a.name} ${a.ttl} ${a.type} ${a.data}`),
        ['example.test 300 MX 10 mx1.example.test', 'example.test 300 MX 20 mx2.example.test'],
      );
      assert.equal(e.ad, false);
      assert.ok(e.elapsedMs >= 0 && e.elapsedMs < 300);
      assert.ok(Date.parse(e.at) >= before - 1 && Date.parse(e.at) <= Date.now());
    });

    it('asks with RD, EDNS0 at 1232 bytes and the DO bit', async () => {
      server.resetStats();
      await resolver().lookup('mx2.example.test', 'A');
      const q = server.queries[0];
      assert.ok(q);
      assert.deepEqual(
        { rd: q.rd, do: q.do, size: q.udpPayloadSize, transport: q.transport },
        { rd: true, do: true, size: 1232, transport: 'udp' },
      );
    });

    it('keeps each TXT string apart and joined, one record each', async () => {
      const r = await resolver().lookup('example.test', 'TXT');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [
          {
            type: 'TXT',
            strings: ['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.example.test -all'],
            text: 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.test -all',
          },
          { type: 'TXT', strings: ['google-site-verification=abc'], text: 'google-site-verification=abc' },
        ],
      );
    });

    it('decodes every record type the checks ask for', async () => {
      const res = resolver();
      const data = async (name: string, type: Parameters<typeof res.lookup>[1]): Promise<unknown> =>
        (await res.lookup(name, type)).records.map((r) => r.data);
      assert.deepEqual(await data('mx1.example.test', 'A'), [{ type: 'A', address: '192.0.2.10' }]);
      assert.deepEqual(await data('mx1.example.test', 'AAAA'), [{ type: 'AAAA', address: '2001:db8::10' }]);
      assert.deepEqual(await data('10.2.0.192.in-addr.arpa', 'PTR'), [{ type: 'PTR', target: 'mx1.example.test' }]);
      assert.deepEqual(await data('alias.example.test', 'CNAME'), [{ type: 'CNAME', target: 'chain.example.test' }]);
      assert.deepEqual(await data('example.test', 'NS'), [{ type: 'NS', target: 'ns1.example.test' }]);
      assert.deepEqual(await data('example.test', 'SOA'), [
        {
          type: 'SOA',
          mname: 'ns1.example.test',
          rname: 'hostmaster.example.test',
          serial: 7,
          refresh: 3600,
          retry: 600,
          expire: 86400,
          minimum: 60,
        },
      ]);
      assert.deepEqual(await data('_submission._tcp.example.test', 'SRV'), [
        { type: 'SRV', priority: 0, weight: 1, port: 587, target: 'mail.example.test' },
      ]);
      assert.deepEqual(await data('_25._tcp.mx1.example.test', 'TLSA'), [
        { type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) },
      ]);
      assert.deepEqual(await data('example.test', 'SPF'), [{ type: 'SPF', strings: ['v=spf1 ', '-all'], text: 'v=spf1 -all' }]);
      assert.deepEqual(await data('signed.example.test', 'DS'), [
        { type: 'DS', keyTag: 12345, algorithm: 13, digestType: 2, digest: 'cd'.repeat(32) },
      ]);
      assert.deepEqual(await data('signed.example.test', 'DNSKEY'), [
        { type: 'DNSKEY', flags: 257, algorithm: 13, key: Buffer.from('key-bytes').toString('base64') },
      ]);
    });

    it('returns nodata when the name exists without that type', async () => {
      const r = await resolver().lookup('mx2.example.test', 'AAAA');
      assert.equal(r.outcome, 'nodata');
      assert.deepEqual(r.records, []);
    });

    it('returns nodata for an empty non-terminal', async () => {
      assert.equal((await resolver().lookup('b.example.test', 'A')).outcome, 'nodata');
    });

    it('returns nxdomain when the name does not exist', async () => {
      const r = await resolver().lookup('nope.example.test', 'TXT');
      assert.equal(r.outcome, 'nxdomain');
      assert.equal(r.evidence[0]?.rcode, 'NXDOMAIN');
    });

    it('follows a CNAME chain inside the answer and lists its links', async () => {
      const r = await resolver().lookup('alias.example.test', 'A');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(r.cnames, ['chain.example.test', 'mx1.example.test']);
      assert.deepEqual(r.records, [{ name: 'mx1.example.test', ttl: 300, data: { type: 'A', address: '192.0.2.10' } }]);
      assert.equal(r.evidence.length, 1);
    });

    it('asks for the target when a reply stops at a CNAME', async () => {
      const partial = await startDnsTestServer({ zone: ZONE, chaseCnames: false });
      try {
        const r = await createResolver({ servers: [partial.address], timeoutMs: 300 }).lookup('alias.example.test', 'A');
        assert.equal(r.outcome, 'ok');
        assert.deepEqual(r.cnames, ['chain.example.test', 'mx1.example.test']);
        assert.deepEqual(
          partial.queries.map((q) => q.name),
          ['alias.example.test', 'chain.example.test', 'mx1.example.test'],
        );
        assert.equal(r.evidence.length, 3);
      } finally {
        await partial.close();
      }
    });

    it('returns nxdomain for a CNAME to a name that does not exist (RFC 6604)', async () => {
      const r = await resolver().lookup('dangling.example.test', 'A');
      assert.equal(r.outcome, 'nxdomain');
      assert.deepEqual(r.cnames, ['nowhere.example.test']);
    });

    it('stops a CNAME loop with an error', async () => {
      const r = await resolver().lookup('loop1.example.test', 'A');
      assert.equal(r.outcome, 'error');
      assert.match(r.detail ?? '', /CNAME loop/u);
    });

    it('retries over TCP when the UDP reply is truncated by size', async () => {
      server.resetStats();
      const r = await resolver().lookup('big.example.test', 'TXT');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(r.records[0]?.data, { type: 'TXT', strings: BIG_TXT, text: BIG_TXT.join('') });
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['TRUNCATED', 'NOERROR'],
      );
      assert.deepEqual(
        server.queries.map((q) => q.transport),
        ['udp', 'tcp'],
      );
    });

    it('answers from an IPv6 server', async () => {
      const v6 = await startDnsTestServer({ zone: ZONE, host: '::1' });
      try {
        const r = await createResolver({ servers: [v6.address] }).lookup('mx1.example.test', 'AAAA');
        assert.equal(r.outcome, 'ok');
        assert.equal(r.evidence[0]?.server, `[::1]:${v6.port}`);
        assert.deepEqual(
          r.records.map((x) => x.data),
          [{ type: 'AAAA', address: '2001:db8::10' }],
        );
      } finally {
        await v6.close();
      }
    });

    it('refuses invalid names without asking anyone', async () => {
      server.resetStats();
      const res = resolver();
      const long = `${'a'.repeat(64)}.example.test`;
      for (const name of [long, 'a..example.test', `${'abcdefgh.'.repeat(30)}test`]) {
        const r = await res.lookup(name, 'A');
        assert.equal(r.outcome, 'error');
        assert.match(r.detail ?? '', /invalid domain name/u);
        assert.deepEqual(r.evidence, []);
      }
      assert.equal(server.queries.length, 0);
    });

    it('returns error without servers', async () => {
      const r = await createResolver({ servers: [] }).lookup('example.test', 'A');
      assert.equal(r.outcome, 'error');
      assert.equal(r.detail, 'no DNS servers to ask');
    });
  });
});
