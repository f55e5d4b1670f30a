/**
 * The window's security settings as pure functions, one per item of Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security) that applies to Mailpath, so each is
 * asserted by a unit test without the Electron binary. main.ts only wires them to Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './app-origin.ts';
import { safeExternalUrl } from './external-url.ts';

export interface WindowOptionsInput {
  /** Absolute path of out/preload/preload.cjs. */
  readonly preloadPath: string;
  /** `--mailpath-ops=...`, the operation names for the preload. */
  readonly opNamesArg: string;
  /** Developer tools only in unpackaged (development) runs. */
  readonly devTools: boolean;
  readonly iconPath?: string;
}

/**
 * #2 no Node.js integration, #3 context isolation, #4 sandbox, #6 webSecurity on, #8 no insecure
 * content, #9 no experimental features, #10 no Blink features, #11/#12 no `<webview>` at all.
 * Spellcheck is off: it would send typed addresses to the OS spelling service for nothing.
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1120,
    height: 800,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Mailpath',
    backgroundColor: '#ffffff',
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      additionalArguments: [input.opNamesArg],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: input.devTools,
    },
  };
}

/**
 * #7 Content Security Policy, sent as a response header by the `app://` handler. Nothing remote,
 * no inline or evaluated script, no plugins, no frames, no forms; images may be `data:` URLs
 * (small icons). Styles set through React's `style` prop use the CSSOM, which `style-src` allows.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'child-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers sent with every response of the app's scheme. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/** What to do with a navigation or a new window. */
export interface NavigationDecision {
  readonly allow: boolean;
  /** A vetted https/mailto URL to hand to the system browser or mail program instead. */
  readonly openExternally?: string;
}

/**
 * #13 limit navigation (`will-navigate`, `will-redirect`, `will-frame-navigate`): the window may
 * only move within the app. A link to an allow-listed https/mailto URL opens outside the app.
 */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true };
  const external = safeExternalUrl(url);
  return external === null ? { allow: false } : { allow: false, openExternally: external };
}

/** A redirect never leaves the app and never opens anything. */
export function redirectDecision(url: string): NavigationDecision {
  return { allow: isAppUrl(url) };
}

/** #14 limit new windows (`setWindowOpenHandler`): always denied; safe links open externally. */
export function windowOpenDecision(url: string): NavigationDecision {
  const external = safeExternalUrl(url);
  return external === null ? { allow: false } : { allow: false, openExternally: external };
}

/**
 * #5 permissions: everything is denied, for every origin — except writing plain text to the
 * clipboard from the app's own page (the "copy report" button). Chromium gates
 * `navigator.clipboard.writeText` behind `clipboard-sanitized-write`; reading stays denied.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(
  permission: string,
  request: { readonly requestingUrl?: string | undefined; readonly isMainFrame: boolean },
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && request.isMainFrame && isAppUrl(request.requestingUrl);
}

/**
 * Chromium asks for the `openExternal` permission when the page follows a link to another
 * program's scheme (`mailto:`). Denied as a permission; the URL goes through the allow-listing
 * wrapper instead, when the request came from the app itself.
 */
export function externalUrlOfPermissionRequest(
  permission: string,
  requestingUrl: string | undefined,
  externalURL: string | undefined,
): string | null {
  if (permission !== 'openExternal' || !isAppUrl(requestingUrl) || externalURL === undefined) return null;
  return safeExternalUrl(externalURL);
}

/** #12 `will-attach-webview`: the app uses no `<webview>`, so every attachment is refused. */
export function allowWebviewAttach(): boolean {
  return false;
}
