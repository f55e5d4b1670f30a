import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkBimi, parseBimiRecord, type BimiResult } from '../../../electron/engine/checks/bimi.ts';
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

describe('bimi', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (domain: string): Promise<BimiResult> => checkBimi({ domain }, { resolver: knotResolver(knot), lang: 'en' });

  describe('checkBimi', () => {
    it('reports a logo with a mark certificate under an enforced DMARC policy as info only', async () => {
      const r = await run('checks.test');
      assert.deepEqual(ids(r), ['bimi.found']);
      assert.deepEqual(
        [r.status, r.record?.logo, r.record?.authority, r.dmarcPolicy],
        ['found', 'https://checks.test/logo.svg', 'https://checks.test/vmc.pem', 'reject'],
      );
      assert.equal(r.findings[0]?.status, 'info');
    });

    it('notes a logo without a mark certificate', async () => {
      const r = await run('example.test');
      assert.deepEqual(ids(r), ['bimi.found', 'bimi.no-vmc']);
      assert.equal(find(r, 'bimi.found').params?.['authority'], '-');
    });

    it("uses the organizational domain's record for a subdomain without its own", async () => {
      const r = await run('sub.checks.test');
      assert.deepEqual(
        [ids(r), r.status, r.name, r.dmarcPolicy],
        [['bimi.inherited'], 'inherited', 'default._bimi.checks.test', 'quarantine'],
      );
      assert.deepEqual(
        r.findings[0]?.evidence.map((e) => e.kind === 'dns' && `${e.name} ${e.rcode}`),
        ['default._bimi.sub.checks.test NXDOMAIN', 'default._bimi.checks.test NOERROR'],
      );
    });

    it('warns that BIMI needs DMARC at enforcement: p=none, or pct below 100', async () => {
      const none = await run('monitor.checks.test');
      assert.deepEqual(ids(none), ['bimi.found', 'bimi.no-vmc', 'bimi.dmarc-not-enforced']);
      assert.deepEqual(
        [find(none, 'bimi.dmarc-not-enforced').params?.['policy'], find(none, 'bimi.dmarc-not-enforced').status],
        ['none', 'warning'],
      );
      const partial = await run('partial.checks.test');
      assert.deepEqual(ids(partial), ['bimi.inherited', 'bimi.dmarc-not-enforced']);
      assert.equal(find(partial, 'bimi.dmarc-not-enforced').params?.['pct'], 25);
    });

    it('recognises a declined record, an invalid one and several records', async () => {
      assert.deepEqual(ids(await run('order.checks.test')), ['bimi.declined']);
      const bad = await run('bad.checks.test');
      assert.deepEqual(ids(bad), ['bimi.invalid']);
      assert.match(String(bad.findings[0]?.params?.['detail']), /not an https: URL/);
      const multi = await run('multi.checks.test');
      assert.deepEqual([ids(multi), multi.findings[0]?.params?.['count']], [['bimi.multiple'], 2]);
    });

    it('notes a domain without BIMI', async () => {
      const r = await run('nodmarc.test');
      assert.deepEqual([ids(r), r.status], [['bimi.none'], 'none']);
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: { 'default._bimi.brand.test': [{ type: 'TXT', data: 'v=BIMI1; l=https://brand.test/l.svg; a=https://brand.test/a.pem' }] },
        faults: { 'default._bimi.fail.test': { rcode: 'SERVFAIL' }, '_dmarc.brand.test': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports a SERVFAIL at default._bimi as a DNS failure, not as "no BIMI"', async () => {
      const r = await checkBimi({ domain: 'fail.test' }, deps());
      assert.deepEqual([ids(r), r.status], [['dns.servfail'], 'unknown']);
    });

    it('does not claim DMARC is not enforced when the DMARC lookup failed', async () => {
      const r = await checkBimi({ domain: 'brand.test' }, deps());
      assert.deepEqual(ids(r), ['bimi.found', 'dns.servfail']);
    });
  });

  describe('parseBimiRecord', () => {
    it('requires https: URLs and an SVG logo', () => {
      assert.deepEqual(parseBimiRecord('v=BIMI1; l=https://x.test/a.svg?v=2; a=').problems, []);
      assert.deepEqual(parseBimiRecord('v=BIMI1; l=https://x.test/a.png').problems, ['l=https://x.test/a.png is not an SVG file']);
      assert.deepEqual(parseBimiRecord('v=BIMI1;').problems, ['no l= (logo) tag']);
    });
  });
});
