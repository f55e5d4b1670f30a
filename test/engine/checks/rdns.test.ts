import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkReverseDns,
  heloKind,
  POOL_PATTERNS,
  poolPatterns,
  type ReverseDnsParams,
  type ReverseDnsResult,
} from '../../../electron/engine/checks/rdns.ts';
import { reverseName } from '../../../electron/engine/checks/support/names.ts';
import { createResolver } from '../../../electron/engine/dns/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { startDnsTestServer, type DnsTestServer } from '../../helpers/dns-test-server.ts';
import type { KnotServer } from '../../helpers/knot.ts';
import { knotResolver, startChecksKnot } from '../../fixtures/zones-checks/serve.ts';

const ids = (r: { findings: readonly Finding[] }): string[] => r.findings.map((f) => f.id);
const find = (r: { findings: readonly Finding[] }, id: string): Finding => {
  const f = r.findings.find((x) => x.id === id);
  assert.ok(f, `no ${id} in ${ids(r).join(', ')}`);
  return f;
};

describe('rdns', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (params: ReverseDnsParams): Promise<ReverseDnsResult> =>
    checkReverseDns(params, { resolver: knotResolver(knot), lang: 'en' });

  describe('checkReverseDns', () => {
    it('confirms an IPv4 PTR whose name resolves back to the address', async () => {
      const r = await run({ ip: '192.0.2.10' });
      assert.deepEqual(ids(r), ['rdns.fcrdns.ok']);
      assert.deepEqual(
        [r.status, r.reverseName, r.ptr, r.confirmed],
        ['confirmed', '10.2.0.192.in-addr.arpa', ['mx1.example.test'], ['mx1.example.test']],
      );
      assert.deepEqual(
        r.findings[0]?.evidence.map((e) => e.kind === 'dns' && `${e.type} ${e.name}`),
        ['PTR 10.2.0.192.in-addr.arpa', 'A mx1.example.test'],
      );
      assert.equal(r.findings[0]?.whoMustAct, 'nobody');
    });

    it('confirms an IPv6 PTR through the ip6.arpa nibble name and AAAA', async () => {
      const r = await run({ ip: '2001:DB8::10' });
      assert.equal(r.reverseName, '0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
      assert.deepEqual(ids(r), ['rdns.fcrdns.ok']);
    });

    it('says an address without PTR has no reverse DNS and the provider must set it', async () => {
      const r = await run({ ip: '192.0.2.77' });
      assert.deepEqual(ids(r), ['rdns.ptr.missing']);
      const f = r.findings[0];
      assert.deepEqual([f?.status, f?.whoMustAct, f?.params?.['outcome']], ['error', 'sender-provider', 'NXDOMAIN']);
    });

    it('reports a PTR name that does not resolve back (not forward-confirmed)', async () => {
      const r = await run({ ip: '192.0.2.50' });
      assert.deepEqual(ids(r), ['rdns.fcrdns.mismatch']);
      assert.deepEqual(
        [r.status, r.findings[0]?.params?.['ptr'], r.findings[0]?.params?.['addresses']],
        ['unconfirmed', 'unconfirmed.example.test', '-'],
      );
    });

    it('warns about several PTR records and confirms the one that resolves back', async () => {
      const r = await run({ ip: '203.0.113.7' });
      assert.deepEqual(ids(r), ['rdns.ptr.multiple', 'rdns.fcrdns.mismatch']);
      assert.equal(find(r, 'rdns.fcrdns.mismatch').params?.['addresses'], '192.0.2.10, 192.0.2.61');
    });

    it('warns about a forward-confirmed name that looks like a residential pool', async () => {
      const r = await run({ ip: '203.0.113.8' });
      assert.deepEqual(ids(r), ['rdns.fcrdns.ok', 'rdns.ptr.dynamic']);
      assert.equal(find(r, 'rdns.ptr.dynamic').params?.['patterns'], 'ip-embedded, customer');
      assert.deepEqual(r.dynamic, [{ name: '203-0-113-8.customer.isp.pool.test', patterns: ['ip-embedded', 'customer'] }]);
    });

    it('flags a dynamic-looking PTR even when its forward zone cannot be asked (REFUSED: unknown, not a mismatch)', async () => {
      const r = await run({ ip: '192.0.2.55' });
      assert.deepEqual(ids(r), ['dns.refused', 'rdns.ptr.dynamic']);
      assert.equal(r.status, 'unknown');
      assert.equal(find(r, 'rdns.ptr.dynamic').params?.['patterns'], 'ip-embedded, dynamic, pool');
    });

    it('refuses input that is no IP address without asking DNS', async () => {
      const r = await run({ ip: 'mail.example.test' });
      assert.deepEqual([ids(r), r.status, r.evidence.length], [['rdns.ip.invalid'], 'invalid-ip', 0]);
    });
  });

  describe('HELO', () => {
    it('is ok when the name resolves to the sending IP and equals the PTR name', async () => {
      const r = await run({ ip: '192.0.2.10', helo: 'MX1.example.test' });
      assert.deepEqual(ids(r), ['rdns.fcrdns.ok', 'helo.ok']);
      assert.deepEqual(r.helo, { name: 'mx1.example.test', kind: 'fqdn', addresses: ['192.0.2.10', '2001:db8::10'], matchesIp: true });
    });

    it('warns when the name resolves elsewhere, and notes a name other than the PTR', async () => {
      const r = await run({ ip: '192.0.2.10', helo: 'mx2.example.test' });
      assert.deepEqual(ids(r), ['rdns.fcrdns.ok', 'helo.mismatch', 'helo.ptr-differs']);
      assert.equal(find(r, 'helo.mismatch').params?.['addresses'], '192.0.2.20');
    });

    it('warns when the name does not resolve', async () => {
      const r = await run({ ip: '192.0.2.10', helo: 'nohost.checks.test' });
      assert.deepEqual(
        ids(r).filter((i) => i.startsWith('helo.unres')),
        ['helo.unresolvable'],
      );
    });

    it('rejects bare words, unbracketed addresses, internal and invalid names without lookups', async () => {
      for (const [helo, id] of [
        ['EXCHANGE01', 'helo.bare'],
        ['192.0.2.10', 'helo.ip-unbracketed'],
        ['exchange.corp.local', 'helo.private-name'],
        ['localhost', 'helo.private-name'],
        ['mail_server.example.test', 'helo.invalid'],
      ] as const) {
        const r = await run({ ip: '192.0.2.10', helo });
        assert.deepEqual(ids(r), ['rdns.fcrdns.ok', id], helo);
        assert.equal(find(r, id).status, 'error');
        assert.ok(!r.evidence.some((e) => e.name === helo.toLowerCase()), helo);
      }
    });

    it('warns about an address literal, and about one that is not the sending IP', async () => {
      const same = await run({ ip: '192.0.2.10', helo: '[192.0.2.10]' });
      assert.deepEqual(ids(same), ['rdns.fcrdns.ok', 'helo.address-literal']);
      const other = await run({ ip: '192.0.2.10', helo: '[192.0.2.99]' });
      assert.deepEqual(ids(other), ['rdns.fcrdns.ok', 'helo.address-literal', 'helo.mismatch']);
    });

    it('classifies HELO names', () => {
      assert.deepEqual(['mail.example.test', '[IPv6:2001:db8::1]', '2001:db8::1', 'host', 'srv.home.arpa', '[nonsense]'].map(heloKind), [
        'fqdn',
        'address-literal',
        'ip-unbracketed',
        'bare',
        'private',
        'invalid',
      ]);
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: { '9.2.0.192.in-addr.arpa': [{ type: 'PTR', data: 'mail.broken.test' }] },
        faults: {
          '8.2.0.192.in-addr.arpa': { rcode: 'SERVFAIL' },
          'mail.broken.test': { rcode: 'SERVFAIL' },
          'helo.broken.test': { rcode: 'SERVFAIL' },
        },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports a SERVFAIL on the PTR lookup as a DNS failure, not as a missing PTR', async () => {
      const r = await checkReverseDns({ ip: '192.0.2.8' }, deps());
      assert.deepEqual([ids(r), r.status], [['dns.servfail'], 'unknown']);
      assert.equal(r.findings[0]?.check, 'rdns');
    });

    it('reports a failed forward lookup as unknown, not as a mismatch, and a failed HELO lookup likewise', async () => {
      const r = await checkReverseDns({ ip: '192.0.2.9', helo: 'helo.broken.test' }, deps());
      assert.deepEqual([ids(r), r.status], [['dns.servfail', 'dns.servfail', 'dns.servfail', 'helo.ptr-differs'], 'unknown']);
      assert.deepEqual(
        r.findings.map((f) => f.check),
        ['rdns', 'helo', 'helo', 'helo'],
      );
    });
  });

  describe('pool patterns', () => {
    // Each pattern: a name it must match (for 198.51.100.23) and a mail-server name it must not.
    const cases: Record<string, [string, string]> = {
      'ip-embedded': ['198-51-100-23.static.isp.example', 'mail.isp.example'],
      'ip-hex': ['c6336417.isp.example', 'c6336418.isp.example'],
      dynamic: ['a23.dyn.isp.example', 'dynamo.isp.example'],
      dhcp: ['dhcp-23.isp.example', 'mx.isp.example'],
      pool: ['23.pool.isp.example', 'pooling.isp.example'],
      dsl: ['adsl23.isp.example', 'mail.dsl-hosting.example'],
      cable: ['cable-23.isp.example', 'cables.isp.example'],
      ppp: ['ppp23.isp.example', 'pppx.isp.example'],
      broadband: ['23.broadband.isp.example', 'broad.isp.example'],
      customer: ['cust23.isp.example', 'custom.isp.example'],
      client: ['client-23.isp.example', 'clientmail.isp.example'],
      'host-number': ['host-23.isp.example', 'hostmaster.isp.example'],
      dialup: ['dialup23.isp.example', 'dialog.isp.example'],
      residential: ['res23.isp.example', 'resources.isp.example'],
      cpe: ['cpe-23.isp.example', 'cpex.isp.example'],
      mobile: ['mobile-23.isp.example', 'mobilemail.isp.example'],
    };

    it('has a case for every pattern', () => {
      assert.deepEqual(Object.keys(cases).sort(), POOL_PATTERNS.map((p) => p.id).sort());
    });

    for (const [id, [hit, miss]] of Object.entries(cases)) {
      it(`matches ${id} in ${hit} but not in ${miss}`, () => {
        assert.ok(poolPatterns(hit, '198.51.100.23').includes(id), `${id} should match ${hit}`);
        assert.deepEqual(poolPatterns(miss, '198.51.100.23'), [], `${miss}`);
      });
    }

    it('finds embedded octets reversed and zero-padded', () => {
      assert.deepEqual(poolPatterns('23.100.51.198.isp.example', '198.51.100.23'), ['ip-embedded']);
      assert.deepEqual(poolPatterns('198051100023.isp.example', '198.51.100.23'), ['ip-embedded']);
    });
  });

  describe('reverseName', () => {
    it('writes IPv4 in in-addr.arpa and IPv6 as ip6.arpa nibbles, IPv4-mapped included', () => {
      assert.equal(reverseName('192.0.2.1'), '1.2.0.192.in-addr.arpa');
      assert.equal(reverseName('2001:db8::1'), '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
      assert.equal(reverseName('::ffff:192.0.2.1'), '1.0.2.0.0.0.0.c.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa');
      assert.equal(reverseName('nope'), undefined);
    });
  });
});
