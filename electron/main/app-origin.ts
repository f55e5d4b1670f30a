/**
 * Where the app itself lives: a privileged custom scheme (`app://mailpath/`) instead of `file://`
 * (Electron security checklist #18), and the checks that a URL or an IPC sender frame belongs to it
 * (#17). Pure: no Electron import, so every rule is unit-tested without the binary.
 */
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'mailpath';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The scheme of links from a provider's support (`mailpath://case?...`). */
export const DEEP_LINK_SCHEME = 'mailpath';

/**
 * `standard` gives the scheme a real origin (relative URLs, storage), `secure` makes it a secure
 * context like https. `corsEnabled` stays off so no other origin can read the app's files;
 * `bypassCSP` stays off so the CSP header applies; no service workers.
 */
export const APP_SCHEME_PRIVILEGES: NonNullable<CustomScheme['privileges']> = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
};

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is a page or file of the app. Compared by scheme and host, not `URL.origin`: for a
 * scheme that is not special in the WHATWG URL standard, Node reports the origin as "null",
 * while Chromium (where the scheme is registered as standard) reports `app://mailpath`.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether an IPC message's sender frame URL is the app's own origin (checklist #17). */
export function isTrustedSender(url: unknown): boolean {
  return isAppUrl(url);
}

/** The part of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  /** `null` for a top-level frame. */
  readonly parent?: unknown;
}

/**
 * Whether an IPC event came from the app's own top-level frame. A missing frame (navigated away
 * or destroyed before the message was handled) and any sub-frame are refused.
 */
export function isTrustedFrame(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedSender(frame.url);
}
