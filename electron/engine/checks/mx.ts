/**
 * The MX check of a sender or recipient domain (RFC 5321 §5.1, RFC 7505, RFC 2181 §10.3): where
 * mail for the domain goes, whether every host resolves, whether the recipient's hosts match the
 * provider profile, and whether the sender domain can receive bounces at all.
 */
import { isIP } from 'node:net';
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import { makeFinding } from '../i18n/index.ts';
import type { Finding } from '../model/finding.ts';
import { resolveMxWith, type MxHost, type MxKind, type MxLookups, type MxResolution } from './mx/resolve.ts';
import { createLookups, evidenceOf } from './support/lookups.ts';
import { canonicalIp, domainOf, matchesMxPattern } from './support/names.ts';
import { actorFor, type CheckDeps, type CheckOutput, type DomainRole, whoActs } from './support/types.ts';

export { resolveMxHosts } from './mx/resolve.ts';
export type { MxHost, MxHostStatus, MxKind, MxResolution } from './mx/resolve.ts';

export interface MxParams {
  readonly domain: string;
  readonly role: DomainRole;
  /**
   * The provider profile's MX pattern(s), e.g. `*.mail.protection.outlook.com` (a `*.` stands for
   * one label, as in RFC 8461 §4.1); only checked for the recipient.
   */
  readonly mxPattern?: string | readonly string[];
}

export interface MxCheckResult extends CheckOutput {
  readonly domain: string;
  readonly role: DomainRole;
  readonly kind: MxKind;
  /** Hosts in the order a sender tries them, with their addresses. */
  readonly hosts: MxHost[];
}

const CHECK = 'mx';

/** Loopback, private, shared, link-local and unspecified ranges: never reachable from the Internet. */
export function isNonPublicAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const full = canonicalIp(ip);
  if (full === '0000:0000:0000:0000:0000:0000:0000:0001' || full === '0000:0000:0000:0000:0000:0000:0000:0000') return true;
  const first = parseInt(full.slice(0, 4), 16);
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) return true;
  // IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 address.
  if (full.startsWith('0000:0000:0000:0000:0000:ffff:')) {
    const hex = full.slice(30).replace(':', '');
    const v4 = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
    return isNonPublicAddress(v4);
  }
  return false;
}

function hostEvidence(lookups: MxLookups, host: string): LookupResult[] {
  const l = lookups.addresses.get(host);
  return [l?.a, l?.aaaa].filter((x): x is LookupResult => x !== undefined);
}

function patternsOf(p: MxParams['mxPattern']): string[] {
  if (p === undefined) return [];
  const list = typeof p === 'string' ? p.split(/[\s,]+/u) : [...p];
  return list.map((s) => s.trim()).filter(Boolean);
}

export async function checkMx(params: MxParams, deps: CheckDeps): Promise<MxCheckResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const { resolution, lookups: l } = await resolveMxWith(domain, lookups);
  const findings = mxFindings(params, resolution, l, deps);
  return { domain, role: params.role, kind: resolution.kind, hosts: resolution.hosts, findings, evidence: lookups.evidence() };
}

function mxFindings(params: MxParams, r: Omit<MxResolution, 'evidence'>, l: MxLookups, deps: CheckDeps): Finding[] {
  const { lang } = deps;
  const role = params.role;
  const who = actorFor(role);
  const findings: Finding[] = [];
  const domain = r.domain;
  const add = (
    id: string,
    status: Finding['status'],
    params: Record<string, string | number>,
    evidence: (LookupResult | undefined)[],
    subject = domain,
  ): void => {
    findings.push(
      makeFinding(lang, {
        id,
        check: CHECK,
        status,
        whoMustAct: whoActs(status, who),
        params: { domain, ...params },
        evidence: evidenceOf(...evidence),
        subject,
      }),
    );
  };
  const failed = (res: LookupResult | undefined, status: Finding['status']): void => {
    if (!res) return;
    const f = lookupFailureFinding(res, lang, CHECK, { status });
    if (f) findings.push(f);
  };
  const implicit = l.addresses.get(domain);

  switch (r.kind) {
    case 'unknown':
      failed(l.mx, 'error');
      failed(implicit?.a, 'error');
      failed(implicit?.aaaa, 'error');
      return findings;
    case 'nxdomain':
      add(`mx.${role}.nxdomain`, 'error', {}, [l.mx, implicit?.a, implicit?.aaaa]);
      return findings;
    case 'null':
      add(`mx.${role}.null`, 'error', {}, [l.mx]);
      return findings;
    case 'none':
      add(`mx.${role}.none`, 'error', {}, [l.mx, implicit?.a, implicit?.aaaa]);
      return findings;
    case 'implicit': {
      const host = r.hosts[0];
      add('mx.implicit', 'warning', { addresses: host?.addresses.join(', ') ?? '' }, [l.mx, implicit?.a, implicit?.aaaa]);
      failed(implicit?.a, 'warning');
      failed(implicit?.aaaa, 'warning');
      if (host) privateAddresses(host);
      return findings;
    }
    case 'mx':
      break;
  }

  add('mx.found', 'ok', { count: r.hosts.length, hosts: r.hosts.map((h) => `${h.preference} ${h.host}`).join(', ') }, [l.mx]);
  if (r.nullMixed) add('mx.null.mixed', 'error', {}, [l.mx]);

  const usable = r.hosts.filter((h) => h.status === 'ok');
  const unknown = r.hosts.some((h) => h.status === 'failed');
  for (const h of r.hosts) {
    const ev = [l.mx, ...hostEvidence(l, h.host)];
    if (h.status === 'ip-literal') add('mx.target.ip-literal', 'error', { host: h.host }, [l.mx], h.host);
    if (h.cnames.length > 0) add('mx.target.cname', 'warning', { host: h.host, target: h.cnames.join(' → ') }, ev, h.host);
    if (h.status === 'no-address' || h.status === 'nxdomain') {
      add(
        'mx.target.unresolvable',
        usable.length === 0 ? 'error' : 'warning',
        { host: h.host, preference: h.preference, outcome: h.status === 'nxdomain' ? 'NXDOMAIN' : 'NODATA' },
        ev,
        h.host,
      );
    }
    // A failed A or AAAA lookup is worth a finding even when the other type answered.
    for (const res of hostEvidence(l, h.host)) failed(res, 'warning');
    privateAddresses(h);
  }
  if (usable.length === 0 && !unknown)
    add(`mx.${role}.unreachable`, 'error', { hosts: r.hosts.map((h) => h.host).join(', ') }, [
      l.mx,
      ...r.hosts.flatMap((h) => hostEvidence(l, h.host)),
    ]);

  const patterns = patternsOf(params.mxPattern);
  if (role === 'recipient' && patterns.length > 0) {
    const off = r.hosts.filter((h) => !patterns.some((p) => matchesMxPattern(h.host, p)));
    const pattern = patterns.join(', ');
    if (off.length === 0) add('mx.pattern.match', 'ok', { pattern }, [l.mx]);
    else add('mx.pattern.mismatch', 'warning', { pattern, hosts: off.map((h) => h.host).join(', ') }, [l.mx]);
  }
  return findings;

  function privateAddresses(h: MxHost): void {
    const bad = h.addresses.filter(isNonPublicAddress);
    if (bad.length > 0)
      add('mx.target.private-address', 'warning', { host: h.host, addresses: bad.join(', ') }, [l.mx, ...hostEvidence(l, h.host)], h.host);
  }
}
