import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createResolver } from '../../../electron/engine/dns/index.ts';
import { findOutgoingServer } from '../../../electron/engine/discover/index.ts';
import type { ConnectFn } from '../../../electron/engine/discover/types.ts';
import { startDnsTestServer, type DnsTestServer } from '../../helpers/dns-test-server.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';
import { startLoopbackHttp, type LoopbackHttp } from './http-server.ts';
import { FIXTURES, HEADER_FIXTURES, testDeps } from './helpers.ts';

describe('discover', () => {
  describe('findOutgoingServer', () => {
    let dns: DnsTestServer;
    let http: LoopbackHttp;
    let greeter: net.Server;
    let silent: net.Server;
    const open = new Set<net.Socket>();
    const connected: string[] = [];
    let connect: ConnectFn;

    before(async () => {
      dns = await startDnsTestServer({
        zone: {
          'example.se': [
            { type: 'SOA', data: { mname: 'ns1.example.se', rname: 'hostmaster.example.se', minimum: 300 } },
            { type: 'MX', data: { preference: 10, exchange: 'mx.example.se' } },
            { type: 'TXT', data: 'v=spf1 mx a:smtp.example.se -all' },
          ],
          '_submission._tcp.example.se': [{ type: 'SRV', data: { priority: 0, weight: 1, port: 587, target: 'mail.example.se' } }],
        },
      });
      http = await startLoopbackHttp({
        'autoconfig.example.se/mail/config-v1.1.xml': {
          status: 200,
          body: await readFile(join(FIXTURES, 'http', 'autoconfig-example.se.xml'), 'utf8'),
        },
        'autodiscover.example.se/autodiscover/autodiscover.xml': { status: 401, body: '' },
      });
      const track = (s: net.Socket) => {
        open.add(s);
        s.on('error', () => {});
      };
      greeter = net.createServer((s) => {
        track(s);
        s.write('220 mail.example.se ESMTP Postfix\r\n');
      });
      silent = net.createServer(track);
      await Promise.all([greeter, silent].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
      const port = (s: net.Server) => (s.address() as AddressInfo).port;
      // Every name resolves to loopback: mail.example.se greets, anything else stays silent.
      connect = ({ host, port: p }) => {
        connected.push(`${host}:${p}`);
        return net.connect({ host: '127.0.0.1', port: host === 'mail.example.se' && p === 587 ? port(greeter) : port(silent) });
      };
    });
    after(async () => {
      for (const s of open) s.destroy();
      await Promise.all([dns.close(), http.close(), ...[greeter, silent].map((s) => new Promise<void>((r) => s.close(() => r())))]);
    });

    it('runs every source, folds and ranks the candidates, flags the conflict and probes the top ones', async () => {
      const deps = testDeps({
        resolver: createResolver({ servers: [dns.address], timeoutMs: 1000 }),
        fetch: http.fetch,
        connect,
        homedir: join(FIXTURES, 'home-linux'),
      });
      const headers = await readFile(join(HEADER_FIXTURES, 'postfix-amavis-lmtp.eml'), 'utf8');
      const r = await findOutgoingServer(
        { email: 'anna@example.se', headers, clientConfig: 'auto', probe: true, probeTop: 3, probeTimeoutMs: 300 },
        deps,
      );

      const top = r.candidates[0];
      assert.equal(`${top?.host}:${top?.port}`, 'mail.example.se:587');
      assert.deepEqual(top?.sources, ['thunderbird', 'srv', 'autoconfig']);
      assert.ok((top?.confidence ?? 0) > 0.95);
      assert.equal(top?.reachable?.ok, true);
      assert.equal(top?.reachable?.greeting, '220 mail.example.se ESMTP Postfix');
      assert.ok(top?.evidence.some((e) => e.kind === 'dns' && e.type === 'SRV'));

      // The headers' server is there too, probed, silent within the limit.
      const fromHeaders = r.candidates.find((c) => c.host === 'smtp.example.se' && c.port === 587);
      assert.deepEqual(fromHeaders?.sources, ['headers']);
      assert.equal(connected.length, 3);
      assert.ok(r.candidates.slice(3).every((c) => c.reachable === undefined));

      const ids = r.findings.map((f) => f.id);
      assert.equal(ids[0], 'discover.found');
      assert.ok(ids.includes('discover.conflict'), 'Thunderbird says mail.example.se, the headers smtp.example.se');
      assert.ok(ids.includes('discover.headers.submission'));
      assert.ok(ids.includes('discover.autodiscover.auth'));
      assert.ok(ids.includes('discover.provider.none'));
      for (const f of r.findings.filter((x) => x.id === 'discover.skipped.os')) assert.equal(f.status, 'skipped');
      assert.deepEqual(
        r.findings
          .filter((f) => f.id === 'discover.skipped.os')
          .map((f) => f.params?.['client'])
          .sort(),
        ['Apple Mail', 'Outlook', 'Windows Mail / Outlook (new)'],
      );
      // Plain JSON all the way.
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    });

    it('warns that nothing was found when no source names a server, in the run language', async () => {
      const r = await findOutgoingServer(
        { email: 'ola@tomt.example', probe: true },
        testDeps({ lang: 'nb', resolver: new ZoneResolver({ 'tomt.example': { A: ['192.0.2.7'] } }) }),
      );
      assert.deepEqual(r.candidates, []);
      assert.equal(r.findings[0]?.id, 'discover.none');
      assert.equal(r.findings[0]?.status, 'warning');
      assert.equal(r.findings[0]?.title, 'Fant ingen utgående server');
      assert.ok(r.findings.some((f) => f.id === 'discover.skipped.no-headers'));
      assert.ok(r.findings.some((f) => f.id === 'discover.skipped.not-requested'));
    });

    it('warns when none of the probed servers answers from this network', async () => {
      const deps = testDeps({
        lang: 'sv',
        connect: () => {
          const s = new net.Socket();
          queueMicrotask(() => s.emit('error', Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })));
          return s;
        },
        resolver: new ZoneResolver({ 'example.no': { MX: [{ preference: 1, exchange: 'aspmx.l.google.com' }] } }),
      });
      const r = await findOutgoingServer({ email: 'kari@example.no', probe: true }, deps);
      assert.deepEqual(
        r.candidates.map((c) => `${c.host}:${c.port}:${c.reachable?.error}`),
        ['smtp.gmail.com:587:ECONNREFUSED', 'smtp.gmail.com:465:ECONNREFUSED'],
      );
      const f = r.findings.find((x) => x.id === 'discover.probe.none');
      assert.equal(f?.status, 'warning');
      assert.match(f?.title ?? '', /svarade från det här nätet/);
    });
  });
});
