import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { DnsTestServer, TestFaults } from '../../helpers/dns-test-server.ts';
import { startDnsTestServer } from '../../helpers/dns-test-server.ts';
import { ZONE } from './zone.ts';

const TIMEOUT = 600;

const FAULTS: TestFaults = {
  'servfail.example.test': { rcode: 'SERVFAIL' },
  'refused.example.test': { rcode: 'REFUSED' },
  'formerr.example.test': { rcode: 'FORMERR' },
  'drop.example.test': { drop: true },
  'slow.example.test': { delayMs: 250 },
  'tc.example.test/A': { truncate: true },
  'garbage.example.test': { malformed: 'garbage' },
  'cut.example.test': { malformed: 'truncated' },
  'loop.example.test': { malformed: 'compression-loop' },
  'rdlen.example.test': { malformed: 'bad-rdlength' },
  'ad.example.test': { ad: true },
};

describe('resolver', () => {
  let server: DnsTestServer;
  before(async () => {
    server = await startDnsTestServer({
      zone: ZONE,
      faults: FAULTS,
    });
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.setFaults(FAULTS);
    server.resetStats();
  });
  const withFaults = (extra: TestFaults): void => server.setFaults({ ...FAULTS, ...extra });
  const resolver = (retries = 0): ReturnType<typeof createResolver> =>
    createResolver({ servers: [server.address], timeoutMs: TIMEOUT, retries, cache: false });

  describe('lookup outcomes', () => {
    it('reports SERVFAIL as servfail, never as a missing record', async () => {
      const r = await resolver().lookup('servfail.example.test', 'A');
      assert.equal(r.outcome, 'servfail');
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['SERVFAIL'],
      );
    });

    it('reports REFUSED as refused', async () => {
      assert.equal((await resolver().lookup('refused.example.test', 'A')).outcome, 'refused');
    });

    it('reports another rcode as error naming it', async () => {
      const r = await resolver().lookup('formerr.example.test', 'A');
      assert.deepEqual([r.outcome, r.detail], ['error', 'rcode FORMERR']);
    });

    it('reports silence as timeout after the per-query timeout', async () => {
      const started = Date.now();
      const r = await resolver().lookup('drop.example.test', 'A');
      const took = Date.now() - started;
      assert.equal(r.outcome, 'timeout');
      assert.ok(took >= TIMEOUT - 5 && took < TIMEOUT + 1500, `took ${took} ms`);
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['TIMEOUT'],
      );
      assert.ok((r.evidence[0]?.elapsedMs ?? 0) >= TIMEOUT - 5);
    });

    it('waits for a slow answer within the timeout', async () => {
      const r = await resolver().lookup('slow.example.test', 'A');
      assert.equal(r.outcome, 'ok');
      assert.ok((r.evidence[0]?.elapsedMs ?? 0) >= 115);
    });

    it('asks the same server again in a retry round after a timeout', async () => {
      withFaults({ 'flaky.example.test': { drop: true, times: 1 } });
      const r = await resolver(1).lookup('flaky.example.test', 'A');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['TIMEOUT', 'NOERROR'],
      );
    });

    it('moves on to the next server when one fails, keeping both exchanges as evidence', async () => {
      const good = await startDnsTestServer({ zone: ZONE });
      try {
        const r = await createResolver({ servers: [server.address, good.address], timeoutMs: TIMEOUT, retries: 0 }).lookup(
          'servfail.example.test',
          'A',
        );
        assert.equal(r.outcome, 'ok');
        assert.deepEqual(
          r.evidence.map((e) => `${e.server} ${e.rcode}`),
          [`127.0.0.1:${server.port} SERVFAIL`, `127.0.0.1:${good.port} NOERROR`],
        );
      } finally {
        await good.close();
      }
    });

    it('prefers what a server said over silence when every server fails', async () => {
      const silent = await startDnsTestServer({ zone: ZONE, faults: { '*': { drop: true } } });
      try {
        const r = await createResolver({ servers: [silent.address, server.address], timeoutMs: TIMEOUT, retries: 0 }).lookup(
          'refused.example.test',
          'A',
        );
        assert.equal(r.outcome, 'refused');
        assert.deepEqual(
          r.evidence.map((e) => e.rcode),
          ['TIMEOUT', 'REFUSED'],
        );
      } finally {
        await silent.close();
      }
    });

    it('retries a forced truncation over TCP with the same server', async () => {
      const r = await resolver().lookup('tc.example.test', 'A');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(
        r.records.map((x) => x.data),
        [{ type: 'A', address: '192.0.2.77' }],
      );
      assert.deepEqual(
        server.queries.map((q) => q.transport),
        ['udp', 'tcp'],
      );
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['TRUNCATED', 'NOERROR'],
      );
    });

    it('asks again without EDNS when a server answers FORMERR without OPT (RFC 6891 §7)', async () => {
      withFaults({ 'formerr.example.test': { noEdns: true } });
      const r = await resolver().lookup('formerr.example.test', 'A');
      assert.equal(r.outcome, 'ok');
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['FORMERR', 'NOERROR'],
      );
      assert.deepEqual(
        server.queries.map((q) => q.do),
        [true, undefined],
      );
    });

    it('reports the AD flag of a validating server', async () => {
      const yes = await resolver().lookup('ad.example.test', 'A');
      const no = await resolver().lookup('mx1.example.test', 'A');
      assert.deepEqual([yes.ad, yes.evidence[0]?.ad, no.ad], [true, true, false]);
    });

    it('is AD only when every reply of a CNAME chase was', async () => {
      const partial = await startDnsTestServer({ zone: ZONE, chaseCnames: false, faults: { 'alias.example.test': { ad: true } } });
      try {
        const r = await createResolver({ servers: [partial.address] }).lookup('alias.example.test', 'A');
        assert.deepEqual([r.outcome, r.ad, r.evidence.map((e) => e.ad)], ['ok', false, [true, false, false]]);
      } finally {
        await partial.close();
      }
    });
  });

  describe('hostile replies', () => {
    for (const [name, pattern] of [
      ['garbage', /./u],
      ['cut', /past the end|too short/u],
      ['loop', /bad pointer/u],
      ['rdlen', /inconsistent length/u],
    ] as const) {
      it(`reports ${name} bytes as malformed at once`, async () => {
        const started = Date.now();
        const r = await resolver().lookup(`${name}.example.test`, 'A');
        assert.equal(r.outcome, 'malformed');
        assert.match(r.detail ?? '', pattern);
        assert.deepEqual(
          r.evidence.map((e) => e.rcode),
          ['MALFORMED'],
        );
        assert.ok(Date.now() - started < TIMEOUT, 'did not wait for the timeout');
      });
    }

    it('ignores a reply with the wrong ID and takes the right one that follows', async () => {
      withFaults({ 'wrongid.example.test': { wrongId: true, thenAnswer: true } });
      const r = await resolver().lookup('wrongid.example.test', 'A');
      assert.equal(r.outcome, 'ok');
    });

    it('reports only wrong-ID replies as malformed once the timeout passes', async () => {
      withFaults({ 'wrongid.example.test': { wrongId: true } });
      const r = await resolver().lookup('wrongid.example.test', 'A');
      assert.equal(r.outcome, 'malformed');
      assert.match(r.detail ?? '', /wrong ID/u);
    });

    it('ignores a reply about another question and takes the right one that follows', async () => {
      withFaults({ 'wrongq.example.test': { wrongQuestion: true, thenAnswer: true } });
      assert.equal((await resolver().lookup('wrongq.example.test', 'A')).outcome, 'ok');
      withFaults({ 'wrongq.example.test': { wrongQuestion: true } });
      const r = await resolver().lookup('wrongq.example.test', 'A');
      assert.equal(r.outcome, 'malformed');
      assert.match(r.detail ?? '', /another name \(wrong\.invalid\)/u);
    });

    it('ignores a reply from another port and takes the right one that follows', async () => {
      withFaults({ 'other.example.test': { otherSocket: true, thenAnswer: true } });
      assert.equal((await resolver().lookup('other.example.test', 'A')).outcome, 'ok');
    });

    it('times out when replies come only from another port', async () => {
      withFaults({ 'other.example.test': { otherSocket: true } });
      const r = await resolver().lookup('other.example.test', 'A');
      assert.equal(r.outcome, 'timeout');
      assert.match(r.detail ?? '', /ignored 1 datagram/u);
    });

    it('reports a TCP connection closed without a reply as error', async () => {
      withFaults({ 'tcpclose.example.test': { truncate: true, tcp: 'close' } });
      const r = await resolver().lookup('tcpclose.example.test', 'A');
      assert.deepEqual([r.outcome, r.detail], ['error', 'TCP connection closed without a reply']);
    });

    it('reports a TCP length prefix longer than the reply as malformed at the timeout', async () => {
      withFaults({ 'tcpbig.example.test': { truncate: true, tcp: 'oversize-length' } });
      const r = await resolver().lookup('tcpbig.example.test', 'A');
      assert.equal(r.outcome, 'malformed');
      assert.match(r.detail ?? '', /shorter than its length prefix/u);
      assert.deepEqual(
        r.evidence.map((e) => e.rcode),
        ['TRUNCATED', 'MALFORMED'],
      );
    });

    it('reports a port nobody answers on as timeout', async () => {
      const ghost = await startDnsTestServer({ zone: ZONE });
      const address = ghost.address;
      await ghost.close();
      const r = await createResolver({ servers: [address], timeoutMs: TIMEOUT, retries: 0 }).lookup('example.test', 'A');
      assert.equal(r.outcome, 'timeout');
    });
  });
});
