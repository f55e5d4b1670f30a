import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkMx, isNonPublicAddress, resolveMxHosts, type MxCheckResult } from '../../../electron/engine/checks/mx.ts';
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

describe('mx', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (domain: string, role: 'sender' | 'recipient', mxPattern?: string): Promise<MxCheckResult> =>
    checkMx({ domain, role, ...(mxPattern !== undefined ? { mxPattern } : {}) }, { resolver: knotResolver(knot), lang: 'en' });

  describe('resolveMxHosts', () => {
    it('returns the hosts in preference order with their IPv4 and IPv6 addresses', async () => {
      const r = await resolveMxHosts('Example.Test.', { resolver: knotResolver(knot), lang: 'en' });
      assert.equal(r.kind, 'mx');
      assert.deepEqual(
        r.hosts.map((h) => [h.preference, h.host, h.addresses, h.status]),
        [
          [10, 'mx1.example.test', ['192.0.2.10', '2001:db8::10'], 'ok'],
          [20, 'mx2.example.test', ['192.0.2.20'], 'ok'],
        ],
      );
      assert.deepEqual(
        r.evidence.map((e) => `${e.type} ${e.name} ${e.rcode}`),
        [
          'MX example.test NOERROR',
          'A mx1.example.test NOERROR',
          'AAAA mx1.example.test NOERROR',
          'A mx2.example.test NOERROR',
          'AAAA mx2.example.test NOERROR',
        ],
      );
    });

    it("falls back to the domain's own addresses as an implicit MX of preference 0", async () => {
      const r = await resolveMxHosts('implicit.checks.test', { resolver: knotResolver(knot), lang: 'en' });
      assert.equal(r.kind, 'implicit');
      assert.deepEqual(r.hosts, [
        { preference: 0, host: 'implicit.checks.test', addresses: ['192.0.2.60', '2001:db8::60'], status: 'ok', cnames: [] },
      ]);
    });
  });

  describe('checkMx', () => {
    it('reports the MX hosts of a well-configured domain as ok, with the MX answer as evidence', async () => {
      const r = await run('example.test', 'recipient');
      assert.deepEqual(ids(r), ['mx.found']);
      const f = find(r, 'mx.found');
      assert.equal(f.status, 'ok');
      assert.equal(f.params?.['hosts'], '10 mx1.example.test, 20 mx2.example.test');
      assert.equal(f.evidence[0]?.kind === 'dns' && f.evidence[0].answers.length, 2);
    });

    it('warns about an implicit MX and names the addresses used', async () => {
      const r = await run('implicit.checks.test', 'sender');
      const f = find(r, 'mx.implicit');
      assert.equal(f.status, 'warning');
      assert.equal(f.whoMustAct, 'sender-it');
      assert.equal(f.params?.['addresses'], '192.0.2.60, 2001:db8::60');
      assert.deepEqual(
        f.evidence.map((e) => e.kind === 'dns' && `${e.type} ${e.rcode}`),
        ['MX NOERROR', 'A NOERROR', 'AAAA NOERROR'],
      );
    });

    it('says a recipient with a null MX accepts no mail, and a sender with one cannot receive bounces', async () => {
      const rec = await run('nullmx.checks.test', 'recipient');
      assert.deepEqual(ids(rec), ['mx.recipient.null']);
      assert.equal(rec.findings[0]?.whoMustAct, 'recipient-provider');
      assert.equal(rec.kind, 'null');
      assert.deepEqual(rec.hosts, []);
      const snd = await run('nullmx.checks.test', 'sender');
      assert.deepEqual(ids(snd), ['mx.sender.null']);
      assert.equal(snd.findings[0]?.status, 'error');
      assert.match(snd.findings[0]?.explanation ?? '', /bounces/);
    });

    it('flags a null MX published next to a real MX, and still resolves the real host', async () => {
      const r = await run('nullmixed.checks.test', 'recipient');
      assert.deepEqual(ids(r), ['mx.found', 'mx.null.mixed']);
      assert.deepEqual(
        r.hosts.map((h) => h.host),
        ['mx1.example.test'],
      );
    });

    it('says a domain with neither MX nor address cannot receive mail, per role', async () => {
      assert.deepEqual(ids(await run('nomail.checks.test', 'sender')), ['mx.sender.none']);
      assert.deepEqual(ids(await run('nomail.checks.test', 'recipient')), ['mx.recipient.none']);
    });

    it('says a domain that does not exist is NXDOMAIN, per role', async () => {
      const s = await run('gone.checks.test', 'sender');
      assert.deepEqual(ids(s), ['mx.sender.nxdomain']);
      assert.equal(s.findings[0]?.evidence[0]?.kind === 'dns' && s.findings[0].evidence[0].rcode, 'NXDOMAIN');
      assert.deepEqual(ids(await run('gone.checks.test', 'recipient')), ['mx.recipient.nxdomain']);
    });

    it('rejects an IP address as MX target without looking it up, and the domain is then unreachable', async () => {
      const r = await run('literal.checks.test', 'recipient');
      assert.deepEqual(ids(r), ['mx.found', 'mx.target.ip-literal', 'mx.recipient.unreachable']);
      assert.equal(find(r, 'mx.target.ip-literal').params?.['host'], '192.0.2.5');
      assert.deepEqual(r.hosts[0]?.status, 'ip-literal');
      assert.ok(!r.evidence.some((e) => e.name === '192.0.2.5'));
    });

    it('warns about an MX target that is a CNAME and names the chain', async () => {
      const r = await run('cnamemx.checks.test', 'recipient');
      assert.deepEqual(ids(r), ['mx.found', 'mx.target.cname']);
      const f = find(r, 'mx.target.cname');
      assert.equal(f.params?.['target'], 'host.checks.test');
      assert.deepEqual(r.hosts[0]?.addresses, ['192.0.2.61']);
    });

    it('warns about one MX host without an address while another works', async () => {
      const r = await run('partial.checks.test', 'recipient');
      assert.deepEqual(ids(r), ['mx.found', 'mx.target.unresolvable']);
      const f = find(r, 'mx.target.unresolvable');
      assert.deepEqual([f.status, f.params?.['host'], f.params?.['outcome']], ['warning', 'nohost.checks.test', 'NXDOMAIN']);
    });

    it('says the sender cannot receive bounces when no MX host resolves (NXDOMAIN and NODATA)', async () => {
      const r = await run('deadmx.checks.test', 'sender');
      assert.deepEqual(ids(r), ['mx.found', 'mx.target.unresolvable', 'mx.target.unresolvable', 'mx.sender.unreachable']);
      assert.deepEqual(
        r.findings.filter((f) => f.id === 'mx.target.unresolvable').map((f) => [f.status, f.params?.['outcome']]),
        [
          ['error', 'NXDOMAIN'],
          ['error', 'NODATA'],
        ],
      );
      assert.equal((await run('deadmx.checks.test', 'recipient')).findings.at(-1)?.id, 'mx.recipient.unreachable');
    });

    it('warns about an MX host with private addresses', async () => {
      const r = await run('private.checks.test', 'recipient');
      const f = find(r, 'mx.target.private-address');
      assert.equal(f.params?.['addresses'], '10.1.2.3, fd00::25');
    });

    it("checks the recipient's MX hosts against the provider profile's pattern", async () => {
      const ok = await run('hosted.checks.test', 'recipient', '*.mx.provider.checks.test');
      assert.equal(find(ok, 'mx.pattern.match').status, 'ok');
      const off = await run('hosted.checks.test', 'recipient', '*.mail.protection.outlook.com');
      const f = find(off, 'mx.pattern.mismatch');
      assert.equal(f.params?.['hosts'], 'in1.mx.provider.checks.test, in2.mx.provider.checks.test');
      // a `*` stands for exactly one label
      const deep = await run('hosted.checks.test', 'recipient', '*.provider.checks.test');
      assert.ok(ids(deep).includes('mx.pattern.mismatch'));
      // the sender's MX is not compared with a recipient provider profile
      assert.ok(!ids(await run('hosted.checks.test', 'sender', '*.x.test')).some((id) => id.startsWith('mx.pattern')));
    });

    it('writes its findings in Swedish and Norwegian too', async () => {
      const sv = await checkMx({ domain: 'nullmx.checks.test', role: 'recipient' }, { resolver: knotResolver(knot), lang: 'sv' });
      assert.match(sv.findings[0]?.title ?? '', /tar inte emot e-post/);
      const nb = await checkMx({ domain: 'nullmx.checks.test', role: 'recipient' }, { resolver: knotResolver(knot), lang: 'nb' });
      assert.match(nb.findings[0]?.title ?? '', /tar ikke imot e-post/);
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: {
          'broken.test': [{ type: 'MX', data: { preference: 10, exchange: 'mx.broken.test' } }],
          'mx.broken.test': [{ type: 'A', data: '192.0.2.80' }],
          'half.test': [
            { type: 'MX', data: { preference: 10, exchange: 'mx.half.test' } },
            { type: 'MX', data: { preference: 20, exchange: 'mx2.half.test' } },
          ],
          'mx2.half.test': [{ type: 'A', data: '192.0.2.81' }],
          'mx.half.test': [{ type: 'A', data: '192.0.2.82' }],
        },
        faults: { 'broken.test/MX': { rcode: 'SERVFAIL' }, 'mx.half.test': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports a SERVFAIL on the MX lookup as a DNS failure, never as "no MX"', async () => {
      const r = await checkMx({ domain: 'broken.test', role: 'recipient' }, deps());
      assert.equal(r.kind, 'unknown');
      assert.deepEqual(ids(r), ['dns.servfail']);
      assert.equal(r.findings[0]?.status, 'error');
      assert.equal(r.findings[0]?.check, 'mx');
    });

    it('reports a host whose lookups SERVFAIL as unknown, not unresolvable, and uses the other host', async () => {
      const r = await checkMx({ domain: 'half.test', role: 'sender' }, deps());
      assert.deepEqual(ids(r), ['mx.found', 'dns.servfail', 'dns.servfail']);
      assert.deepEqual(
        r.hosts.map((h) => h.status),
        ['failed', 'ok'],
      );
    });
  });

  describe('cancellation', () => {
    it('rejects with the abort reason instead of reporting a finding', async () => {
      const server = await startDnsTestServer({
        zone: { 'slow.test': [{ type: 'MX', data: { preference: 10, exchange: 'mx.slow.test' } }] },
        delayMs: 200,
      });
      try {
        const ac = new AbortController();
        const pending = checkMx(
          { domain: 'slow.test', role: 'sender' },
          { resolver: createResolver({ servers: [server.address], timeoutMs: 2000 }), lang: 'en', signal: ac.signal },
        );
        setTimeout(() => ac.abort(), 20);
        await assert.rejects(pending, { name: 'AbortError' });
      } finally {
        await server.close();
      }
    });
  });

  describe('isNonPublicAddress', () => {
    it('tells loopback, private, shared, link-local and unique-local addresses from public ones', () => {
      for (const ip of [
        '127.0.0.1',
        '10.0.0.1',
        '172.16.0.1',
        '172.31.255.255',
        '192.168.1.1',
        '100.64.0.1',
        '169.254.1.1',
        '0.0.0.0',
        '::1',
        '::',
        'fd00::1',
        'fe80::1',
        '::ffff:10.0.0.1',
      ])
        assert.equal(isNonPublicAddress(ip), true, ip);
      for (const ip of ['192.0.2.1', '172.32.0.1', '8.8.8.8', '100.128.0.1', '2001:db8::1', '::ffff:192.0.2.1'])
        assert.equal(isNonPublicAddress(ip), false, ip);
    });
  });
});
