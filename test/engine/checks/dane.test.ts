import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDane, judgeTlsa, type DaneResult } from '../../../electron/engine/checks/dane.ts';
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
const SHA256 = 'b58d25e86a7f2ba6bb28e617d6103c37052534aa96b16cc9ee2fc69b16904473';

describe('dane', () => {
  describe('checkDane against Knot (an authoritative server: no AD bit)', () => {
    let knot: KnotServer;
    before(async () => {
      knot = await startChecksKnot();
    });
    after(async () => {
      await knot.stop();
    });
    const run = (domain: string): Promise<DaneResult> => checkDane({ domain }, { resolver: knotResolver(knot), lang: 'en' });

    it('finds the TLSA record of mx1, warns it is not validated, and that mx2 has none', async () => {
      const r = await run('example.test');
      assert.deepEqual(ids(r), ['dane.tlsa.found', 'dane.dnssec.unvalidated', 'dane.partial']);
      assert.deepEqual(
        r.hosts.map((h) => [h.host, h.status, h.ad, h.records.map((x) => [x.usage, x.selector, x.matchingType, x.data, x.usable])]),
        [
          ['mx1.example.test', 'tlsa', false, [[3, 1, 1, SHA256, true]]],
          ['mx2.example.test', 'none', false, []],
        ],
      );
      assert.equal(find(r, 'dane.partial').params?.['hosts'], 'mx2.example.test');
      const ev = find(r, 'dane.tlsa.found').evidence[0];
      assert.equal(ev?.kind === 'dns' && `${ev.type} ${ev.name} ${ev.answers[0]?.data}`, `TLSA _25._tcp.mx1.example.test 3 1 1 ${SHA256}`);
    });

    it('calls PKIX usages and digests of the wrong length unusable for SMTP', async () => {
      const r = await run('dane.checks.test');
      assert.deepEqual(ids(r).sort(), ['dane.dnssec.unvalidated', 'dane.tlsa.none-usable', 'dane.tlsa.unusable', 'dane.tlsa.unusable']);
      const details = r.findings
        .filter((f) => f.id === 'dane.tlsa.unusable')
        .map((f) => String(f.params?.['detail']))
        .sort();
      assert.match(details[0] ?? '', /a SHA-256 digest has 32 octets, this one 20/);
      assert.match(details[1] ?? '', /usage 1 \(PKIX-EE\) is not used for SMTP/);
    });

    it('notes a domain whose MX hosts publish no TLSA, and skips a domain without MX hosts', async () => {
      const none = await run('nodmarc.test');
      assert.deepEqual(ids(none), ['dane.none']);
      assert.equal(none.findings[0]?.status, 'info');
      const nomx = await run('nullmx.checks.test');
      assert.deepEqual([ids(nomx), nomx.findings[0]?.status], [['dane.no-mx'], 'skipped']);
    });
  });

  describe('checkDane against a validating resolver', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        authenticData: true,
        zone: {
          'secure.test': [{ type: 'MX', data: { preference: 10, exchange: 'mx.secure.test' } }],
          'mx.secure.test': [{ type: 'A', data: '192.0.2.100' }],
          '_25._tcp.mx.secure.test': [{ type: 'TLSA', data: { usage: 3, selector: 1, matchingType: 1, certificate: SHA256 } }],
          'flaky.test': [{ type: 'MX', data: { preference: 10, exchange: 'mx.flaky.test' } }],
          'mx.flaky.test': [{ type: 'A', data: '192.0.2.101' }],
        },
        faults: { '_25._tcp.mx.flaky.test': { rcode: 'SERVFAIL' }, 'down.test/MX': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('accepts validated TLSA records without a DNSSEC warning', async () => {
      const r = await checkDane({ domain: 'secure.test', role: 'recipient' }, deps());
      assert.deepEqual(ids(r), ['dane.tlsa.found']);
      assert.equal(r.hosts[0]?.ad, true);
    });

    it('reports a SERVFAIL for TLSA as a DNS failure, not as "no DANE"', async () => {
      const r = await checkDane({ domain: 'flaky.test' }, deps());
      assert.deepEqual(ids(r), ['dns.servfail']);
      assert.deepEqual(
        r.hosts.map((h) => h.status),
        ['failed'],
      );
      const down = await checkDane({ domain: 'down.test' }, deps());
      assert.deepEqual(ids(down), ['dns.servfail']);
    });
  });

  describe('judgeTlsa', () => {
    it('accepts DANE-TA and DANE-EE with selector 0/1 and matching types 0/1/2 of the right length', () => {
      assert.equal(judgeTlsa(2, 0, 2, 'ab'.repeat(64)).usable, true);
      assert.equal(judgeTlsa(3, 0, 0, '3082').usable, true);
      assert.equal(judgeTlsa(0, 0, 1, SHA256).problem, 'usage 0 (PKIX-TA) is not used for SMTP (RFC 7672 §3.1.3)');
      assert.equal(judgeTlsa(4, 1, 1, SHA256).problem, 'usage 4 is not defined');
      assert.equal(judgeTlsa(3, 2, 1, SHA256).problem, 'selector 2 is not defined');
      assert.equal(judgeTlsa(3, 1, 3, SHA256).problem, 'matching type 3 is not defined');
    });
  });
});
