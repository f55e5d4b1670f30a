/**
 * Starts the real main process (main.ts and the thin modules it wires) in plain Node, with the
 * `electron` specifier mapped to electron-stub.ts, and checks the wiring: what is set up before
 * `ready`, the window's options, the guards, the IPC handlers over electron-store, the protocol
 * handler and deep links. The Electron binary is never needed.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OP_NAMES } from '../../electron/engine/contract/ops.ts';
import type { OpResult } from '../../electron/engine/contract/result.ts';
import { DEEP_LINK_CHANNEL, formatOpNamesArg } from '../../electron/preload/channels.ts';
import type * as StubExports from './electron-stub.ts';

type StubModule = typeof StubExports;

const STUB_URL = new URL('./electron-stub.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: STUB_URL, format: 'module', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

const { stub, app } = (await import(STUB_URL)) as StubModule;
const START_LINK = 'mailpath://case?from=kari%40firma.no&ref=42';

type Guarded = {
  windowOpenHandler?: (d: { url: string }) => { action: string };
  emit(event: string, ...args: unknown[]): boolean;
  sent: { channel: string; args: unknown[] }[];
};

function navigationEvent(url: string, isMainFrame = true) {
  const event = { url, isMainFrame, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('main', () => {
  before(async () => {
    process.argv.push(START_LINK);
    await import('../../electron/main/main.ts');
    while (stub.windows.length === 0) await new Promise((resolve) => setImmediate(resolve));
  });
  after(() => rmSync(stub.userData, { recursive: true, force: true }));

  describe('before ready', () => {
    it('takes the single-instance lock, forces the sandbox and registers the app scheme early', () => {
      const whats = stub.calls.map((c) => c.what);
      assert.ok(whats.includes('app.requestSingleInstanceLock'));
      assert.ok(whats.includes('app.enableSandbox'));
      const scheme = stub.calls.find((c) => c.what === 'protocol.registerSchemesAsPrivileged');
      assert.deepEqual(scheme?.args[0], [
        {
          scheme: 'app',
          privileges: {
            standard: true,
            secure: true,
            supportFetchAPI: true,
            codeCache: true,
            corsEnabled: false,
            bypassCSP: false,
            allowServiceWorkers: false,
            stream: false,
          },
        },
      ]);
      assert.equal(scheme?.args[1], false, 'registered before ready');
    });
  });

  describe('on ready', () => {
    it('registers itself for mailpath:// links at run time (Windows needs it)', () => {
      const call = stub.calls.find((c) => c.what === 'app.setAsDefaultProtocolClient');
      assert.equal(call?.args[0], 'mailpath');
    });

    it('opens one hardened window on the app scheme, with the operation names for the preload', () => {
      assert.equal(stub.windows.length, 1);
      const win = stub.windows[0];
      assert.equal(win?.loadedUrl, 'app://mailpath/index.html');
      const prefs = (win?.options as { webPreferences: Record<string, unknown> }).webPreferences;
      assert.equal(prefs['sandbox'], true);
      assert.equal(prefs['contextIsolation'], true);
      assert.equal(prefs['nodeIntegration'], false);
      assert.match(String(prefs['preload']), /preload[/\\]preload\.cjs$/);
      assert.deepEqual(prefs['additionalArguments'], [formatOpNamesArg(OP_NAMES)]);
    });

    it('guards the window: no new windows, no navigation away, links to the system browser', () => {
      const contents = stub.windows[0]?.webContents as unknown as Guarded;
      assert.deepEqual(contents.windowOpenHandler?.({ url: 'https://example.com/help' }), { action: 'deny' });
      assert.deepEqual(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' }), { action: 'deny' });
      const away = navigationEvent('https://evil.example/');
      contents.emit('will-navigate', away);
      assert.equal(away.prevented, true);
      const inside = navigationEvent('app://mailpath/index.html');
      contents.emit('will-navigate', inside);
      assert.equal(inside.prevented, false);
      const redirect = navigationEvent('https://example.com/');
      contents.emit('will-redirect', redirect);
      assert.equal(redirect.prevented, true);
      const webview = navigationEvent('');
      contents.emit('will-attach-webview', webview);
      assert.equal(webview.prevented, true);
      assert.deepEqual(stub.opened, ['https://example.com/help', 'https://evil.example/']);
    });

    it('denies permissions, allowing only clipboard writes by the app page', () => {
      const decide = (permission: string, requestingUrl: string) => {
        let granted: boolean | undefined;
        (stub.permissionRequestHandler as (w: unknown, p: string, cb: (g: boolean) => void, d: unknown) => void)(
          {},
          permission,
          (g) => (granted = g),
          {
            requestingUrl,
            isMainFrame: true,
          },
        );
        return granted;
      };
      assert.equal(decide('media', 'app://mailpath/index.html'), false);
      assert.equal(decide('clipboard-read', 'app://mailpath/index.html'), false);
      assert.equal(decide('clipboard-sanitized-write', 'app://mailpath/index.html'), true);
      assert.equal(decide('clipboard-sanitized-write', 'https://evil.example/'), false);
      const check = stub.permissionCheckHandler as (w: unknown, p: string, origin: string, d: unknown) => boolean;
      assert.equal(check({}, 'geolocation', 'app://mailpath', { isMainFrame: true }), false);
    });

    it('serves the app scheme with the CSP header and refuses traversal', async () => {
      const handler = stub.protocolHandlers.get('app');
      assert.ok(handler);
      const traversal = await handler(new Request('app://mailpath/..%2f..%2fpackage.json'));
      assert.equal(traversal.status, 403);
      assert.match(traversal.headers.get('content-security-policy') ?? '', /^default-src 'none'; script-src 'self';/);
      const other = await handler(new Request('app://evil/index.html'));
      assert.equal(other.status, 404);
    });

    it('answers every operation over IPC, saving the case with electron-store in userData', async () => {
      assert.deepEqual(
        [...stub.ipc.handlers.keys()].filter((c) => c.startsWith('mailpath:op:')),
        OP_NAMES.map((n) => `mailpath:op:${n}`),
      );
      const info = (await stub.ipc.ipcRenderer.invoke('mailpath:op:appInfo', { input: {}, requestId: 'a1' })) as OpResult<{ host: string }>;
      assert.ok(info.ok);
      assert.equal(info.value.host, 'electron');
      const created = (await stub.ipc.ipcRenderer.invoke('mailpath:op:caseNew', { input: {}, requestId: 'a2' })) as OpResult<{
        location: string;
      }>;
      assert.ok(created.ok);
      assert.equal(created.value.location, join(stub.userData, 'state.json'));
      assert.ok(existsSync(join(stub.userData, 'state.json')));
    });

    it('installs the File › Open menu', () => {
      const template = (stub.menu as { template: { label?: string; submenu?: { id?: string }[] }[] }).template;
      const file = template.find((item) => item.label === 'File');
      assert.ok(file?.submenu?.some((item) => item.id === 'file-open'));
    });
  });

  describe('deep links', () => {
    it('sends the link that started the app once the page has loaded', () => {
      const contents = stub.windows[0]?.webContents as unknown as Guarded;
      assert.deepEqual(
        contents.sent.filter((s) => s.channel === DEEP_LINK_CHANNEL),
        [],
      );
      contents.emit('did-finish-load');
      assert.deepEqual(
        contents.sent.filter((s) => s.channel === DEEP_LINK_CHANNEL),
        [{ channel: DEEP_LINK_CHANNEL, args: [START_LINK] }],
      );
    });

    it('forwards links from a second instance and from macOS open-url, and drops bad ones', () => {
      const contents = stub.windows[0]?.webContents as unknown as Guarded;
      const before = contents.sent.length;
      app.emit('second-instance', {}, [
        'C:\\Mailpath\\Mailpath.exe',
        '--allow-file-access-from-files',
        'mailpath://case?ref=2',
        'mailpath://evil?x=1',
      ]);
      const openUrl = navigationEvent('');
      app.emit('open-url', openUrl, 'mailpath://case?ref=3');
      assert.equal(openUrl.prevented, true);
      assert.deepEqual(
        contents.sent.slice(before).map((s) => s.args[0]),
        ['mailpath://case?ref=2', 'mailpath://case?ref=3'],
      );
    });
  });
});
