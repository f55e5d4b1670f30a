/**
 * Host, port and security as the consultant types them, and `host:port` as the case stores it
 * (`facts.outgoingServer`). Pure functions, no React.
 */

export type Security = 'starttls' | 'tls' | 'none' | 'auto';
export const SECURITIES: readonly Security[] = ['starttls', 'tls', 'none', 'auto'];

export function isSecurity(value: unknown): value is Security {
  return value === 'starttls' || value === 'tls' || value === 'none' || value === 'auto';
}

/** The port a run uses: the typed one, else what the engine defaults to for the security. */
export function effectivePort(s: { readonly port: string; readonly security: Security }): number | undefined {
  const typed = s.port.trim();
  if (typed === '') return s.security === 'tls' ? 465 : 587;
  if (!/^\d{1,5}$/u.test(typed)) return undefined;
  const n = Number(typed);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** A host as typed, without brackets, spaces or the root dot. */
export function cleanHost(host: string): string {
  return host
    .trim()
    .replace(/^\[(.*)\]$/u, '$1')
    .replace(/\.$/u, '');
}

/** `host:port`, with IPv6 literals in brackets (`[2001:db8::1]:587`). */
export function hostPort(host: string, port: number): string {
  const h = cleanHost(host);
  return h.includes(':') ? `[${h}]:${port}` : `${h}:${port}`;
}

/** Reads `host:port` (or a bare host) as stored in `facts.outgoingServer`. */
export function parseHostPort(text: string): { host: string; port?: number } | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/u.exec(s);
  if (bracketed?.[1]) return { host: bracketed[1], ...(bracketed[2] ? { port: Number(bracketed[2]) } : {}) };
  const plain = /^([^:\s]+)(?::(\d{1,5}))?$/u.exec(s);
  if (plain?.[1]) return { host: plain[1], ...(plain[2] ? { port: Number(plain[2]) } : {}) };
  return { host: s };
}

/** The security a port implies when nothing else says (465: TLS from the first byte, RFC 8314 §3.3). */
export function securityForPort(port: number): Security {
  return port === 465 ? 'tls' : 'starttls';
}

/** `HOST[:PORT]` entries of a DNS servers field (commas, semicolons or spaces between). */
export function parseServers(text: string): string[] {
  return text
    .split(/[\s,;]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Mail addresses of a free-text field (commas, semicolons or spaces between). */
export function parseAddresses(text: string): string[] {
  return parseServers(text);
}
