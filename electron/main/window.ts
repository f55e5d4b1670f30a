/**
 * Wires the pure security rules (security.ts, app-protocol.ts) to Electron: the `app://` protocol
 * handler, the session's permission handlers, the guards every WebContents gets, and the window.
 * Only type-checked and bundled; the rules themselves are unit-tested.
 */
import { readFile } from 'node:fs/promises';
import { BrowserWindow, protocol, session, type WebContents } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin.ts';
import { resolveAppRequest } from './app-protocol.ts';
import {
  allowWebviewAttach,
  externalUrlOfPermissionRequest,
  isPermissionAllowed,
  navigationDecision,
  redirectDecision,
  windowOpenDecision,
  windowOptions,
  type WindowOptionsInput,
} from './security.ts';

export type OpenExternal = (url: unknown) => boolean;

/** Before `ready`: a scheme registered later is neither standard nor secure (checklist #18). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves out/renderer from `app://mailpath/` with the CSP header (checklist #7, #18). */
export function serveApp(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, request.method, rendererRoot);
    if (resolved.status !== 200) return new Response(null, { status: resolved.status, headers: resolved.headers });
    let body: Uint8Array;
    try {
      body = new Uint8Array(await readFile(resolved.filePath));
    } catch {
      return new Response(null, { status: 404, headers: { ...resolved.headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: resolved.headers });
  });
}

/** Checklist #5: permission requests and checks, for every page of the default session. */
export function guardPermissions(openExternalSafely: OpenExternal): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const externalURL = 'externalURL' in details ? details.externalURL : undefined;
    const external = details.isMainFrame ? externalUrlOfPermissionRequest(permission, details.requestingUrl, externalURL) : null;
    if (external !== null) openExternalSafely(external);
    callback(isPermissionAllowed(permission, details));
  });
  session.defaultSession.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, { isMainFrame: details.isMainFrame, requestingUrl: details.requestingUrl ?? requestingOrigin }),
  );
}

/** Checklist #12–#14 for every WebContents the app ever creates (windows, devtools, popups). */
export function guardWebContents(contents: WebContents, openExternalSafely: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally !== undefined) openExternalSafely(decision.openExternally);
  });
  // Sub-frames (none are expected: the CSP has frame-src 'none'); the main frame is will-navigate's.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !navigationDecision(event.url).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!redirectDecision(event.url).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!allowWebviewAttach()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally !== undefined) openExternalSafely(decision.openExternally);
    return { action: 'deny' };
  });
}

/** The one window: hidden until its first paint, loaded from the app's own scheme. */
export function createMainWindow(input: WindowOptionsInput): BrowserWindow {
  const win = new BrowserWindow(windowOptions(input));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
