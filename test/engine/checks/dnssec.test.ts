import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDnssec, type DnssecResult } from '../../../electron/engine/checks/dnssec.ts';
import { createResolver } from '../../../electron/engine/dns/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { startDnsTestServer, type DnsTestServer } from '../../helpers/dns-test-server.ts';
import type { KnotServer } from '../../helpers/knot.ts';
import { knotResolver, startChecksKnot } from '../../fixtures/zones-checks/serve.ts';

const ids = (r: { findings: readonly Finding[] }): string[] => r.findings.map((f) => f.id);
const SOA = { type: 'SOA', data: { mname: 'ns1.secure.test', rname: 'hostmaster.secure.test' } } as const;

describe('dnssec', () => {
  describe('checkDnssec against Knot (signing zones itself; an authoritative server never sets AD)', () => {
    let knot: KnotServer;
    before(async () => {
      knot = await startChecksKnot();
    });
    after(async () => {
      await knot.stop();
    });
    const run = (domain: string): Promise<DnssecResult> => checkDnssec({ domain }, { resolver: knotResolver(knot), lang: 'en' });

    it('says a zone without DNSKEY and DS is unsigned', async () => {
      const r = await run('example.test');
      assert.deepEqual([ids(r), r.status, r.zone, r.ad], [['dnssec.unsigned'], 'unsigned', 'example.test', false]);
      assert.deepEqual([r.findings[0]?.status, r.findings[0]?.whoMustAct], ['info', 'sender-it']);
    });

    it('says a signed zone with a DS at its parent is signed but not validated by this server', async () => {
      const r = await run('good.dnssec.test');
      assert.deepEqual([ids(r), r.status], [['dnssec.signed-unvalidated'], 'signed-unvalidated']);
      assert.deepEqual(r.ds, ['11111 13 2']);
      assert.deepEqual(r.dnskeys.map((k) => k.split(' ')[1]).sort(), ['13', '13']);
      assert.deepEqual(
        r.findings[0]?.evidence.map((e) => e.kind === 'dns' && `${e.type} ${e.rcode} ${e.answers.length > 0}`),
        ['SOA NOERROR true', 'DS NOERROR true', 'DNSKEY NOERROR true'],
      );
    });

    it('finds the zone of a name below the apex', async () => {
      const r = await run('www.good.dnssec.test');
      assert.deepEqual([r.zone, r.status], ['good.dnssec.test', 'signed-unvalidated']);
    });

    it('warns about a signed zone whose parent has no DS (an island of security)', async () => {
      for (const domain of ['island.dnssec.test', 'signed.test']) {
        const r = await run(domain);
        assert.deepEqual([ids(r), r.status, r.findings[0]?.status], [['dnssec.island'], 'island', 'warning'], domain);
      }
    });

    it('calls a DS at the parent without DNSKEYs in the zone broken', async () => {
      const r = await run('broken.dnssec.test');
      assert.deepEqual([ids(r), r.status, r.findings[0]?.status], [['dnssec.broken'], 'broken', 'error']);
      assert.deepEqual(r.ds, ['22222 13 2']);
    });
  });

  describe('checkDnssec against a validating resolver', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        authenticData: true,
        zone: {
          'secure.test': [
            SOA,
            { type: 'DS', data: { keyTag: 4242, algorithm: 13, digestType: 2, digest: 'ab'.repeat(32) } },
            { type: 'DNSKEY', data: { flags: 257, algorithm: 13, key: Buffer.alloc(64, 7).toString('base64') } },
          ],
          'bogus.test': [SOA],
        },
        faults: { 'bogus.test': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports validated answers (AD) as validated', async () => {
      const r = await checkDnssec({ domain: 'mail.secure.test' }, deps());
      assert.deepEqual([ids(r), r.status, r.zone, r.ad], [['dnssec.validated'], 'validated', 'secure.test', true]);
      assert.equal(r.findings[0]?.whoMustAct, 'nobody');
    });

    it('says "unknown" with the DNS failure when the lookups SERVFAIL, never "unsigned"', async () => {
      const r = await checkDnssec({ domain: 'bogus.test', role: 'recipient' }, deps());
      assert.deepEqual([ids(r), r.status], [['dns.servfail', 'dnssec.unknown'], 'unknown']);
      assert.equal(r.findings[0]?.check, 'dnssec');
    });
  });
});
