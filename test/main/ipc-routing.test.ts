import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DispatchOptions } from '../../electron/engine/contract/dispatch.ts';
import { OP_NAMES } from '../../electron/engine/contract/ops.ts';
import type { OpResult } from '../../electron/engine/contract/result.ts';
import { registerOperations, validateEnvelope } from '../../electron/main/ipc-routing.ts';
import { CANCEL_CHANNEL, PROGRESS_CHANNEL } from '../../electron/preload/channels.ts';
import { testServices } from '../helpers/services.ts';
import { createFakeIpc, type FakeIpc } from './fake-ipc.ts';

type Run = (name: string, input: unknown, options: DispatchOptions) => Promise<OpResult<unknown>>;

/** A dispatcher stand-in that records its calls. */
function spyRun(impl?: Run): { run: Run; calls: { name: string; input: unknown; lang: string | undefined }[] } {
  const calls: { name: string; input: unknown; lang: string | undefined }[] = [];
  return {
    calls,
    run: (name, input, options) => {
      calls.push({ name, input, lang: options.lang });
      return impl ? impl(name, input, options) : Promise.resolve({ ok: true, value: { echoed: input } });
    },
  };
}

/** Invokes a handler the way a page would: through the fake ipcRenderer. */
function invoke(ipc: FakeIpc, name: string, ...args: unknown[]): Promise<unknown> {
  return ipc.ipcRenderer.invoke(`mailpath:op:${name}`, ...args);
}

/** A run that reports progress, then waits until it is aborted. */
const waitForAbort: Run = (_name, _input, options) =>
  new Promise((resolve) => {
    options.onProgress?.({ step: 'wait', state: 'started' });
    options.signal?.addEventListener('abort', () => resolve({ ok: false, code: 'cancelled', message: 'cancelled' }));
  });

describe('ipc-routing', () => {
  describe('registerOperations', () => {
    it('registers exactly one channel per operation of the table, and one cancel listener', () => {
      const ipc = createFakeIpc();
      const reg = registerOperations(ipc.ipcMain, testServices());
      assert.deepEqual(
        [...ipc.handlers.keys()],
        OP_NAMES.map((name) => `mailpath:op:${name}`),
      );
      assert.deepEqual(reg.channels, [...ipc.handlers.keys()]);
      assert.deepEqual([...ipc.mainListeners.keys()], [CANCEL_CHANNEL]);
    });

    it('runs the engine for a call from the app page', async () => {
      const ipc = createFakeIpc();
      registerOperations(ipc.ipcMain, testServices());
      const r = (await invoke(ipc, 'appInfo', { input: {}, requestId: 'r1' })) as OpResult<{ host: string; operations: string[] }>;
      assert.ok(r.ok);
      assert.equal(r.value.host, 'test');
      assert.deepEqual(r.value.operations, OP_NAMES);
    });

    it('returns the dispatcher’s invalid-input naming the field for a bad input', async () => {
      const ipc = createFakeIpc();
      registerOperations(ipc.ipcMain, testServices());
      const r = (await invoke(ipc, 'deepLinkParse', { input: { url: 7 }, requestId: 'r1' })) as OpResult<unknown>;
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
      assert.equal(r.field, 'url');
    });

    it('passes the language on to the dispatcher', async () => {
      const ipc = createFakeIpc();
      const spy = spyRun();
      registerOperations(ipc.ipcMain, testServices(), { run: spy.run });
      await invoke(ipc, 'caseLoad', { input: {}, lang: 'sv', requestId: 'r1' });
      assert.deepEqual(spy.calls, [{ name: 'caseLoad', input: {}, lang: 'sv' }]);
    });

    it('refuses calls from other origins, sub-frames and vanished frames without running anything', async () => {
      for (const setup of [
        (ipc: FakeIpc) => (ipc.frame.url = 'https://evil.example/'),
        (ipc: FakeIpc) => (ipc.frame.url = 'file:///tmp/x.html'),
        (ipc: FakeIpc) => (ipc.frame.url = 'app://evil/index.html'),
        (ipc: FakeIpc) => (ipc.frame.parent = { url: 'app://mailpath/index.html' }),
        (ipc: FakeIpc) => (ipc.senderFrame = null),
      ]) {
        const ipc = createFakeIpc();
        setup(ipc);
        const spy = spyRun();
        registerOperations(ipc.ipcMain, testServices(), { run: spy.run });
        const r = (await invoke(ipc, 'appInfo', { input: {} })) as OpResult<unknown>;
        assert.ok(!r.ok);
        assert.equal(r.code, 'forbidden');
        assert.equal(spy.calls.length, 0);
      }
    });

    it('refuses malformed envelopes before the dispatcher sees them', async () => {
      const ipc = createFakeIpc();
      const spy = spyRun();
      registerOperations(ipc.ipcMain, testServices(), { run: spy.run });
      for (const args of [[], [{ input: {} }, 'extra'], ['text'], [[1]], [null], [{ input: {}, channel: 'x' }], [{ input: new Date() }]]) {
        const r = (await invoke(ipc, 'appInfo', ...args)) as OpResult<unknown>;
        assert.ok(!r.ok, JSON.stringify(args));
        assert.equal(r.code, 'invalid-input');
      }
      assert.equal(spy.calls.length, 0);
    });

    it('sends progress to the calling page, tagged with its requestId', async () => {
      const ipc = createFakeIpc();
      const run: Run = (_n, _i, options) => {
        options.onProgress?.({ step: 'dns.spf', state: 'started', fraction: 0.5 });
        return Promise.resolve({ ok: true, value: null });
      };
      registerOperations(ipc.ipcMain, testServices(), { run });
      await invoke(ipc, 'appInfo', { input: {}, requestId: 'r7' });
      assert.deepEqual(ipc.sent, [
        { channel: PROGRESS_CHANNEL, args: [{ requestId: 'r7', event: { step: 'dns.spf', state: 'started', fraction: 0.5 } }] },
      ]);
    });

    it('sends no progress to a page that is gone, and still completes', async () => {
      const ipc = createFakeIpc();
      const run: Run = (_n, _i, options) => {
        ipc.sender.destroyed = true;
        options.onProgress?.({ step: 'x', state: 'info' });
        return Promise.resolve({ ok: true, value: 1 });
      };
      registerOperations(ipc.ipcMain, testServices(), { run });
      assert.deepEqual(await invoke(ipc, 'appInfo', { input: {}, requestId: 'r1' }), { ok: true, value: 1 });
      assert.deepEqual(ipc.sent, []);
    });

    it('cancels a running call on mailpath:cancel and forgets it afterwards', async () => {
      const ipc = createFakeIpc();
      const reg = registerOperations(ipc.ipcMain, testServices(), { run: waitForAbort });
      const pending = invoke(ipc, 'appInfo', { input: {}, requestId: 'r1' });
      assert.equal(reg.inFlight(), 1);
      ipc.ipcRenderer.send(CANCEL_CHANNEL, 'r1');
      assert.deepEqual(await pending, { ok: false, code: 'cancelled', message: 'cancelled' });
      assert.equal(reg.inFlight(), 0);
    });

    it('ignores a cancel from another page or from a foreign frame', async () => {
      const ipc = createFakeIpc({ senderId: 1 });
      const reg = registerOperations(ipc.ipcMain, testServices(), { run: waitForAbort });
      const pending = invoke(ipc, 'appInfo', { input: {}, requestId: 'r1' });
      ipc.otherPage(2).ipcRenderer.send(CANCEL_CHANNEL, 'r1');
      const foreign = ipc.otherPage(1, 'https://evil.example/');
      foreign.ipcRenderer.send(CANCEL_CHANNEL, 'r1');
      ipc.ipcRenderer.send(CANCEL_CHANNEL, { requestId: 'r1' });
      assert.equal(reg.inFlight(), 1);
      reg.abortSender(1);
      assert.equal(((await pending) as OpResult<unknown>).ok, false);
    });

    it('refuses a second call with a requestId that is still running', async () => {
      const ipc = createFakeIpc();
      const reg = registerOperations(ipc.ipcMain, testServices(), { run: waitForAbort });
      const first = invoke(ipc, 'appInfo', { input: {}, requestId: 'dup' });
      const second = (await invoke(ipc, 'appInfo', { input: {}, requestId: 'dup' })) as OpResult<unknown>;
      assert.ok(!second.ok);
      assert.equal(second.code, 'invalid-input');
      reg.abortSender(1);
      await first;
    });

    it('aborts only the calls of the page that went away', async () => {
      const ipc = createFakeIpc({ senderId: 1 });
      const reg = registerOperations(ipc.ipcMain, testServices(), { run: waitForAbort });
      const other = ipc.otherPage(2);
      const mine = invoke(ipc, 'appInfo', { input: {}, requestId: 'a' });
      const theirs = invoke(other, 'appInfo', { input: {}, requestId: 'a' });
      reg.abortSender(1);
      await mine;
      assert.equal(reg.inFlight(), 1);
      reg.dispose();
      await theirs;
      assert.equal(reg.inFlight(), 0);
    });

    it('removes every handler and the cancel listener on dispose', () => {
      const ipc = createFakeIpc();
      const reg = registerOperations(ipc.ipcMain, testServices());
      reg.dispose();
      assert.equal(ipc.handlers.size, 0);
      assert.equal(ipc.mainListeners.get(CANCEL_CHANNEL)?.size, 0);
    });
  });

  describe('validateEnvelope', () => {
    it('accepts the envelope createApi sends, with or without lang', () => {
      assert.deepEqual(validateEnvelope([{ input: { a: 1 }, lang: undefined, requestId: 'r1-x' }]), {
        ok: true,
        envelope: { input: { a: 1 }, lang: undefined, requestId: 'r1-x' },
      });
      assert.ok(validateEnvelope([{ input: undefined, lang: 'nb' }]).ok);
      assert.ok(validateEnvelope([Object.assign(Object.create(null) as object, { input: {} })]).ok);
    });

    it('refuses a missing, extra or non-plain envelope', () => {
      for (const args of [[], [{}, {}], [undefined], ['x'], [[]], [new Map()], [new (class Envelope {})()]]) {
        assert.equal(validateEnvelope(args).ok, false, String(args));
      }
    });

    it('refuses unknown fields, bad language tags and bad request ids', () => {
      for (const envelope of [
        { input: {}, op: 'x' },
        { input: {}, lang: 5 },
        { input: {}, lang: 'sv"><script>' },
        { input: {}, requestId: '' },
        { input: {}, requestId: 'a b' },
        { input: {}, requestId: 'x'.repeat(129) },
        { input: {}, requestId: 12 },
      ]) {
        const r = validateEnvelope([envelope]);
        assert.ok(!r.ok, JSON.stringify(envelope));
        assert.equal(r.failure.code, 'invalid-input');
      }
    });

    it('refuses input that is not plain JSON', () => {
      for (const input of [new Date(), new Map(), new Uint8Array(2), { when: new Date() }, [Number.NaN]]) {
        const r = validateEnvelope([{ input }]);
        assert.ok(!r.ok);
        assert.match(r.failure.message, /^input: must be plain JSON/);
      }
    });
  });
});
