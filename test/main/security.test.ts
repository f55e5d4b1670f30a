/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by
 * item, as assertions on the pure rules main.ts wires into Electron. Items about packaging (#19
 * fuses) are in test/packaging; #15 in external-url.test.ts; #17 also in ipc-routing.test.ts;
 * #20 in test/preload.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isTrustedFrame } from '../../electron/main/app-origin.ts';
import {
  ALLOWED_PERMISSIONS,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  allowWebviewAttach,
  externalUrlOfPermissionRequest,
  isPermissionAllowed,
  navigationDecision,
  redirectDecision,
  securityHeaders,
  windowOpenDecision,
  windowOptions,
} from '../../electron/main/security.ts';

const options = windowOptions({ preloadPath: '/app/out/preload/preload.cjs', opNamesArg: '--mailpath-ops=appInfo', devTools: false });
const prefs = options.webPreferences ?? {};

/**
 * Every permission Electron names in `setPermissionRequestHandler`, read from its bundled
 * electron.d.ts as text (never loading `electron`), so a permission added by an upgrade is covered.
 */
function electronPermissions(): string[] {
  const dts = readFileSync(new URL('../../node_modules/electron/electron.d.ts', import.meta.url), 'utf8');
  const line = dts.split('\n').find((l) => l.includes('setPermissionRequestHandler(handler: ((webContents: WebContents, permission:'));
  assert.ok(line, 'setPermissionRequestHandler not found in electron.d.ts');
  const union = line.slice(line.indexOf('permission:'), line.indexOf(', callback'));
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}
const ELECTRON_PERMISSIONS = electronPermissions();

/** URLs a hostile page or link could try to move the window to. */
const HOSTILE_URLS = [
  'http://example.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://evil/index.html',
  'app://mailpath.evil.example/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'mailpath://case?from=a@b.se',
  'ms-msdt:/id PCWDiagnostic',
  'smb://attacker.example/share',
];

function cspSources(directive: string): string[] {
  return (CSP_DIRECTIVES[directive] ?? '').split(/\s+/).filter(Boolean);
}

describe('security', () => {
  describe('Electron security checklist', () => {
    it('#1 loads only the app itself, from a secure scheme, never http', () => {
      assert.equal(new URL(APP_ENTRY_URL).protocol, 'app:');
      assert.equal(APP_SCHEME_PRIVILEGES.secure, true);
      for (const url of ['http://example.com/', 'ws://example.com/']) assert.equal(navigationDecision(url).allow, false, url);
    });

    it('#2 never enables Node.js integration, also not in workers or sub-frames', () => {
      assert.equal(prefs.nodeIntegration, false);
      assert.equal(prefs.nodeIntegrationInWorker, false);
      assert.equal(prefs.nodeIntegrationInSubFrames, false);
    });

    it('#3 enables context isolation', () => {
      assert.equal(prefs.contextIsolation, true);
    });

    it('#4 sandboxes the renderer and loads the one-file CommonJS preload', () => {
      assert.equal(prefs.sandbox, true);
      assert.equal(prefs.preload, '/app/out/preload/preload.cjs');
      assert.deepEqual(prefs.additionalArguments, ['--mailpath-ops=appInfo']);
    });

    it('#5 denies every permission to every origin, except clipboard writing by the app page itself', () => {
      for (const permission of ELECTRON_PERMISSIONS) {
        const fromApp = isPermissionAllowed(permission, { requestingUrl: 'app://mailpath/index.html', isMainFrame: true });
        assert.equal(fromApp, permission === 'clipboard-sanitized-write', permission);
        for (const url of ['https://example.com/', 'app://evil/', 'file:///x', undefined]) {
          assert.equal(isPermissionAllowed(permission, { requestingUrl: url, isMainFrame: true }), false, `${permission} from ${url}`);
        }
        assert.equal(isPermissionAllowed(permission, { requestingUrl: 'app://mailpath/index.html', isMainFrame: false }), false);
      }
      assert.deepEqual([...ALLOWED_PERMISSIONS], ['clipboard-sanitized-write']);
      assert.ok(ELECTRON_PERMISSIONS.length > 30 && ELECTRON_PERMISSIONS.includes('media'), 'the permission list was read');
    });

    it('#5 hands an openExternal request from the app to the allow-list, and nothing from elsewhere', () => {
      assert.equal(
        externalUrlOfPermissionRequest('openExternal', 'app://mailpath/index.html', 'mailto:support@example.com'),
        'mailto:support@example.com',
      );
      assert.equal(externalUrlOfPermissionRequest('openExternal', 'app://mailpath/index.html', 'file:///etc/passwd'), null);
      assert.equal(externalUrlOfPermissionRequest('openExternal', 'https://evil.example/', 'mailto:a@b.se'), null);
      assert.equal(externalUrlOfPermissionRequest('media', 'app://mailpath/index.html', 'https://example.com/'), null);
    });

    it('#6 keeps webSecurity on', () => {
      assert.equal(prefs.webSecurity, true);
    });

    it('#7 sends a CSP that allows nothing remote and no inline or evaluated script', () => {
      assert.deepEqual(cspSources('default-src'), ["'none'"]);
      assert.deepEqual(cspSources('script-src'), ["'self'"]);
      assert.deepEqual(cspSources('style-src'), ["'self'"]);
      for (const directive of ['object-src', 'frame-src', 'worker-src', 'base-uri', 'form-action', 'frame-ancestors']) {
        assert.deepEqual(cspSources(directive), ["'none'"], directive);
      }
      for (const [directive, value] of Object.entries(CSP_DIRECTIVES)) {
        assert.doesNotMatch(value, /unsafe-|\*|https?:|wss?:|blob:|filesystem:/, directive);
      }
      assert.equal(securityHeaders()['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
      assert.equal(securityHeaders()['X-Content-Type-Options'], 'nosniff');
      assert.match(CONTENT_SECURITY_POLICY, /^default-src 'none'; script-src 'self';/);
    });

    it('#8 never allows insecure content', () => {
      assert.equal(prefs.allowRunningInsecureContent, false);
    });

    it('#9 and #10 enable no experimental or Blink features', () => {
      assert.equal(prefs.experimentalFeatures, false);
      assert.equal('enableBlinkFeatures' in prefs, false);
    });

    it('#11 and #12 have no <webview> at all and refuse every attachment', () => {
      assert.equal(prefs.webviewTag, false);
      assert.equal(allowWebviewAttach(), false);
    });

    it('#13 lets the window navigate only within the app', () => {
      assert.deepEqual(navigationDecision('app://mailpath/index.html'), { allow: true });
      assert.deepEqual(navigationDecision('app://mailpath/index.html#report'), { allow: true });
      for (const url of HOSTILE_URLS) assert.deepEqual(navigationDecision(url), { allow: false }, url);
      for (const url of [...HOSTILE_URLS, 'https://example.com/']) assert.deepEqual(redirectDecision(url), { allow: false }, url);
    });

    it('#13 opens an allow-listed link in the system browser instead of navigating', () => {
      assert.deepEqual(navigationDecision('https://support.example.com/x'), {
        allow: false,
        openExternally: 'https://support.example.com/x',
      });
    });

    it('#14 denies every new window, handing only allow-listed links to the system', () => {
      assert.deepEqual(windowOpenDecision('https://example.com/help'), { allow: false, openExternally: 'https://example.com/help' });
      assert.deepEqual(windowOpenDecision('app://mailpath/index.html'), { allow: false });
      for (const url of HOSTILE_URLS) assert.deepEqual(windowOpenDecision(url), { allow: false }, url);
    });

    it('#16 builds on a current, exactly pinned Electron', () => {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        devDependencies: Record<string, string>;
      };
      const version = pkg.devDependencies['electron'] ?? '';
      assert.match(version, /^\d+\.\d+\.\d+$/);
      assert.ok(Number(version.split('.')[0]) >= 45, version);
    });

    it('#17 trusts IPC only from the app page’s top-level frame', () => {
      assert.equal(isTrustedFrame({ url: 'app://mailpath/index.html', parent: null }), true);
      assert.equal(isTrustedFrame({ url: 'app://mailpath/index.html', parent: { url: 'app://mailpath/' } }), false);
      assert.equal(isTrustedFrame(null), false);
    });

    it('#18 serves the app from a standard custom scheme that others cannot read', () => {
      assert.equal(APP_SCHEME_PRIVILEGES.standard, true);
      assert.equal(APP_SCHEME_PRIVILEGES.corsEnabled, false);
      assert.equal(APP_SCHEME_PRIVILEGES.bypassCSP, false);
      assert.equal(APP_SCHEME_PRIVILEGES.allowServiceWorkers, false);
    });
  });

  describe('windowOptions', () => {
    it('offers developer tools only when asked (unpackaged runs)', () => {
      assert.equal(prefs.devTools, false);
      const dev = windowOptions({ preloadPath: '/p.cjs', opNamesArg: '--mailpath-ops=x', devTools: true });
      assert.equal(dev.webPreferences?.devTools, true);
    });

    it('turns spellcheck and drag-and-drop navigation off and stays hidden until painted', () => {
      assert.equal(prefs.spellcheck, false);
      assert.equal(prefs.navigateOnDragDrop, false);
      assert.equal(options.show, false);
    });
  });
});
