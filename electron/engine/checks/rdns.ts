/**
 * Reverse DNS of the sending IP and its HELO name. Receivers reject or score down mail from an
 * address without a PTR record, whose PTR name does not resolve back to it (forward-confirmed
 * reverse DNS, FCrDNS), or whose name looks like a residential pool; and from a HELO name that is
 * not a resolvable FQDN (RFC 5321 §4.1.1.1).
 */
import { isIP } from 'node:net';
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import { makeFinding } from '../i18n/index.ts';
import type { Finding, FindingStatus, WhoMustAct } from '../model/finding.ts';
import { checkHelo, type HeloResult } from './rdns/helo.ts';
import { poolPatterns } from './rdns/patterns.ts';
import { createLookups, dataOf, evidenceOf } from './support/lookups.ts';
import { canonicalIp, reverseName } from './support/names.ts';
import { type CheckDeps, type CheckOutput, whoActs } from './support/types.ts';

export { heloKind, type HeloKind, type HeloResult } from './rdns/helo.ts';
export { POOL_PATTERNS, poolPatterns, type PoolPattern } from './rdns/patterns.ts';

export interface ReverseDnsParams {
  /** The sending IP (IPv4 or IPv6). */
  readonly ip: string;
  /** The HELO/EHLO name the server announces. */
  readonly helo?: string;
}

/**
 * - `confirmed`: a PTR name resolves back to the IP; `unconfirmed`: none does;
 * - `missing`: no PTR record; `unknown`: a lookup failed; `invalid-ip`: the input is no address.
 */
export type ReverseDnsStatus = 'confirmed' | 'unconfirmed' | 'missing' | 'unknown' | 'invalid-ip';

export interface ReverseDnsResult extends CheckOutput {
  readonly ip: string;
  /** The PTR owner name (in-addr.arpa or ip6.arpa). */
  readonly reverseName?: string;
  readonly status: ReverseDnsStatus;
  /** PTR names, in server order. */
  readonly ptr: string[];
  /** PTR names whose A/AAAA records include the IP. */
  readonly confirmed: string[];
  /** Pool-looking PTR names with the patterns they match. */
  readonly dynamic: { readonly name: string; readonly patterns: string[] }[];
  readonly helo?: HeloResult;
}

/** At most this many PTR names are followed forward (a sane host has one). */
const MAX_PTR = 10;

export async function checkReverseDns(params: ReverseDnsParams, deps: CheckDeps): Promise<ReverseDnsResult> {
  const lookups = createLookups(deps);
  const ip = params.ip.trim().replace(/^\[|\]$/gu, '');
  const findings: Finding[] = [];
  const add = (
    id: string,
    status: FindingStatus,
    who: WhoMustAct,
    p: Record<string, string | number>,
    evidence: readonly (LookupResult | undefined)[],
    subject = ip,
  ): void => {
    findings.push(
      makeFinding(deps.lang, {
        id,
        check: 'rdns',
        status,
        whoMustAct: whoActs(status, who),
        params: { ip, ...p },
        evidence: evidenceOf(...evidence),
        subject,
      }),
    );
  };
  // The HELO lookups do not depend on the PTR answer, so they run alongside; only the final
  // "HELO differs from the PTR name" comparison waits for the PTR names.
  let ptrDone: (names: { names: string[]; lookup?: LookupResult }) => void = () => undefined;
  const ptrInfo = new Promise<{ names: string[]; lookup?: LookupResult }>((resolve) => {
    ptrDone = resolve;
  });
  const heloCheck = params.helo?.trim() ? checkHelo(params.helo, isIP(ip) ? ip : undefined, ptrInfo, lookups, deps.lang) : undefined;
  heloCheck?.catch(() => undefined); // awaited in finish(); a cancellation must not go unhandled
  const finish = async (
    rest: Omit<ReverseDnsResult, 'findings' | 'evidence' | 'ip' | 'helo'>,
    ptrLookup?: LookupResult,
  ): Promise<ReverseDnsResult> => {
    ptrDone({ names: rest.ptr, ...(ptrLookup ? { lookup: ptrLookup } : {}) });
    const h = heloCheck ? await heloCheck : undefined;
    if (h) findings.push(...h.findings);
    return { ip, ...rest, ...(h ? { helo: h.helo } : {}), findings, evidence: lookups.evidence() };
  };

  const run = async (): Promise<ReverseDnsResult> => {
    const name = reverseName(ip);
    if (name === undefined) {
      add('rdns.ip.invalid', 'error', 'sender-it', {}, []);
      return finish({ status: 'invalid-ip', ptr: [], confirmed: [], dynamic: [] });
    }
    const ptrLookup = await lookups.ask(name, 'PTR');
    const failure = lookupFailureFinding(ptrLookup, deps.lang, 'rdns', { status: 'warning', subject: ip });
    if (failure) {
      findings.push(failure);
      return finish({ reverseName: name, status: 'unknown', ptr: [], confirmed: [], dynamic: [] }, ptrLookup);
    }
    const ptr = [...new Set(dataOf(ptrLookup, 'PTR').map((d) => d.target))];
    if (ptr.length === 0) {
      add('rdns.ptr.missing', 'error', 'sender-provider', { name, outcome: ptrLookup.outcome === 'nxdomain' ? 'NXDOMAIN' : 'NODATA' }, [
        ptrLookup,
      ]);
      return finish({ reverseName: name, status: 'missing', ptr, confirmed: [], dynamic: [] }, ptrLookup);
    }
    if (ptr.length > 1)
      add('rdns.ptr.multiple', 'warning', 'sender-provider', { name, count: ptr.length, ptr: ptr.join(', ') }, [ptrLookup]);

    // FCrDNS: some PTR name must resolve (A for IPv4, AAAA for IPv6) back to the IP.
    const type = isIP(ip) === 4 ? 'A' : 'AAAA';
    const want = canonicalIp(ip);
    const forward = await Promise.all(ptr.slice(0, MAX_PTR).map(async (n) => ({ name: n, result: await lookups.ask(n, type) })));
    const confirmed: string[] = [];
    let unknown = false;
    for (const { name: n, result } of forward) {
      const f = lookupFailureFinding(result, deps.lang, 'rdns', { status: 'warning', subject: ip });
      if (f) {
        findings.push(f);
        unknown = true;
      }
      if (result.records.some((r) => (r.data.type === 'A' || r.data.type === 'AAAA') && canonicalIp(r.data.address) === want))
        confirmed.push(n);
    }
    const forwardEvidence = [ptrLookup, ...forward.map((f) => f.result)];
    const forwardAddresses = forward.flatMap((f) =>
      f.result.records.flatMap((r) => (r.data.type === 'A' || r.data.type === 'AAAA' ? [r.data.address] : [])),
    );
    let status: ReverseDnsStatus;
    if (confirmed.length > 0) {
      status = 'confirmed';
      add('rdns.fcrdns.ok', 'ok', 'nobody', { name, ptr: confirmed.join(', ') }, forwardEvidence);
    } else if (unknown) status = 'unknown';
    else {
      status = 'unconfirmed';
      add(
        'rdns.fcrdns.mismatch',
        'error',
        'sender-it',
        { name, ptr: ptr.join(', '), addresses: forwardAddresses.join(', ') || '-' },
        forwardEvidence,
      );
    }

    const dynamic = ptr.map((n) => ({ name: n, patterns: poolPatterns(n, ip) })).filter((d) => d.patterns.length > 0);
    for (const d of dynamic)
      add('rdns.ptr.dynamic', 'warning', 'sender-provider', { name, ptr: d.name, patterns: d.patterns.join(', ') }, [ptrLookup]);
    return finish({ reverseName: name, status, ptr, confirmed, dynamic }, ptrLookup);
  };
  try {
    return await run();
  } finally {
    // Never leave the HELO check waiting for PTR names (e.g. after a cancellation).
    ptrDone({ names: [] });
  }
}
