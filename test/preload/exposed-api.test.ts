/**
 * What `window.mailpath` holds in the app, and the whole call path page → preload → main → engine
 * over a fake IPC pair that copies payloads like Electron does (security checklist #20: only
 * narrow functions cross the bridge; #17: main checks the sender).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OP_NAMES } from '../../electron/engine/contract/ops.ts';
import type { SavedCase } from '../../electron/engine/contract/ops.ts';
import type { ProgressEvent } from '../../electron/engine/contract/result.ts';
import { registerOperations } from '../../electron/main/ipc-routing.ts';
import { formatOpNamesArg } from '../../electron/preload/channels.ts';
import { buildExposedApi } from '../../electron/preload/exposed-api.ts';
import { testServices } from '../helpers/services.ts';
import { createFakeIpc } from '../main/fake-ipc.ts';

const argv = ['/opt/Mailpath/mailpath', '--type=renderer', formatOpNamesArg(OP_NAMES)];

function connected() {
  const ipc = createFakeIpc();
  const registration = registerOperations(ipc.ipcMain, testServices());
  return { ipc, registration, api: buildExposedApi(argv, ipc.ipcRenderer) };
}

describe('exposed-api', () => {
  describe('buildExposedApi', () => {
    it('holds one function per operation plus cancel, onDeepLink, onOpenFile and host — nothing else', () => {
      const { api } = connected();
      assert.deepEqual(Object.keys(api).sort(), [...OP_NAMES, 'cancel', 'onDeepLink', 'onOpenFile', 'host'].sort());
      for (const [key, value] of Object.entries(api)) {
        if (key === 'host') assert.equal(value, 'electron');
        else assert.equal(typeof value, 'function', key);
      }
      for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'call']) assert.equal(forbidden in api, false, forbidden);
    });

    it('has no operation methods when main passed no names', () => {
      const api = buildExposedApi(['/opt/Mailpath/mailpath'], createFakeIpc().ipcRenderer);
      assert.deepEqual(Object.keys(api).sort(), ['cancel', 'host', 'onDeepLink', 'onOpenFile']);
    });
  });

  describe('a call from the page to the engine', () => {
    it('saves a case draft and loads it back', async () => {
      const { api } = connected();
      const created = await api.caseNew({});
      assert.ok(created.ok);
      const draft = { ...created.value.case, sender: 'kari@firma.no', recipients: ['ola@example.com'] };
      const saved = await api.caseSave(draft, { lang: 'nb' });
      assert.ok(saved.ok);
      const loaded = await api.caseLoad({});
      assert.ok(loaded.ok);
      assert.deepEqual((loaded.value as SavedCase).case.recipients, ['ola@example.com']);
    });

    it('returns invalid-input with the field for bad input, and never throws', async () => {
      const { api } = connected();
      const r = await api.caseValidate({ case: { id: '' } } as never);
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
      assert.match(r.field ?? '', /^case\./);
    });

    it('is refused when the page is not the app', async () => {
      const { api, ipc } = connected();
      ipc.frame.url = 'https://evil.example/';
      const r = await api.appInfo({});
      assert.ok(!r.ok);
      assert.equal(r.code, 'forbidden');
    });

    it('delivers progress and can be cancelled by requestId', async () => {
      const ipc = createFakeIpc();
      registerOperations(ipc.ipcMain, testServices(), {
        run: (_name, _input, options) =>
          new Promise((resolve) => {
            options.onProgress?.({ step: 'smtp.connect', state: 'started' });
            options.signal?.addEventListener('abort', () =>
              resolve({ ok: false, code: 'cancelled', message: 'The operation was cancelled.' }),
            );
          }),
      });
      const api = buildExposedApi(argv, ipc.ipcRenderer);
      const progress: ProgressEvent[] = [];
      const pending = api.appInfo({}, { requestId: 'job-1', onProgress: (e) => progress.push(e) });
      await new Promise((resolve) => setImmediate(resolve));
      api.cancel('job-1');
      const r = await pending;
      assert.ok(!r.ok);
      assert.equal(r.code, 'cancelled');
      assert.deepEqual(progress, [{ step: 'smtp.connect', state: 'started' }]);
    });
  });
});
