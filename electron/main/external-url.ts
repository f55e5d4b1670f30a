/**
 * The only way a URL leaves the app for another program (Electron security checklist #15: do not
 * use `shell.openExternal` with untrusted content). Allow-listed: https links to a named host and
 * mailto links with ordinary fields. Pure; main.ts passes `shell.openExternal` in.
 */

const MAX_URL = 2048;

/** mailto fields (RFC 6068 §2) a mail program fills in; `attach` & co. have made clients attach local files. */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['subject', 'body', 'cc', 'bcc', 'to']);

/** Whitespace, C0/C1 control characters or DEL anywhere in the text. */
export function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || /^0x/i.test(hostname);
}

function safeHttps(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  // A name with a dot, not an address or a local name: nothing on this machine or its LAN.
  if (host === '' || !host.includes('.') || isIpLiteral(host)) return false;
  return !(host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'));
}

function safeMailto(url: URL): boolean {
  if (url.pathname === '' || url.pathname.includes('/')) return false;
  for (const name of url.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(name.toLowerCase())) return false;
  }
  return true;
}

/** The normalized URL when it may be opened by another program, otherwise `null`. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL) return null;
  // Raw whitespace or control characters: a program's command line or a header could split on them.
  if (hasControlOrSpace(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return safeHttps(url) ? url.href : null;
  if (url.protocol === 'mailto:') return safeMailto(url) ? url.href : null;
  return null;
}

/**
 * Wraps the system opener so nothing reaches it unvetted. Returns whether the URL was handed on;
 * a failure of the opener itself is reported, never thrown into an event handler.
 */
export function createOpenExternalSafely(
  open: (url: string) => Promise<void>,
  onError: (message: string) => void = () => undefined,
): (url: unknown) => boolean {
  return (raw) => {
    const url = safeExternalUrl(raw);
    if (url === null) return false;
    open(url).catch((error: unknown) => onError(`Could not open ${url}: ${error instanceof Error ? error.message : String(error)}`));
    return true;
  };
}
