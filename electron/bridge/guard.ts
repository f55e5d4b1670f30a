/**
 * The bridge's request guard: loopback only, its own Host and Origin only (DNS-rebinding and
 * CSRF safe), and a per-start random token. Pure functions, tested without a server.
 */
import { timingSafeEqual } from 'node:crypto';

export const COOKIE = 'mailpath_token';

/** Host header values this bridge answers to. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

export interface GuardInput {
  readonly method: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly contentType: string | undefined;
  readonly cookie: string | undefined;
  readonly authorization: string | undefined;
  readonly remoteAddress: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Decides whether an API request may reach the operation table. */
export function guardApi(req: GuardInput, port: number, token: string): GuardVerdict {
  if (!isLoopback(req.remoteAddress)) return { ok: false, status: 403, reason: 'not from loopback' };
  if (!req.host || !allowedHosts(port).has(req.host.toLowerCase())) return { ok: false, status: 421, reason: 'wrong Host header' };
  if (req.method !== 'POST') return { ok: false, status: 405, reason: 'only POST' };
  // Browsers send Origin on every cross-origin and same-origin POST; scripts may omit it but then need the bearer token.
  if (req.origin !== undefined && !allowedHosts(port).has(req.origin.replace(/^http:\/\//, '').toLowerCase())) {
    return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  if (!/^application\/json\b/i.test(req.contentType ?? '')) return { ok: false, status: 415, reason: 'Content-Type must be application/json' };
  const bearer = req.authorization?.startsWith('Bearer ') ? req.authorization.slice(7) : undefined;
  if (!sameToken(cookieToken(req.cookie), token) && !sameToken(bearer, token)) return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
}

/** Decides whether a static file request may be served (Host only: the files are not secret). */
export function guardStatic(req: GuardInput, port: number): GuardVerdict {
  if (!isLoopback(req.remoteAddress)) return { ok: false, status: 403, reason: 'not from loopback' };
  if (!req.host || !allowedHosts(port).has(req.host.toLowerCase())) return { ok: false, status: 421, reason: 'wrong Host header' };
  if (req.method !== 'GET' && req.method !== 'HEAD') return { ok: false, status: 405, reason: 'only GET' };
  return { ok: true };
}

/** The CSP of the renderer when served by the bridge: same as in the app, plus same-origin fetch. */
export const BRIDGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
