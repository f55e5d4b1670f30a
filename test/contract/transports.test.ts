/**
 * One contract suite, run over every transport that can run here: the dispatcher directly, the
 * `mailpath call` CLI, the browser bridge over HTTP, and Electron IPC — main's real routing and the
 * preload's real API over a fake ipcMain/ipcRenderer pair that copies data as Electron does (the
 * Electron binary itself cannot run here).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/engine/contract/dispatch.ts';
import { OP_NAMES } from '../../electron/engine/contract/ops.ts';
import type { OpResult } from '../../electron/engine/contract/result.ts';
import { startBridge, type Bridge } from '../../electron/bridge/server.ts';
import { createFileStore } from '../../electron/engine/store/file-store.ts';
import { testServices } from '../helpers/services.ts';
import { runMailpath } from '../helpers/cli.ts';
import { createFakeIpc } from '../main/fake-ipc.ts';
import { registerOperations } from '../../electron/main/ipc-routing.ts';
import { buildExposedApi } from '../../electron/preload/exposed-api.ts';
import { formatOpNamesArg } from '../../electron/preload/channels.ts';

type Call = (op: string, input: unknown, lang?: string) => Promise<OpResult<unknown>>;

const transports: Record<string, { setup: () => Promise<Call>; teardown?: () => Promise<void> }> = {};

transports['direct'] = {
  setup: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-contract-'));
    const services = testServices({ store: createFileStore(join(dir, 'state.json')) });
    return (op, input, lang) => dispatch(op, input, { services, lang });
  },
};

transports['cli'] = {
  setup: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-contract-'));
    return async (op, input, lang) => {
      const r = await runMailpath(['call', op, JSON.stringify(input), '--json', ...(lang ? ['--lang', lang] : [])], { env: { MAILPATH_CONFIG_DIR: dir } });
      const parsed = JSON.parse(r.stdout) as unknown;
      return r.code === 0 || r.code === 1 ? { ok: true, value: parsed } : (parsed as OpResult<unknown>);
    };
  },
};

let bridge: Bridge | undefined;
transports['bridge'] = {
  setup: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-contract-'));
    bridge = await startBridge({ staticDir: dir, services: testServices({ store: createFileStore(join(dir, 'state.json')) }) });
    const b = bridge;
    return async (op, input, lang) => {
      const res = await fetch(`http://127.0.0.1:${b.port}/api/call/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
        body: JSON.stringify({ input, lang, requestId: 'r1' }),
      });
      assert.equal(res.headers.get('content-type'), 'application/x-ndjson; charset=utf-8');
      const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; result?: OpResult<unknown> });
      const last = lines.at(-1);
      assert.equal(last?.type, 'result');
      return last?.result as OpResult<unknown>;
    };
  },
  teardown: async () => bridge?.close(),
};

transports['ipc'] = {
  setup: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-contract-'));
    const ipc = createFakeIpc();
    registerOperations(ipc.ipcMain, testServices({ store: createFileStore(join(dir, 'state.json')) }));
    const api = buildExposedApi([formatOpNamesArg(OP_NAMES)], ipc.ipcRenderer) as unknown as Record<string, unknown>;
    return async (op, input, lang) => {
      const method = api[op];
      // The preload exposes one method per operation; an unknown name simply has no method to call.
      if (typeof method !== 'function') return { ok: false, code: 'unknown-operation', message: `window.mailpath has no method "${op}"` };
      return (method as (i: unknown, o: { lang?: string }) => Promise<OpResult<unknown>>)(input, lang ? { lang } : {});
    };
  },
};

const aCase = {
  id: 'c-contract',
  createdAt: '2026-11-20T13:00:00Z',
  updatedAt: '2026-11-20T13:00:00Z',
  sender: 'anna@firma.se',
  recipients: ['ola@kund.no', 'not-an-address'],
  sentAt: '2026-11-20T14:02',
  timeZone: 'Europe/Stockholm',
  symptom: 'nothing',
};

for (const [name, transport] of Object.entries(transports)) {
  describe(`contract over ${name}`, () => {
    let call: Call;
    before(async () => {
      call = await transport.setup();
    });
    after(async () => transport.teardown?.());

    it('appInfo lists every operation in the table', async () => {
      const r = await call('appInfo', {});
      assert.ok(r.ok);
      assert.deepEqual((r.value as { operations: string[] }).operations, OP_NAMES);
    });

    it('caseValidate returns field issues as data', async () => {
      const r = await call('caseValidate', { case: aCase, complete: true });
      assert.deepEqual(r, { ok: true, value: [{ field: 'recipients.1', code: 'invalid-email' }] });
    });

    it('caseSave then caseLoad gives back the saved draft', async () => {
      const saved = await call('caseSave', aCase);
      assert.ok(saved.ok);
      const loaded = await call('caseLoad', {});
      assert.ok(loaded.ok);
      const value = loaded.value as { case: { sender: string; recipients: string[] }; issues: unknown[] };
      assert.equal(value.case.sender, 'anna@firma.se');
      assert.deepEqual(value.case.recipients, aCase.recipients);
      assert.deepEqual(value.issues, [{ field: 'recipients.1', code: 'invalid-email' }]);
    });

    it('deepLinkParse reads a link', async () => {
      const r = await call('deepLinkParse', { url: 'mailpath://case?ref=CS-9' });
      assert.deepEqual(r, { ok: true, value: { action: 'case', patch: { reference: 'CS-9' }, ignored: [] } });
    });

    it('reportRender writes text in the requested language', async () => {
      const r = await call('reportRender', { input: { case: aCase }, format: 'text' }, 'sv');
      assert.ok(r.ok);
      assert.match((r.value as { content: string }).content, /^Bedömning: Inget har kontrollerats ännu\.$/m);
    });

    it('bad input fails with invalid-input and the field, identically', async () => {
      const r = await call('deepLinkParse', { url: 42 });
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
      assert.equal(r.field, 'url');
    });

    it('an unknown operation fails with unknown-operation', async () => {
      const r = await call('noSuchOp', {});
      assert.ok(!r.ok);
      assert.equal(r.code, 'unknown-operation');
    });
  });
}
