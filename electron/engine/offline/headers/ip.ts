/**
 * IP addresses as Received fields write them: `[192.0.2.1]`, `[IPv6:2001:db8::1]`, `[::ffff:192.0.2.1]`,
 * `(192.0.2.1)` (Exchange), `(user@192.0.2.1)` (qmail), `[192.0.2.1]:25` (Exim with ports).
 * Documentation ranges (RFC 5737, RFC 3849) count as public: they stand for public hosts in examples.
 */
import { BlockList, isIP } from 'node:net';
import type { IpScope } from './types.ts';

/** Normalises an address: strips `IPv6:`, lower-cases IPv6, reduces IPv4-mapped IPv6 to IPv4. */
export function normalizeIp(text: string): string | undefined {
  let t = text
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^ipv6:/i, '');
  // An IPv6 zone index (fe80::1%eth0) never matters here.
  t = t.replace(/%.*$/, '');
  const kind = isIP(t);
  if (kind === 4)
    return t
      .split('.')
      .map((o) => String(Number(o)))
      .join('.');
  if (kind === 6) {
    const lower = t.toLowerCase();
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower) ?? /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
    if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
    return lower;
  }
  return undefined;
}

function build(list: readonly (readonly [string, number])[], v6: readonly (readonly [string, number])[]): BlockList {
  const b = new BlockList();
  for (const [net, prefix] of list) b.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) b.addSubnet(net, prefix, 'ipv6');
  return b;
}

// RFC 6890 special-purpose registries, the parts that never carry public mail.
const LOOPBACK = build([['127.0.0.0', 8]], [['::1', 128]]);
const PRIVATE = build(
  [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
  ],
  [['fc00::', 7]],
);
const LINK_LOCAL = build([['169.254.0.0', 16]], [['fe80::', 10]]);
const SHARED = build([['100.64.0.0', 10]], []);
const RESERVED = build(
  [
    ['0.0.0.0', 8],
    ['192.0.0.0', 24],
    ['198.18.0.0', 15],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ],
  [
    ['::', 128],
    ['ff00::', 8],
  ],
);

/** Where an address lies; undefined when `ip` is not an address. */
export function ipScope(ip: string): IpScope | undefined {
  const n = normalizeIp(ip);
  if (!n) return undefined;
  const family = isIP(n) === 4 ? 'ipv4' : 'ipv6';
  if (LOOPBACK.check(n, family)) return 'loopback';
  if (PRIVATE.check(n, family)) return 'private';
  if (LINK_LOCAL.check(n, family)) return 'link-local';
  if (SHARED.check(n, family)) return 'shared';
  if (RESERVED.check(n, family)) return 'reserved';
  return 'public';
}

export function isPublicIp(ip: string): boolean {
  return ipScope(ip) === 'public';
}

const LITERAL = /\[(?:ipv6:)?([0-9a-f:.%]+)\]/gi;
const BARE_V4 = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/g;
const BARE_V6 = /(?<![0-9a-z:])((?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3}))(?![0-9a-z:])/gi;

/**
 * The addresses in a piece of text, in order: address literals first (what RFC 5321 §4.4 puts in the
 * TCP-info), then bare addresses. A literal right after `helo=` is the client's claim, not its address.
 */
export function findIps(text: string): { literals: string[]; bare: string[] } {
  const literals: string[] = [];
  for (const m of text.matchAll(LITERAL)) {
    const before = text.slice(0, m.index);
    if (/(?:helo|ehlo)=\s*$/i.test(before)) continue;
    const ip = normalizeIp(m[1] ?? '');
    if (ip) literals.push(ip);
  }
  const rest = text.replace(LITERAL, ' ');
  const bare: string[] = [];
  const found: { at: number; ip: string }[] = [];
  for (const m of rest.matchAll(BARE_V4)) {
    const ip = normalizeIp(m[1] ?? '');
    if (ip && !/(?:helo|ehlo)=\s*$/i.test(rest.slice(0, m.index))) found.push({ at: m.index ?? 0, ip });
  }
  for (const m of rest.matchAll(BARE_V6)) {
    const ip = normalizeIp(m[1] ?? '');
    // Skip a v4-mapped form already found as IPv4, and time-like strings such as 10:00:00.
    if (ip && !found.some((f) => f.ip === ip) && (m[1] ?? '').split(':').length > 2 && /[a-f]|::/i.test(m[1] ?? '')) {
      found.push({ at: m.index ?? 0, ip });
    }
  }
  found.sort((a, b) => a.at - b.at);
  for (const f of found) bare.push(f.ip);
  return { literals, bare };
}
