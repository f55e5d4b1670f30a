import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { DnsTestServer } from '../../helpers/dns-test-server.ts';
import { startDnsTestServer } from '../../helpers/dns-test-server.ts';
import { ZONE } from './zone.ts';

/** Sockets this process holds open (UDP sockets, TCP connections and servers). */
function openSockets(): number {
  return process.getActiveResourcesInfo().filter((r) => /UDP|TCP/u.test(r)).length;
}

/** Lets sockets open or close; generous, since a loaded CI machine schedules slowly. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
}

/** Polls until `cond` holds (at most 3 s), for counts that change when the other side gets to it. */
async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('resolver', () => {
  let server: DnsTestServer;
  before(async () => {
    server = await startDnsTestServer({ zone: ZONE });
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setDelay(0);
    server.setFaults({});
    server.resetStats();
  });

  describe('concurrency', () => {
    it('keeps at most `concurrency` exchanges in flight at the server', async () => {
      server.setDelay(30);
      const resolver = createResolver({ servers: [server.address], concurrency: 8 });
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => resolver.lookup(`n${i}.example.test`, 'A')));
      assert.ok(results.every((r) => r.outcome === 'nxdomain'));
      assert.equal(server.queries.length, 40);
      assert.equal(server.maxInFlight, 8);
    });

    it('defaults to 32 in flight', async () => {
      server.setDelay(30);
      const resolver = createResolver({ servers: [server.address] });
      await Promise.all(Array.from({ length: 100 }, (_, i) => resolver.lookup(`m${i}.example.test`, 'TXT')));
      assert.equal(server.queries.length, 100);
      assert.equal(server.maxInFlight, 32);
    });

    it('shares one exchange among identical questions asked at once', async () => {
      server.setDelay(20);
      const resolver = createResolver({ servers: [server.address] });
      const results = await Promise.all(Array.from({ length: 5 }, () => resolver.lookup('mx1.example.test', 'A')));
      assert.equal(server.queries.length, 1);
      assert.ok(results.every((r) => r.outcome === 'ok' && r.records.length === 1));
    });
  });

  describe('cache', () => {
    it('answers again from the cache until the TTL runs out', async () => {
      let now = Date.parse('2025-03-01T10:00:00Z');
      const resolver = createResolver({ servers: [server.address], clock: () => now });
      const first = await resolver.lookup('example.test', 'A'); // TTL 30
      const second = await resolver.lookup('EXAMPLE.test.', 'A');
      assert.equal(server.queries.length, 1);
      assert.deepEqual(second, first);
      assert.equal(first.evidence[0]?.at, '2025-03-01T10:00:00.000Z');
      now += 29_000;
      await resolver.lookup('example.test', 'A');
      assert.equal(server.queries.length, 1);
      now += 2_000;
      await resolver.lookup('example.test', 'A');
      assert.equal(server.queries.length, 2);
      assert.deepEqual(resolver.stats(), { cacheHits: 2, lookups: 4, exchanges: 2 });
    });

    it('keeps a negative answer for min(SOA TTL, SOA MINIMUM) (RFC 2308 §5)', async () => {
      let now = 1_700_000_000_000;
      const resolver = createResolver({ servers: [server.address], clock: () => now });
      assert.equal((await resolver.lookup('gone.example.test', 'A')).outcome, 'nxdomain');
      now += 59_000;
      assert.equal((await resolver.lookup('gone.example.test', 'A')).outcome, 'nxdomain');
      assert.equal(server.queries.length, 1);
      now += 2_000;
      await resolver.lookup('gone.example.test', 'A');
      assert.equal(server.queries.length, 2);
    });

    it('asks again after a failure instead of caching it', async () => {
      server.setFaults({ 'flaky.example.test': { rcode: 'SERVFAIL', times: 1 } });
      const resolver = createResolver({ servers: [server.address], retries: 0 });
      assert.equal((await resolver.lookup('flaky.example.test', 'A')).outcome, 'servfail');
      assert.equal((await resolver.lookup('flaky.example.test', 'A')).outcome, 'ok');
    });

    it('is off when asked', async () => {
      const resolver = createResolver({ servers: [server.address], cache: false });
      await resolver.lookup('example.test', 'MX');
      await resolver.lookup('example.test', 'MX');
      assert.equal(server.queries.length, 2);
    });
  });

  describe('cancellation', () => {
    it('rejects at once with the abort reason and closes the UDP socket', async () => {
      server.setFaults({ 'slow.example.test': { delayMs: 2000 } });
      await settle();
      const baseline = openSockets();
      const resolver = createResolver({ servers: [server.address] });
      const controller = new AbortController();
      const pending = resolver.lookup('slow.example.test', 'A', { signal: controller.signal });
      await settle();
      assert.equal(openSockets(), baseline + 1);
      const started = Date.now();
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
      // Prompt: far below the server's 2 s delay, with room for a loaded machine.
      assert.ok(Date.now() - started < 1000);
      await settle();
      assert.equal(openSockets(), baseline);
    });

    it('closes the TCP connection of a cancelled fallback', async () => {
      server.setFaults({
        'tc.example.test/A': { truncate: true, transport: 'udp' },
        'tc.example.test': { delayMs: 2000, transport: 'tcp' },
      });
      await settle();
      const baseline = openSockets();
      const resolver = createResolver({ servers: [server.address] });
      const controller = new AbortController();
      const pending = resolver.lookup('tc.example.test', 'A', { signal: controller.signal });
      await waitFor(() => server.tcpConnections === 1);
      assert.equal(server.tcpConnections, 1);
      controller.abort(new Error('user cancelled'));
      await assert.rejects(pending, /user cancelled/u);
      await settle();
      assert.equal(server.tcpConnections, 0);
      assert.equal(openSockets(), baseline);
    });

    it('leaves the queue without asking when cancelled while waiting for a permit', async () => {
      server.setFaults({ 'slow.example.test': { delayMs: 100 } });
      const resolver = createResolver({ servers: [server.address], concurrency: 1 });
      const first = resolver.lookup('slow.example.test', 'A');
      const controller = new AbortController();
      const queued = resolver.lookup('mx1.example.test', 'A', { signal: controller.signal });
      controller.abort();
      await assert.rejects(queued, { name: 'AbortError' });
      assert.equal((await first).outcome, 'ok');
      assert.deepEqual(
        server.queries.map((q) => q.name),
        ['slow.example.test'],
      );
    });

    it('rejects an already cancelled lookup without asking', async () => {
      const resolver = createResolver({ servers: [server.address] });
      await assert.rejects(resolver.lookup('example.test', 'A', { signal: AbortSignal.abort() }), { name: 'AbortError' });
      assert.equal(server.queries.length, 0);
    });

    it('still answers the other askers of a shared question when one cancels', async () => {
      server.setFaults({ 'slow.example.test': { delayMs: 60 } });
      const resolver = createResolver({ servers: [server.address] });
      const controller = new AbortController();
      const cancelled = resolver.lookup('slow.example.test', 'A', { signal: controller.signal });
      const kept = resolver.lookup('slow.example.test', 'A', { signal: new AbortController().signal });
      controller.abort();
      await assert.rejects(cancelled, { name: 'AbortError' });
      assert.equal((await kept).outcome, 'ok');
      assert.equal(server.queries.length, 1);
    });
  });
});
