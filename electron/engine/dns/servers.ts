/**
 * Which DNS servers to ask: the system's (from the OS configuration) or a list the user gave
 * (`--dns-server HOST[:PORT]`, repeatable). Only addresses are read from the OS; the querying is
 * always Mailpath's own, so every answer carries evidence.
 */
import { getServers } from 'node:dns';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import type { DnsServer } from './transport.ts';

export type ServerSpecResult = { readonly ok: true; readonly server: DnsServer } | { readonly ok: false; readonly error: string };

function port(text: string, spec: string): number | string {
  if (!/^\d{1,5}$/u.test(text)) return `"${spec}": the port "${text}" is not a number`;
  const p = Number(text);
  if (p < 1 || p > 65535) return `"${spec}": the port ${p} is outside 1–65535`;
  return p;
}

/**
 * Parses `HOST[:PORT]`: `192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`,
 * `[2001:db8::53]`. The host must be an IP address: naming a DNS server by host name would need DNS
 * to find it. An IPv6 scope (`fe80::1%eth0`) is kept.
 */
export function parseServerSpec(spec: string, defaultPort = 53): ServerSpecResult {
  const s = spec.trim();
  if (s === '') return { ok: false, error: 'empty DNS server' };
  let host: string;
  let p: number | string = defaultPort;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/u.exec(s);
  if (bracketed) {
    host = bracketed[1] ?? '';
    if (bracketed[2] !== undefined) p = port(bracketed[2], s);
    if (!net.isIPv6(host.replace(/%.*$/u, ''))) return { ok: false, error: `"${s}": "${host}" in brackets is not an IPv6 address` };
  } else if ((s.match(/:/gu) ?? []).length >= 2) {
    // Two or more colons without brackets: a bare IPv6 address (a port needs brackets).
    host = s;
    if (!net.isIPv6(host.replace(/%.*$/u, ''))) {
      return { ok: false, error: `"${s}" is not an IPv6 address (write an IPv6 address with a port as [2001:db8::53]:5353)` };
    }
  } else {
    const [h, pt] = s.split(':') as [string, string | undefined];
    host = h;
    if (pt !== undefined) p = port(pt, s);
    if (!net.isIPv4(host)) {
      return {
        ok: false,
        error: `"${s}": "${host}" is not an IP address (a DNS server must be given by address, e.g. 192.0.2.53 or [2001:db8::53]:53)`,
      };
    }
  }
  if (typeof p === 'string') return { ok: false, error: p };
  return { ok: true, server: { host, port: p } };
}

/** Parses a list of specs; the first bad one is reported. */
export function parseServerSpecs(specs: readonly string[]): { ok: true; servers: DnsServer[] } | { ok: false; error: string } {
  const servers: DnsServer[] = [];
  for (const spec of specs) {
    const r = parseServerSpec(spec);
    if (!r.ok) return r;
    servers.push(r.server);
  }
  return { ok: true, servers };
}

/** `nameserver` lines of resolv.conf(5), in order; other lines and bad addresses are skipped. */
export function parseResolvConf(text: string): DnsServer[] {
  const out: DnsServer[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.replace(/[#;].*$/u, '').trim();
    const m = /^nameserver\s+(\S+)/u.exec(line);
    if (!m?.[1]) continue;
    const addr = m[1];
    // resolv.conf names addresses only, always on port 53 (glibc ignores anything else).
    if (net.isIPv4(addr) || net.isIPv6(addr.replace(/%.*$/u, ''))) out.push({ host: addr, port: 53 });
  }
  return out;
}

export interface SystemServers {
  readonly servers: readonly DnsServer[];
  /** Where the list came from, for the report's environment section, e.g. `/etc/resolv.conf`. */
  readonly source: string;
  /** Why the list is empty or partial, when it is. */
  readonly problem?: string;
}

export interface SystemServersOptions {
  readonly platform?: NodeJS.Platform;
  readonly resolvConfPath?: string;
  readonly readText?: (path: string) => Promise<string>;
  /** The addresses the OS gave Node (`dns.getServers()` format); injectable for tests. */
  readonly osServers?: () => readonly string[];
}

/** The servers the operating system is configured to use. */
export async function systemServers(options: SystemServersOptions = {}): Promise<SystemServers> {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') {
    // Windows keeps resolvers per adapter in the registry; libuv/c-ares reads them for Node.
    const source = 'Windows network adapters (via node:dns getServers)';
    const listed = (options.osServers ?? getServers)();
    const servers = listed.map((s) => parseServerSpec(s)).flatMap((r) => (r.ok ? [r.server] : []));
    return servers.length > 0 ? { servers, source } : { servers, source, problem: 'no DNS servers are configured' };
  }
  const path = options.resolvConfPath ?? '/etc/resolv.conf';
  const read = options.readText ?? ((p: string) => readFile(p, 'utf-8'));
  let text: string;
  try {
    text = await read(path);
  } catch (e) {
    return { servers: [], source: path, problem: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const servers = parseResolvConf(text);
  return servers.length > 0 ? { servers, source: path } : { servers, source: path, problem: `no nameserver lines in ${path}` };
}
