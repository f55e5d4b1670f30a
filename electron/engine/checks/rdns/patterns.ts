/**
 * PTR names that look like dynamic or residential address pools. Receivers (and lists such as
 * Spamhaus PBL) treat "generic" reverse names as a sign of a home connection or a compromised
 * client, not a mail server. Each pattern is tested in test/engine/checks/rdns.test.ts.
 *
 * Only the part left of the organizational domain is examined, so a provider called
 * "dsl-hosting.example" does not make all its names look residential.
 */
import { isIP } from 'node:net';
import { organizationalDomain } from '../support/names.ts';

export interface PoolPattern {
  /** Stable id, shown as the finding's `pattern` param. */
  readonly id: string;
  /** Whether `host` (the name left of the organizational domain) matches, for address `ip`. */
  readonly test: (host: string, ip: string) => boolean;
}

/** Words of the host part (letters only, split at digits, dots, hyphens, underscores). */
function words(host: string): string[] {
  return host
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter(Boolean);
}

const word = (id: string, re: RegExp): PoolPattern => ({ id, test: (host) => words(host).some((w) => re.test(w)) });

/** The four octets of an IPv4 address in order or reversed, separated by `-`, `.`, `_` or nothing (zero-padded). */
function embedsIpv4(host: string, ip: string): boolean {
  if (isIP(ip) !== 4) return false;
  const o = ip.split('.');
  const forms = [o, [...o].reverse()].flatMap((parts) => [parts.join('[-._]'), parts.map((p) => p.padStart(3, '0')).join('')]);
  return forms.some((f) => new RegExp(`(^|[^0-9])${f}([^0-9]|$)`, 'u').test(host));
}

/** The address as 8 hex digits (e.g. `c0000237` for 192.0.2.55), as some providers write it. */
function embedsHex(host: string, ip: string): boolean {
  if (isIP(ip) !== 4) return false;
  const hex = ip
    .split('.')
    .map((p) => Number(p).toString(16).padStart(2, '0'))
    .join('');
  return new RegExp(`(^|[^0-9a-f])${hex}([^0-9a-f]|$)`, 'iu').test(host);
}

export const POOL_PATTERNS: readonly PoolPattern[] = [
  { id: 'ip-embedded', test: embedsIpv4 },
  { id: 'ip-hex', test: embedsHex },
  word('dynamic', /^(dyn|dynamic|dynip)$/u),
  word('dhcp', /^dhcp/u),
  word('pool', /^(pool|ippool)$/u),
  word('dsl', /^([avxsh]?dsl|dslam)$/u),
  word('cable', /^(cable|cablemodem)$/u),
  word('ppp', /^(ppp|pppoe|pppoa)$/u),
  word('broadband', /^(broadband|bband)$/u),
  word('customer', /^(customer|customers|cust)$/u),
  word('client', /^(client|clients)$/u),
  { id: 'host-number', test: (host) => /(^|\.)host[-_]?\d/iu.test(host) },
  word('dialup', /^(dial|dialup|dialin)$/u),
  word('residential', /^(res|resi|residential)$/u),
  word('cpe', /^cpe$/u),
  word('mobile', /^(mobile|wireless|gprs)$/u),
];

/** The patterns a PTR name matches. */
export function poolPatterns(ptrName: string, ip: string): string[] {
  const name = ptrName.toLowerCase().replace(/\.$/u, '');
  const org = organizationalDomain(name);
  const host = name === org ? '' : name.slice(0, name.length - org.length - 1);
  if (host === '') return [];
  return POOL_PATTERNS.filter((p) => p.test(host, ip)).map((p) => p.id);
}
