/**
 * Consistent masking for sharing a report more widely: within one report the same address, host
 * or IP always becomes the same placeholder (`user1@example.com`, `host1.internal`, `ip1`), in
 * every field, finding text, evidence line and embedded JSON, so support can still follow who
 * talked to whom. What is kept on purpose: domains of addresses (support needs them), role
 * mailboxes (RFC 2142: postmaster@, abuse@, …), Message-IDs and queue IDs (support looks the
 * message up by them), public IPs and host names (the sending IP is evidence), loopback.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { MaskOptions } from './render-options.ts';
import { isObject, visitObjects } from './walk.ts';

export interface MaskCounts {
  readonly addresses: number;
  readonly hosts: number;
  readonly ips: number;
}

/** Mailboxes that name a role, not a person (RFC 2142 §3–5, plus the usual bounce senders). */
const ROLES = new Set(['postmaster', 'abuse', 'hostmaster', 'webmaster', 'noc', 'security', 'support', 'mailer-daemon', 'noreply', 'no-reply', 'double-bounce', 'root']);
/** Suffixes that never resolve on the public internet (RFC 6762 `.local`, RFC 8375 `home.arpa`, ICANN's name-collision list). */
const INTERNAL_SUFFIXES = ['local', 'localdomain', 'lan', 'internal', 'intranet', 'corp', 'home', 'home.arpa', 'private'];
const PLACEHOLDER_HOST = /^host\d+\.internal$/iu;
const PLACEHOLDER_USER = /^user\d+$/iu;

const LABEL = '[A-Za-z0-9\\u00C0-\\uFFFF](?:[A-Za-z0-9\\u00C0-\\uFFFF-]{0,61}[A-Za-z0-9\\u00C0-\\uFFFF])?';
const EMAIL = `[A-Za-z0-9!#$%&'*+/=?^_\`{|}~.\\u00C0-\\uFFFF-]+@(?:\\[[0-9A-Fa-f:.]+\\]|(?:${LABEL}\\.)*${LABEL})`;
const INADDR = '(?<![\\w.])(?:\\d{1,3}\\.){4}in-addr\\.arpa';
const IPV6 = '(?:(?<=IPv6:)|(?<![\\w:.]))(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?:%[\\w.-]+)?(?![\\w:])';
const IPV4 = '(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w-]|\\.\\d)';
const HOST = '(?<![\\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?![\\w-]|\\.[A-Za-z0-9])';
const IPV4_RE = new RegExp(IPV4, 'gu');
/** `name[10.0.0.5]` (Postfix, Exim) and `name (rdns [10.0.0.5])` (Received) tie a name to an address. */
const NAME_WITH_IP = /([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\(([A-Za-z0-9][A-Za-z0-9._-]*)\s*)?\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]/gu;
const MESSAGE_ID_TEXT = /message-id[=:]\s*<?([^\s<>"]+@[^\s<>",;]+?)>?(?=[\s,;)"]|$)/giu;

/** RFC 1918, RFC 6598 (CGNAT), RFC 3927 (link-local); RFC 4193 (ULA) and RFC 4291 link-local for IPv6. */
export function isPrivateIp(ip: string): boolean {
  const bare = ip.replace(/%.*$/u, '');
  if (isIPv4(bare)) {
    const [a = 0, b = 0] = bare.split('.').map(Number);
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
  }
  if (!isIPv6(bare)) return false;
  const lower = bare.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/u.exec(lower);
  if (mapped?.[1]) return isPrivateIp(mapped[1]);
  return /^f[cd][0-9a-f]{0,2}:/u.test(lower) || /^fe[89ab][0-9a-f]:/u.test(lower);
}

function hostish(name: string): boolean {
  const lower = name.toLowerCase();
  return lower !== '' && lower !== 'unknown' && lower !== 'localhost' && !isIPv4(name) && !isIPv6(name) && /^[a-z0-9][a-z0-9._-]*$/iu.test(name);
}

/** A one-label name is only masked when it cannot be an ordinary word (`EXCH01`, `srv-mail`, `MAILGATEWAY`). */
function maskableSingleLabel(name: string): boolean {
  return name.length >= 3 && (/[\d_-]/u.test(name) || /[A-Z]/u.test(name) || name.length >= 8);
}

export class Masker {
  private readonly mask: MaskOptions;
  private readonly internalNames = new Set<string>();
  private readonly singleLabels = new Set<string>();
  private readonly messageIds = new Set<string>();
  private readonly addresses = new Map<string, string>();
  private readonly hosts = new Map<string, string>();
  private readonly ips = new Map<string, string>();
  private pattern: RegExp | undefined;

  constructor(mask: MaskOptions) {
    this.mask = mask;
  }

  /** First pass: which names are internal (seen with a private address) and which strings are Message-IDs. */
  learn(value: unknown): void {
    const addName = (name: unknown): void => {
      if (typeof name !== 'string' || !hostish(name)) return;
      const clean = name.replace(/\.$/u, '');
      if (clean.includes('.')) this.internalNames.add(clean.toLowerCase());
      else if (maskableSingleLabel(clean)) this.singleLabels.add(clean);
    };
    visitObjects(value, (obj) => {
      if (typeof obj['ip'] === 'string' && isPrivateIp(obj['ip'])) for (const k of ['helo', 'rdns', 'host', 'name']) addName(obj[k]);
      for (const k of ['messageId', 'message-id', 'message_id']) if (typeof obj[k] === 'string') this.protectMessageId(obj[k]);
      if (obj['kind'] === 'header' && typeof obj['name'] === 'string' && /^(resent-)?message-id|in-reply-to|references$/iu.test(obj['name']) && typeof obj['value'] === 'string') {
        for (const m of obj['value'].matchAll(/<([^<>\s]+)>/gu)) this.protectMessageId(m[1] ?? '');
      }
    });
    const scan = (v: unknown): void => {
      if (typeof v === 'string') {
        for (const m of v.matchAll(NAME_WITH_IP)) {
          if (m[3] && isPrivateIp(m[3])) {
            addName(m[1]);
            addName(m[2]);
          }
        }
        for (const m of v.matchAll(MESSAGE_ID_TEXT)) this.protectMessageId(m[1] ?? '');
      } else if (Array.isArray(v)) v.forEach(scan);
      else if (isObject(v)) Object.values(v).forEach(scan);
    };
    scan(value);
    this.pattern = undefined;
  }

  private protectMessageId(id: string): void {
    const bare = id.trim().replace(/^<|>$/gu, '').toLowerCase();
    if (bare.includes('@')) this.messageIds.add(bare);
  }

  private regex(): RegExp {
    if (this.pattern) return this.pattern;
    // Host names are case-insensitive (RFC 4343): `EXCH01` and `Exch01` are one machine.
    const caseless = (name: string): string =>
      [...name].map((ch) => (/[a-z]/iu.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.replace(/[.*+?^${}()|[\]\\-]/gu, '\\$&'))).join('');
    const singles = [...this.singleLabels].sort((a, b) => b.length - a.length).map(caseless);
    const single = singles.length ? `|((?<![\\w.@-])(?:${singles.join('|')})(?![\\w-]|\\.[A-Za-z0-9]))` : '';
    this.pattern = new RegExp(`(${EMAIL})|(${INADDR})|(${IPV6})|(${IPV4})|(${HOST})${single}`, 'gu');
    return this.pattern;
  }

  private place(map: Map<string, string>, key: string, make: (n: number) => string): string {
    const known = map.get(key);
    if (known) return known;
    const made = make(map.size + 1);
    map.set(key, made);
    return made;
  }

  private isInternal(name: string): boolean {
    const lower = name.replace(/\.$/u, '').toLowerCase();
    if (PLACEHOLDER_HOST.test(lower) || lower === 'localhost') return false;
    return this.internalNames.has(lower) || INTERNAL_SUFFIXES.some((s) => lower.endsWith(`.${s}`)) || [...this.singleLabels].some((s) => s.toLowerCase() === lower);
  }

  private host(name: string): string {
    if (!this.mask.internalHosts || !this.isInternal(name)) return name;
    const trailingDot = name.endsWith('.') ? '.' : '';
    return this.place(this.hosts, name.replace(/\.$/u, '').toLowerCase(), (n) => `host${n}.internal`) + trailingDot;
  }

  private ip(ip: string): string {
    if (!this.mask.internalIps || !isPrivateIp(ip)) return ip;
    const bare = ip.replace(/%.*$/u, '').toLowerCase();
    return this.place(this.ips, bare, (n) => `ip${n}`);
  }

  private email(match: string): string {
    const at = match.lastIndexOf('@');
    const domainPart = match.slice(at + 1);
    // `to=anna@…`, `prvs=…=anna@…`: what precedes the last `=` or `/` is not part of the mailbox.
    const cut = Math.max(match.lastIndexOf('=', at), match.lastIndexOf('/', at));
    let prefix = match.slice(0, cut + 1);
    let local = match.slice(cut + 1, at);
    const lead = /^['"`{|}(~!#$%&*+?^.-]+/u.exec(local)?.[0] ?? '';
    prefix += lead;
    local = local.slice(lead.length);
    const literal = /^\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]$/iu.exec(domainPart);
    const domain = literal?.[1] ? domainPart.replace(literal[1], this.ip(literal[1])) : this.host(domainPart);
    const isMessageId = this.messageIds.has(match.toLowerCase()) || this.messageIds.has(`${local}@${domainPart}`.toLowerCase());
    if (isMessageId) return match;
    if (!this.mask.localParts || local === '' || ROLES.has(local.toLowerCase()) || PLACEHOLDER_USER.test(local)) return `${prefix}${local}@${domain}`;
    const user = this.place(this.addresses, `${local}@${domainPart}`.toLowerCase(), (n) => `user${n}`);
    return `${prefix}${user}@${domain}`;
  }

  /** Second pass: one string with every address, internal host and private IP replaced. */
  text(s: string): string {
    if (s.length < 3) return s;
    return s.replace(this.regex(), (m: string, email?: string, inaddr?: string, ip6?: string, ip4?: string, host?: string, single?: string) => {
      if (email) return this.email(m);
      if (inaddr) {
        const octets = m.split('.').slice(0, 4).reverse().join('.');
        return isPrivateIp(octets) && this.mask.internalIps ? `${this.ip(octets)}.in-addr.arpa` : m;
      }
      if (ip6) return isIPv6(m.replace(/%.*$/u, '')) ? this.ip(m) : m.replace(IPV4_RE, (v4) => (isIPv4(v4) ? this.ip(v4) : v4));
      if (ip4) return isIPv4(m) ? this.ip(m) : m;
      if (host || single) return this.host(m);
      return m;
    });
  }

  counts(): MaskCounts {
    return { addresses: this.addresses.size, hosts: this.hosts.size, ips: this.ips.size };
  }
}
