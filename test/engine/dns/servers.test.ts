import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolvConf, parseServerSpec, parseServerSpecs, systemServers } from '../../../electron/engine/dns/servers.ts';

describe('servers', () => {
  describe('parseServerSpec', () => {
    it('reads IPv4 and IPv6 addresses with and without a port', () => {
      const ok = (spec: string): unknown => {
        const r = parseServerSpec(spec);
        assert.ok(r.ok, spec);
        return r.server;
      };
      assert.deepEqual(ok('192.0.2.53'), { host: '192.0.2.53', port: 53 });
      assert.deepEqual(ok(' 192.0.2.53:5353 '), { host: '192.0.2.53', port: 5353 });
      assert.deepEqual(ok('2001:db8::53'), { host: '2001:db8::53', port: 53 });
      assert.deepEqual(ok('::1'), { host: '::1', port: 53 });
      assert.deepEqual(ok('[2001:db8::53]:5300'), { host: '2001:db8::53', port: 5300 });
      assert.deepEqual(ok('[::1]'), { host: '::1', port: 53 });
      assert.deepEqual(ok('fe80::1%eth0'), { host: 'fe80::1%eth0', port: 53 });
    });

    it('explains what is wrong with a bad spec', () => {
      const error = (spec: string): string => {
        const r = parseServerSpec(spec);
        assert.equal(r.ok, false, spec);
        return (r as { error: string }).error;
      };
      assert.equal(error(''), 'empty DNS server');
      assert.match(error('dns.google'), /is not an IP address \(a DNS server must be given by address/u);
      assert.match(error('192.0.2.53:0'), /port 0 is outside 1–65535/u);
      assert.match(error('192.0.2.53:70000'), /outside 1–65535/u);
      assert.match(error('192.0.2.53:dns'), /port "dns" is not a number/u);
      assert.match(error('[192.0.2.53]:53'), /not an IPv6 address/u);
      assert.match(error('2001:db8::zz'), /write an IPv6 address with a port as \[2001:db8::53\]:5353/u);
      assert.match(error('300.1.1.1'), /is not an IP address/u);
    });

    it('reports the first bad spec of a list', () => {
      assert.deepEqual(parseServerSpecs(['192.0.2.1', '[::1]:5353']), {
        ok: true,
        servers: [
          { host: '192.0.2.1', port: 53 },
          { host: '::1', port: 5353 },
        ],
      });
      assert.equal(parseServerSpecs(['192.0.2.1', 'nope']).ok, false);
    });
  });

  describe('parseResolvConf', () => {
    it('takes nameserver lines in order and skips comments, options and junk', () => {
      const text =
        '# generated\nsearch example.test\nnameserver 192.0.2.1\nnameserver 2001:db8::1 # v6\n;nameserver 192.0.2.9\noptions edns0\nnameserver not-an-ip\n  nameserver\t127.0.0.53\n';
      assert.deepEqual(parseResolvConf(text), [
        { host: '192.0.2.1', port: 53 },
        { host: '2001:db8::1', port: 53 },
        { host: '127.0.0.53', port: 53 },
      ]);
    });
  });

  describe('systemServers', () => {
    it('reads /etc/resolv.conf on Linux and macOS', async () => {
      for (const platform of ['linux', 'darwin'] as const) {
        const r = await systemServers({ platform, readText: async (p) => (p === '/etc/resolv.conf' ? 'nameserver 192.0.2.7\n' : '') });
        assert.deepEqual(r, { servers: [{ host: '192.0.2.7', port: 53 }], source: '/etc/resolv.conf' });
      }
    });

    it('says why the list is empty', async () => {
      const missing = await systemServers({ platform: 'linux', resolvConfPath: '/nonexistent/resolv.conf' });
      assert.deepEqual(missing, {
        servers: [],
        source: '/nonexistent/resolv.conf',
        problem: 'cannot read /nonexistent/resolv.conf: ENOENT',
      });
      const empty = await systemServers({ platform: 'linux', readText: async () => 'search x\n' });
      assert.equal(empty.problem, 'no nameserver lines in /etc/resolv.conf');
    });

    it("takes Windows' adapter servers from the addresses the OS gave Node", async () => {
      const r = await systemServers({ platform: 'win32', osServers: () => ['192.0.2.1', '[2001:db8::1]:5353', 'bogus'] });
      assert.deepEqual(r.servers, [
        { host: '192.0.2.1', port: 53 },
        { host: '2001:db8::1', port: 5353 },
      ]);
      const none = await systemServers({ platform: 'win32', osServers: () => [] });
      assert.equal(none.problem, 'no DNS servers are configured');
    });
  });
});
