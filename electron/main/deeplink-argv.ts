/**
 * `mailpath://case?...` links reach the app three ways: macOS sends `open-url`; Windows and Linux
 * start the app (or a second instance, whose argv arrives in `second-instance`) with the link as
 * one argv element, among Chromium's own switches. Links are vetted by the engine's parser and
 * queued until the page can receive them. Pure: no Electron import.
 */
import { parseDeepLink } from '../engine/deeplink/parse.ts';
import { DEEP_LINK_SCHEME } from './app-origin.ts';

/** The engine's parser takes up to 8192 characters. */
const MAX_LINK = 8192;

/** Strips the quotes some launchers leave around an argument. */
function unquote(arg: string): string {
  const trimmed = arg.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/**
 * The `mailpath:` links among command-line arguments, in order, without duplicates. Switches
 * (`--inspect`, `--allow-file-access-from-files`), the executable and the app path are not links.
 */
export function extractDeepLinks(argv: readonly unknown[]): string[] {
  const links: string[] = [];
  const prefix = `${DEEP_LINK_SCHEME}:`;
  for (const raw of argv) {
    if (typeof raw !== 'string') continue;
    const arg = unquote(raw);
    if (arg.length > MAX_LINK || !arg.toLowerCase().startsWith(prefix)) continue;
    if (!links.includes(arg)) links.push(arg);
  }
  return links;
}

/** The link when the engine's parser accepts it (scheme `mailpath`, action `case`), else `null`. */
export function acceptDeepLink(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LINK) return null;
  try {
    parseDeepLink(raw);
    return raw;
  } catch {
    return null;
  }
}

/**
 * Arguments for `app.setAsDefaultProtocolClient`. In a development run (`electron .`), Electron
 * itself is the executable and the app folder must be passed along, or Windows would start bare
 * Electron for a link.
 */
export function protocolClientArgs(input: { defaultApp: boolean; execPath: string; appPath: string | undefined }): {
  scheme: string;
  path?: string;
  args?: string[];
} {
  if (input.defaultApp && input.appPath !== undefined) return { scheme: DEEP_LINK_SCHEME, path: input.execPath, args: [input.appPath] };
  return { scheme: DEEP_LINK_SCHEME };
}

export interface DeepLinkInbox {
  /** Offers a raw link; returns whether it was accepted. */
  receive(raw: unknown): boolean;
  /** Connects the page: queued links are sent at once, later ones as they come. */
  attach(send: (url: string) => void): void;
  /** The page went away (reload, window closed): queue again. */
  detach(): void;
  readonly pending: readonly string[];
}

/** Holds links that arrive before the window has loaded (a link that started the app). */
export function createDeepLinkInbox(limit = 10): DeepLinkInbox {
  const pending: string[] = [];
  let sender: ((url: string) => void) | undefined;
  return {
    receive(raw) {
      const url = acceptDeepLink(raw);
      if (url === null) return false;
      if (sender) {
        sender(url);
      } else {
        pending.push(url);
        if (pending.length > limit) pending.shift();
      }
      return true;
    },
    attach(send) {
      sender = send;
      for (const url of pending.splice(0)) send(url);
    },
    detach() {
      sender = undefined;
    },
    pending,
  };
}
