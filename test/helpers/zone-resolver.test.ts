import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ZoneResolver } from './zone-resolver.ts';

const zone = {
  'Example.COM.': {
    TXT: ['v=spf1 mx -all', ['part one ', 'part two']],
    MX: [{ preference: 10, exchange: 'MX.Example.com.' }],
    A: ['192.0.2.1'],
  },
  'mx.example.com': { A: ['192.0.2.2'], AAAA: 'SERVFAIL' },
  'alias.example.com': { CNAME: 'example.com' },
  'loop1.example.com': { CNAME: 'loop2.example.com' },
  'loop2.example.com': { CNAME: 'loop1.example.com' },
  'deep.sub.example.net': { A: ['192.0.2.3'] },
  'bad.example': 'SERVFAIL',
  'slow.example': 'TIMEOUT',
} as const;

describe('zone resolver', () => {
  describe('lookup', () => {
    it('answers case-insensitively with typed records and DNS evidence from server "zone"', async () => {
      const dns = new ZoneResolver(zone);
      const r = await dns.lookup('EXAMPLE.com.', 'MX');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'MX', preference: 10, exchange: 'mx.example.com' }],
      );
      const [ev] = r.evidence;
      assert.equal(ev?.server, 'zone');
      assert.equal(ev?.rcode, 'NOERROR');
      assert.deepEqual(
        ev?.answers.map((a) => a.data),
        ['10 mx.example.com'],
      );
    });

    it('keeps the strings of a multi-string TXT record and joins them into text', async () => {
      const r = await new ZoneResolver(zone).lookup('example.com', 'TXT');
      const data = r.records.map((x) => x.data);
      assert.deepEqual(data[1], { type: 'TXT', strings: ['part one ', 'part two'], text: 'part one part two' });
    });

    it('tells NODATA, NXDOMAIN, an empty non-terminal and per-type and per-name faults apart', async () => {
      const dns = new ZoneResolver(zone);
      assert.equal((await dns.lookup('example.com', 'AAAA')).outcome, 'nodata');
      assert.equal((await dns.lookup('nowhere.example.com', 'A')).outcome, 'nxdomain');
      assert.equal((await dns.lookup('sub.example.net', 'A')).outcome, 'nodata');
      assert.equal((await dns.lookup('mx.example.com', 'AAAA')).outcome, 'servfail');
      assert.equal((await dns.lookup('mx.example.com', 'A')).outcome, 'ok');
      assert.equal((await dns.lookup('bad.example', 'TXT')).outcome, 'servfail');
      const slow = await dns.lookup('slow.example', 'A');
      assert.equal(slow.outcome, 'timeout');
      assert.equal(slow.evidence[0]?.rcode, 'TIMEOUT');
    });

    it('follows CNAMEs and answers SERVFAIL on a loop', async () => {
      const dns = new ZoneResolver(zone);
      const r = await dns.lookup('alias.example.com', 'A');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(r.cnames, ['example.com']);
      assert.equal(r.records[0]?.name, 'example.com');
      assert.equal((await dns.lookup('loop1.example.com', 'A')).outcome, 'servfail');
      assert.equal((await dns.lookup('alias.example.com', 'CNAME')).records[0]?.data.type, 'CNAME');
    });

    it('records every call in order', async () => {
      const dns = new ZoneResolver(zone);
      await dns.lookup('example.com', 'TXT');
      await dns.lookup('nowhere.example', 'A');
      assert.deepEqual(dns.calls, [
        { name: 'example.com', type: 'TXT', outcome: 'ok' },
        { name: 'nowhere.example', type: 'A', outcome: 'nxdomain' },
      ]);
      assert.deepEqual(dns.asked('A'), ['A nowhere.example']);
      dns.reset();
      assert.equal(dns.calls.length, 0);
    });

    it('rejects with the abort reason when the signal fires while it waits', async () => {
      const dns = new ZoneResolver(zone, { delayMs: 5_000 });
      const controller = new AbortController();
      const pending = dns.lookup('example.com', 'A', { signal: controller.signal });
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
    });
  });
});
