import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAuthoritativeResolver } from '../../../electron/engine/dns/authoritative.ts';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { DnsTestServer, TestZone } from '../../helpers/dns-test-server.ts';
import { startDnsTestServer } from '../../helpers/dns-test-server.ts';
import type { KnotServer } from '../../helpers/knot.ts';
import { startKnot } from '../../helpers/knot.ts';

const ZONE: TestZone = {
  'example.test': [
    { type: 'SOA', data: { mname: 'ns1.example.test', rname: 'h.example.test' } },
    { type: 'NS', data: 'ns1.example.test' },
    { type: 'MX', data: { preference: 10, exchange: 'mx.example.test' } },
  ],
  'ns1.example.test': [{ type: 'A', data: '127.0.0.1' }],
  '_dmarc.example.test': [{ type: 'TXT', data: 'v=DMARC1; p=none' }],
  'broken.test': [{ type: 'NS', data: 'ns.broken.test' }],
};

describe('authoritative', () => {
  describe('against the test server', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({ zone: ZONE });
    });
    after(async () => {
      await server.close();
    });
    beforeEach(() => {
      server.setFaults({});
      server.resetStats();
    });
    const auth = (): ReturnType<typeof createAuthoritativeResolver> =>
      createAuthoritativeResolver(createResolver({ servers: [server.address], timeoutMs: 300 }), {
        port: server.port,
        timeoutMs: 300,
        retries: 0,
      });

    it('finds the closest zone with NS records and asks its servers with RD=0', async () => {
      const r = await auth().lookup('_dmarc.example.test', 'TXT');
      assert.equal(r.outcome, 'ok');
      assert.equal(r.records[0]?.data.type === 'TXT' && r.records[0].data.text, 'v=DMARC1; p=none');
      const asked = server.queries.map((q) => `${q.name} ${q.type} rd=${q.rd}`);
      assert.deepEqual(asked, [
        '_dmarc.example.test NS rd=true',
        'example.test NS rd=true',
        'ns1.example.test A rd=true',
        'ns1.example.test AAAA rd=true',
        '_dmarc.example.test TXT rd=false',
      ]);
      // The evidence proves how the server was found, then what it said.
      assert.deepEqual(
        r.evidence.map((e) => `${e.name} ${e.type} ${e.rcode}`),
        [
          '_dmarc.example.test NS NOERROR',
          'example.test NS NOERROR',
          'ns1.example.test A NOERROR',
          'ns1.example.test AAAA NOERROR',
          '_dmarc.example.test TXT NOERROR',
        ],
      );
    });

    it('reports the zone it found', async () => {
      const z = await auth().findZone('_dmarc.Example.Test');
      assert.deepEqual(
        [z.outcome, z.zone, z.nameservers, z.servers],
        ['ok', 'example.test', ['ns1.example.test'], [{ host: '127.0.0.1', port: server.port }]],
      );
    });

    it('passes on the failure when the NS lookup fails', async () => {
      server.setFaults({ 'example.test/NS': { rcode: 'SERVFAIL' } });
      const r = await auth().lookup('example.test', 'MX');
      assert.equal(r.outcome, 'servfail');
      assert.match(r.detail ?? '', /^NS of example\.test/u);
    });

    it('says so when the name servers have no address', async () => {
      const r = await auth().lookup('broken.test', 'MX');
      assert.equal(r.outcome, 'error');
      assert.match(r.detail ?? '', /no address found for the name servers of broken\.test \(ns\.broken\.test\)/u);
    });

    it('reports a refusing authoritative server as refused (a lame delegation)', async () => {
      server.setFaults({ 'example.test/MX': { rcode: 'REFUSED' } });
      assert.equal((await auth().lookup('example.test', 'MX')).outcome, 'refused');
    });
  });

  describe('against Knot', () => {
    let knot: KnotServer;
    before(async () => {
      knot = await startKnot({ zones: ['example.test', '2.0.192.in-addr.arpa'] });
    });
    after(async () => {
      await knot.stop();
    });
    const auth = (): ReturnType<typeof createAuthoritativeResolver> =>
      createAuthoritativeResolver(createResolver({ servers: [knot.address], timeoutMs: 1000 }), {
        port: knot.port,
        timeoutMs: 1000,
        family: 'ipv4',
      });

    it('finds both name servers of example.test', async () => {
      const z = await auth().findZone('selector1._domainkey.example.test');
      assert.equal(z.zone, 'example.test');
      assert.deepEqual([...z.nameservers].sort(), ['ns1.example.test', 'ns2.example.test']);
      assert.deepEqual(z.servers.map((s) => s.host).sort(), ['127.0.0.1', '127.0.0.2']);
    });

    it('asks every name server separately so their answers can be compared', async () => {
      const { zone, results } = await auth().lookupEach('_dmarc.example.test', 'TXT');
      assert.equal(zone.zone, 'example.test');
      assert.deepEqual(results.map((r) => r.server).sort(), [`127.0.0.1:${knot.port}`, `127.0.0.2:${knot.port}`]);
      for (const { server, result } of results) {
        assert.equal(result.outcome, 'ok');
        assert.equal(result.evidence.at(-1)?.server, server);
        assert.match(result.records[0]?.data.type === 'TXT' ? result.records[0].data.text : '', /^v=DMARC1; p=reject/u);
      }
    });

    it('finds the reverse zone of an address and reads its PTR', async () => {
      const r = await auth().lookup('20.2.0.192.in-addr.arpa', 'PTR');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'PTR', target: 'mx2.example.test' }],
      );
    });
  });
});
