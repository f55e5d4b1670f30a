import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../../electron/engine/dns/index.ts';
import { fromSrv } from '../../../../electron/engine/discover/sources/srv.ts';
import { startDnsTestServer, type DnsTestServer } from '../../../helpers/dns-test-server.ts';
import { ZoneResolver } from '../../../helpers/zone-resolver.ts';
import { testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromSrv', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: {
          'example.se': [{ type: 'SOA', data: { mname: 'ns1.example.se', rname: 'hostmaster.example.se', minimum: 300 } }],
          '_submission._tcp.example.se': [
            { type: 'SRV', data: { priority: 20, weight: 0, port: 587, target: 'backup.example.se' } },
            { type: 'SRV', data: { priority: 10, weight: 5, port: 587, target: 'mail.example.se' } },
          ],
          '_submissions._tcp.example.se': [{ type: 'SRV', data: { priority: 0, weight: 1, port: 465, target: 'mail.example.se' } }],
        },
      });
    });
    after(async () => server.close());

    it('reads _submission._tcp and _submissions._tcp from a DNS server, lowest priority first', async () => {
      const resolver = createResolver({ servers: [server.address], timeoutMs: 1000 });
      const r = await fromSrv('example.se', testDeps({ resolver }));
      const byPort = (port: number) => r.candidates.filter((c) => c.port === port).map((c) => [c.host, c.security, c.confidence]);
      assert.deepEqual(byPort(465), [['mail.example.se', 'tls', 0.7]]);
      assert.deepEqual(byPort(587), [
        ['mail.example.se', 'starttls', 0.7],
        ['backup.example.se', 'starttls', 0.65],
      ]);
      const ev = r.candidates[0]?.evidence[0];
      assert.equal(ev?.kind, 'dns');
      assert.equal(ev?.kind === 'dns' ? ev.type : '', 'SRV');
      assert.match(r.candidates[0]?.note ?? '', /RFC 6186/);
      assert.deepEqual(r.findings, []);
    });

    it('reads a target of "." as "not offered"', async () => {
      const resolver = new ZoneResolver({
        '_submission._tcp.example.no': { SRV: [{ priority: 0, weight: 0, port: 0, target: '.' }] },
      });
      const r = await fromSrv('example.no', testDeps({ resolver }));
      assert.equal(r.candidates.length, 0);
      assert.ok(r.findings.some((f) => f.id === 'discover.srv.not-offered'));
    });

    it('says the domain publishes none, and reports a failed lookup as skipped', async () => {
      const none = await fromSrv('example.org', testDeps({ resolver: new ZoneResolver({ 'example.org': { A: ['192.0.2.1'] } }) }));
      assert.equal(none.findings[0]?.id, 'discover.srv.none');
      const failed = await fromSrv('example.org', testDeps({ resolver: new ZoneResolver({ '_submission._tcp.example.org': 'SERVFAIL' }) }));
      const f = failed.findings.find((x) => x.id === 'discover.dns.failed');
      assert.equal(f?.status, 'skipped');
      assert.equal(f?.params?.['outcome'], 'servfail');
    });
  });
});
