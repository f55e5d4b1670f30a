import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { nodeConnect, probeCandidates, probeServer } from '../../../electron/engine/discover/probe.ts';
import { manualCandidate } from '../../../electron/engine/discover/ports.ts';

async function listen(
  onConnection: (socket: net.Socket) => void,
): Promise<{ port: number; close: () => Promise<void>; sockets: Set<net.Socket> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    onConnection(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('discover', () => {
  describe('probeServer', () => {
    let greeter: Awaited<ReturnType<typeof listen>>;
    let silent: Awaited<ReturnType<typeof listen>>;
    let refuser: Awaited<ReturnType<typeof listen>>;
    before(async () => {
      // A multi-line greeting, sent in two pieces.
      greeter = await listen((s) => {
        s.write('220-mail.example.test ESMTP\r\n');
        setTimeout(() => s.write('220 ready\r\n'), 20);
      });
      silent = await listen(() => {});
      refuser = await listen((s) => s.end('554 5.7.1 no service for you\r\n'));
    });
    after(async () => Promise.all([greeter.close(), silent.close(), refuser.close()]));

    it('connects over TCP and reads a 220 greeting, timed', async () => {
      const r = await probeServer('127.0.0.1', greeter.port, false, { connect: nodeConnect, timeoutMs: 2000 });
      assert.equal(r.ok, true);
      assert.equal(r.greeting, '220-mail.example.test ESMTP\n220 ready');
      assert.ok(r.ms >= 0 && r.ms < 2000);
    });

    it('gives up after the timeout when the server never speaks', async () => {
      const r = await probeServer('127.0.0.1', silent.port, false, { connect: nodeConnect, timeoutMs: 150 });
      assert.equal(r.ok, false);
      assert.equal(r.error, 'timeout');
      assert.ok(r.ms >= 140, `ms=${r.ms}`);
    });

    it('reports a refusing greeting and a closed port as data', async () => {
      const r = await probeServer('127.0.0.1', refuser.port, false, { connect: nodeConnect, timeoutMs: 2000 });
      assert.deepEqual([r.ok, r.error], [false, 'greeting 554']);
      const closed = await probeServer('127.0.0.1', 1, false, { connect: nodeConnect, timeoutMs: 2000 });
      assert.equal(closed.ok, false);
      assert.equal(closed.error, 'ECONNREFUSED');
    });

    it('stops when the caller aborts', async () => {
      const controller = new AbortController();
      const pending = probeServer('127.0.0.1', silent.port, false, { connect: nodeConnect, timeoutMs: 5000, signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      assert.equal((await pending).error, 'aborted');
    });

    it('probes the top candidates in parallel and leaves the rest alone', async () => {
      const list = [
        manualCandidate('en', '127.0.0.1', greeter.port),
        manualCandidate('en', '127.0.0.1', silent.port),
        manualCandidate('en', '127.0.0.1', refuser.port),
      ];
      const started = performance.now();
      const out = await probeCandidates(list, 2, { connect: nodeConnect, timeoutMs: 300 });
      assert.ok(performance.now() - started < 900, 'in parallel');
      assert.equal(out[0]?.reachable?.ok, true);
      assert.equal(out[1]?.reachable?.error, 'timeout');
      assert.equal(out[2]?.reachable, undefined);
    });
  });
});
