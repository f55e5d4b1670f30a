import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ProgressEvent } from '../../electron/engine/contract/result.ts';
import { CANCEL_CHANNEL, DEEP_LINK_CHANNEL, OPEN_FILE_CHANNEL, PROGRESS_CHANNEL } from '../../electron/preload/channels.ts';
import { createBufferedEvent, createIpcTransport, isOpResult, type IpcRendererLike } from '../../electron/preload/transport.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A scripted ipcRenderer: `answer` decides what invoke returns; `emit` plays main sending. */
function fakeRenderer(answer: (channel: string, args: unknown[]) => Promise<unknown> = () => Promise.resolve({ ok: true, value: 1 })) {
  const listeners = new Map<string, Listener[]>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  const ipc: IpcRendererLike = {
    invoke: (channel, ...args) => {
      invoked.push({ channel, args });
      return answer(channel, args);
    },
    send: (channel, ...args) => {
      sent.push({ channel, args });
    },
    on: (channel, listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'raw event with ipcRenderer' }, ...args);
  };
  return { ipc, invoked, sent, emit };
}

describe('transport', () => {
  describe('createIpcTransport', () => {
    it('invokes the operation’s own channel with the envelope and returns main’s result', async () => {
      const r = fakeRenderer();
      const t = createIpcTransport(r.ipc);
      const envelope = { input: { url: 'mailpath://case' }, lang: 'sv', requestId: 'r1' };
      assert.deepEqual(await t.call('deepLinkParse', envelope, () => undefined), { ok: true, value: 1 });
      assert.deepEqual(r.invoked, [{ channel: 'mailpath:op:deepLinkParse', args: [envelope] }]);
      assert.equal(t.host, 'electron');
    });

    it('routes progress to the call with the same requestId only, while it runs', async () => {
      let finish: (v: unknown) => void = () => undefined;
      const r = fakeRenderer(() => new Promise((resolve) => (finish = resolve)));
      const t = createIpcTransport(r.ipc);
      const seen: ProgressEvent[] = [];
      const call = t.call('appInfo', { input: {}, requestId: 'mine' }, (e) => seen.push(e));
      r.emit(PROGRESS_CHANNEL, { requestId: 'other', event: { step: 'x', state: 'started' } });
      r.emit(PROGRESS_CHANNEL, { requestId: 'mine', event: { step: 'dns', state: 'done' } });
      r.emit(PROGRESS_CHANNEL, { requestId: 'mine', event: 'not an event' });
      finish({ ok: true, value: null });
      await call;
      r.emit(PROGRESS_CHANNEL, { requestId: 'mine', event: { step: 'late', state: 'info' } });
      assert.deepEqual(seen, [{ step: 'dns', state: 'done' }]);
    });

    it('turns a malformed answer or a failed invoke into an internal failure', async () => {
      const odd = createIpcTransport(fakeRenderer(() => Promise.resolve('surprise')).ipc);
      const oddResult = await odd.call('appInfo', { input: {} }, () => undefined);
      assert.equal(oddResult.ok, false);
      const broken = createIpcTransport(
        fakeRenderer(() => Promise.reject(new Error("No handler registered for 'mailpath:op:appInfo'"))).ipc,
      );
      const r = await broken.call('appInfo', { input: {} }, () => undefined);
      assert.ok(!r.ok);
      assert.equal(r.code, 'internal');
      assert.match(r.message, /No handler registered/);
    });

    it('sends a cancel with the requestId', () => {
      const r = fakeRenderer();
      createIpcTransport(r.ipc).cancel('r9');
      assert.deepEqual(r.sent, [{ channel: CANCEL_CHANNEL, args: ['r9'] }]);
    });

    it('hands deep-link listeners the URL only, never the raw IPC event', () => {
      const r = fakeRenderer();
      const t = createIpcTransport(r.ipc);
      const calls: unknown[][] = [];
      t.onDeepLink((...args: unknown[]) => calls.push(args));
      r.emit(DEEP_LINK_CHANNEL, 'mailpath://case?ref=1');
      assert.deepEqual(calls, [['mailpath://case?ref=1']]);
    });

    it('keeps a link that arrives before anyone subscribed, and drops non-links', () => {
      const r = fakeRenderer();
      const t = createIpcTransport(r.ipc);
      r.emit(DEEP_LINK_CHANNEL, 'mailpath://case?ref=early');
      r.emit(DEEP_LINK_CHANNEL, 'https://evil.example/');
      r.emit(DEEP_LINK_CHANNEL, { url: 'mailpath://case' });
      const got: string[] = [];
      const unsubscribe = t.onDeepLink((url) => got.push(url));
      r.emit(DEEP_LINK_CHANNEL, 'mailpath://case?ref=later');
      unsubscribe();
      r.emit(DEEP_LINK_CHANNEL, 'mailpath://case?ref=after');
      assert.deepEqual(got, ['mailpath://case?ref=early', 'mailpath://case?ref=later']);
    });

    it('delivers files from File › Open as { name, content }', () => {
      const r = fakeRenderer();
      const t = createIpcTransport(r.ipc);
      const files: unknown[] = [];
      t.onOpenFile((f) => files.push(f));
      r.emit(OPEN_FILE_CHANNEL, { name: 'report.html', content: '<html>', extra: 1 });
      r.emit(OPEN_FILE_CHANNEL, { name: 'x' });
      assert.deepEqual(files, [{ name: 'report.html', content: '<html>' }]);
    });
  });

  describe('createBufferedEvent', () => {
    it('keeps the newest values up to its limit and survives a throwing listener', () => {
      const e = createBufferedEvent<number>(2);
      e.push(1);
      e.push(2);
      e.push(3);
      const got: number[] = [];
      e.subscribe((v) => got.push(v));
      assert.deepEqual(got, [2, 3]);
      e.subscribe(() => {
        throw new Error('page bug');
      });
      e.push(4);
      assert.deepEqual(got, [2, 3, 4]);
    });
  });

  describe('isOpResult', () => {
    it('recognises successes and failures and nothing else', () => {
      assert.equal(isOpResult({ ok: true, value: null }), true);
      assert.equal(isOpResult({ ok: false, code: 'io', message: 'm' }), true);
      for (const v of [null, [], { ok: true }, { ok: false, code: 'io' }, { ok: 'yes', value: 1 }]) assert.equal(isOpResult(v), false);
    });
  });
});
