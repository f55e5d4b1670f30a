/**
 * IP addresses as SPF sees them: parsed to bytes, IPv4-mapped IPv6 folded to IPv4 (RFC 7208 §5),
 * CIDR comparison, and the textual forms the `i`, `c` and `v` macros need (§7.3).
 */

/** An address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  readonly version: 4 | 6;
  readonly bytes: Uint8Array;
  /** The IPv6 text was written in upper-case hex; the `i` macro keeps that case (as pyspf and the RFC 7208 suite do). */
  readonly upper?: boolean;
}

const QNUM = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;

/** Strict dotted quad without leading zeros (RFC 7208 `ip4-network`). */
export function parseIpv4(text: string): IpAddress | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => QNUM.test(p))) return undefined;
  return { version: 4, bytes: Uint8Array.from(parts.map(Number)) };
}

/** RFC 4291 §2.2 text forms, including `::` and a trailing dotted quad. */
export function parseIpv6(text: string): IpAddress | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    const b = v4.bytes;
    tail.push(((b[0] ?? 0) << 8) | (b[1] ?? 0), ((b[2] ?? 0) << 8) | (b[3] ?? 0));
    head = text.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::", "64:ff9b::1.2.3.4" leaves "64:ff9b::", "1:2:3:4:5:6:1.2.3.4" leaves "1:...:6:".
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!left || !right) return undefined;
  const given = left.length + right.length + tail.length;
  let words: number[];
  if (halves.length === 2) {
    if (given > 7) return undefined;
    words = [...left, ...new Array<number>(8 - given).fill(0), ...right, ...tail];
  } else {
    if (given !== 8) return undefined;
    words = [...left, ...tail];
  }
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => {
    bytes[i * 2] = w >> 8;
    bytes[i * 2 + 1] = w & 0xff;
  });
  return /[A-F]/.test(text) && !/[a-f]/.test(text) ? { version: 6, bytes, upper: true } : { version: 6, bytes };
}

/**
 * The client address for SPF: IPv4, or IPv6 with IPv4-mapped addresses (::ffff:a.b.c.d) treated as
 * the IPv4 address they carry (§5: they MUST be matched as IPv4). Brackets are tolerated.
 */
export function parseClientIp(text: string): IpAddress | undefined {
  const t = text.trim().replace(/^\[(.*)\]$/, '$1');
  const v4 = parseIpv4(t);
  if (v4) return v4;
  const v6 = parseIpv6(t);
  if (!v6) return undefined;
  const b = v6.bytes;
  const mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  return mapped ? { version: 4, bytes: b.slice(12) } : v6;
}

/** Parses an address from DNS data (A or AAAA), of the given version; undefined when it is not one. */
export function parseRecordAddress(text: string, version: 4 | 6): IpAddress | undefined {
  return version === 4 ? parseIpv4(text) : parseIpv6(text);
}

/** Whether `a` and `b` share their first `prefix` bits (same version required). */
export function inCidr(a: IpAddress, b: IpAddress, prefix: number): boolean {
  if (a.version !== b.version) return false;
  let bits = prefix;
  for (let i = 0; i < a.bytes.length && bits > 0; i++) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((a.bytes[i] ?? 0) & mask) !== ((b.bytes[i] ?? 0) & mask)) return false;
    bits -= 8;
  }
  return true;
}

/** Dotted quad, or RFC 5952 text (lower case, longest zero run compressed): the `c` macro. */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return Array.from(ip.bytes).join('.');
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 1; // RFC 5952 §4.2.2: a single zero group is not compressed
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/**
 * The `i` macro (§7.3): dotted quad, or 32 dot-separated nibbles for IPv6 — lower-case as in the
 * §7.4 example, unless the address was given in upper case (the RFC 7208 test suite's v-macro-ip6).
 */
export function dotFormat(ip: IpAddress): string {
  if (ip.version === 4) return formatIp(ip);
  const text = Array.from(ip.bytes, (b) => `${(b >> 4).toString(16)}.${(b & 0xf).toString(16)}`).join('.');
  return ip.upper ? text.toUpperCase() : text;
}

/** The reverse-lookup name: `4.3.2.1.in-addr.arpa` or the nibble form under `ip6.arpa`. */
export function reverseName(ip: IpAddress): string {
  return `${dotFormat(ip).split('.').reverse().join('.')}.${ip.version === 4 ? 'in-addr' : 'ip6'}.arpa`;
}
