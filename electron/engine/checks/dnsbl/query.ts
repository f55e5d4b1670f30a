/** Query names for DNS lists (RFC 5782 §2.1 IPv4, §2.4 IPv6 nibbles, §2.3 domains). */
import { isIP } from 'node:net';

/** Expands an IPv6 address to its 32 hex digits; undefined when not IPv6. */
export function ipv6Nibbles(address: string): string | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const parts = v4[1].split('.').map(Number);
    const hex = ((parts[0] ?? 0) << 8 | (parts[1] ?? 0)).toString(16) + ':' + ((parts[2] ?? 0) << 8 | (parts[3] ?? 0)).toString(16);
    text = text.slice(0, -v4[1].length) + hex;
  }
  const [head = '', tail = ''] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = text.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = text.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map((g) => g.padStart(4, '0')).join('');
}

/** The reversed form used under a list zone: `4.3.2.1` or 32 dotted nibbles. */
export function reversedIp(address: string): string | undefined {
  if (isIP(address) === 4) return address.split('.').reverse().join('.');
  const nibbles = ipv6Nibbles(address);
  return nibbles ? [...nibbles].reverse().join('.') : undefined;
}

/** Whether an address can appear on a public list at all (not private, loopback, link-local, …). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
    if (a === 172 && b >= 16 && b <= 31) return false;
    if (a === 192 && b === 168) return false;
    if (a === 169 && b === 254) return false;
    if (a === 100 && b >= 64 && b <= 127) return false;
    return true;
  }
  if (family === 6) {
    const n = ipv6Nibbles(address) ?? '';
    if (/^0{31}[01]$/.test(n)) return false;
    if (/^f[cd]/.test(n) || /^fe[89ab]/.test(n) || n.startsWith('ff')) return false;
    if (n.startsWith('00000000000000000000ffff')) return isPublicAddress(address.slice(address.lastIndexOf(':') + 1));
    return true;
  }
  return false;
}
