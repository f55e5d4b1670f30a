/**
 * Names and addresses: organizational domains (Public Suffix List, via tldts), the domain of an
 * address, IP literals, reverse-lookup names and host-name syntax.
 */
import { isIP } from 'node:net';
import { getDomain } from 'tldts';
import { normalizeName } from '../../dns/wire.ts';

/**
 * The Organizational Domain (RFC 7489 §3.2): the registered domain under the Public Suffix List.
 * The private section of the list is included, as OpenDMARC does with the complete list, so that
 * `a.github.io` and `b.github.io` are different organizations. A name the list cannot place (an IP,
 * a single label) is its own organizational domain.
 */
export function organizationalDomain(name: string): string {
  const n = normalizeName(name);
  return getDomain(n, { allowPrivateDomains: true }) ?? n;
}

/** The domain of `local@domain`, or the input itself when it has no `@`; lower-case, no trailing dot. */
export function domainOf(addressOrDomain: string): string {
  const s = addressOrDomain.trim().replace(/^<|>$/gu, '');
  const at = s.lastIndexOf('@');
  return normalizeName(at >= 0 ? s.slice(at + 1) : s);
}

/** An IPv4 or IPv6 address written where a name belongs (with or without brackets, `IPv6:` tag). */
export function ipLiteral(name: string): string | undefined {
  const inner = name
    .trim()
    .replace(/^\[(.*)\]$/u, '$1')
    .replace(/^ipv6:/iu, '')
    .replace(/\.$/u, '');
  return isIP(inner) !== 0 ? inner : undefined;
}

/** Expands an IPv6 address to 8 groups of 4 hex digits (lower-case), for comparing and nibbles. */
export function expandIpv6(ip: string): string | undefined {
  if (isIP(ip) !== 6) return undefined;
  let s = ip.toLowerCase();
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/u.exec(s);
  if (v4?.[1]) {
    const [a, b, c, d] = v4[1].split('.').map(Number) as [number, number, number, number];
    s = s.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...zeros, ...t].map((g) => g.padStart(4, '0')).join(':');
}

/** One canonical text per address, so `2001:DB8::1` equals `2001:db8:0::1`. */
export function canonicalIp(ip: string): string {
  return isIP(ip) === 6 ? (expandIpv6(ip) ?? ip) : ip;
}

/** The PTR owner name of an address: in-addr.arpa (RFC 1035 §3.5) or ip6.arpa nibbles (RFC 3596 §2.5). */
export function reverseName(ip: string): string | undefined {
  if (isIP(ip) === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const full = expandIpv6(ip);
  if (!full) return undefined;
  return `${full.replace(/:/gu, '').split('').reverse().join('.')}.ip6.arpa`;
}

/**
 * Whether `name` is a syntactically valid host name (RFC 1123 §2.1 LDH labels, ≤ 63 octets each,
 * ≤ 253 in all). Underscores are refused: they belong to service names, not hosts.
 */
export function isHostName(name: string): boolean {
  const n = name.replace(/\.$/u, '');
  if (n.length === 0 || n.length > 253) return false;
  return n.split('.').every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/iu.test(l));
}

/**
 * Whether `host` matches an MX pattern: exact, or `*.example.com` standing for exactly one leftmost
 * label (RFC 8461 §4.1; the same rule serves provider profiles' patterns).
 */
export function matchesMxPattern(host: string, pattern: string): boolean {
  const h = normalizeName(host);
  const p = normalizeName(pattern);
  if (p.startsWith('*.')) {
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === p.slice(2);
  }
  return h === p;
}
