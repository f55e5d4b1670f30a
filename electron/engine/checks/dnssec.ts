/**
 * DNSSEC status of a domain as far as a stub resolver can tell: which zone the domain lives in
 * (the closest enclosing name with its own SOA), whether that zone publishes DNSKEYs, whether its
 * parent publishes a DS for it (the chain of trust, RFC 4035 §5), and whether the resolver
 * validated the answers (the AD bit, RFC 4035 §3.2.3). Mailpath does not validate signatures itself:
 * "validated" means a validating resolver said so; without one, a signed zone is reported as
 * signed-but-unvalidated, never as secure.
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import type { Finding } from '../model/finding.ts';
import { findingAdder } from './support/adder.ts';
import { createLookups, dataOf } from './support/lookups.ts';
import { domainOf, organizationalDomain } from './support/names.ts';
import { actorFor, type CheckDeps, type CheckOutput, type DomainRole } from './support/types.ts';

export interface DnssecParams {
  readonly domain: string;
  /** Whose domain (default `sender`): decides who must act. */
  readonly role?: DomainRole;
}

/**
 * - `validated`: the resolver validated the zone's answers (AD);
 * - `signed-unvalidated`: DNSKEY and a parent DS exist, but the resolver did not set AD (it does
 *   not validate — a validating resolver answers SERVFAIL when validation fails);
 * - `island`: DNSKEYs without a DS at the parent: validators treat the zone as unsigned;
 * - `broken`: a DS at the parent but no DNSKEY: validators answer SERVFAIL for the whole zone;
 * - `unsigned`: neither; `unknown`: a lookup failed.
 */
export type DnssecStatus = 'validated' | 'signed-unvalidated' | 'island' | 'broken' | 'unsigned' | 'unknown';

export interface DnssecResult extends CheckOutput {
  readonly domain: string;
  /** The zone apex the domain belongs to, when found. */
  readonly zone?: string;
  readonly status: DnssecStatus;
  /** DS records at the parent: `keyTag algorithm digestType`. */
  readonly ds: string[];
  /** DNSKEY records of the zone: `flags algorithm`. */
  readonly dnskeys: string[];
  /** Whether any answer about the zone carried the AD bit. */
  readonly ad: boolean;
}

const CHECK = 'dnssec';
/** Names from the domain up to its organizational domain (at most 5), closest first. */
function candidates(domain: string): string[] {
  const org = organizationalDomain(domain);
  const out: string[] = [];
  let name = domain;
  for (let i = 0; i < 5; i++) {
    out.push(name);
    if (name === org || !name.includes('.')) break;
    name = name.slice(name.indexOf('.') + 1);
  }
  return out;
}

const failed = (r: LookupResult): boolean => r.outcome !== 'ok' && r.outcome !== 'nodata' && r.outcome !== 'nxdomain';

export async function checkDnssec(params: DnssecParams, deps: CheckDeps): Promise<DnssecResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const who = actorFor(params.role);
  const findings: Finding[] = [];
  const add = findingAdder(findings, deps, CHECK, domain, who);
  const fail = (r: LookupResult): void => {
    const f = lookupFailureFinding(r, deps.lang, CHECK, { status: 'warning', subject: domain });
    if (f) findings.push(f);
  };

  // All levels at once: the zone cut is unknown in advance, and asking in parallel keeps the check
  // one round trip deep.
  const levels = await Promise.all(
    candidates(domain).map(async (name) => {
      const [soa, ds, dnskey] = await Promise.all([lookups.ask(name, 'SOA'), lookups.ask(name, 'DS'), lookups.ask(name, 'DNSKEY')]);
      return { name, soa, ds, dnskey };
    }),
  );
  const unknown = (lookupsToReport: LookupResult[]): DnssecResult => {
    for (const r of lookupsToReport) fail(r);
    add('dnssec.unknown', 'info', {}, lookupsToReport);
    return { domain, status: 'unknown', ds: [], dnskeys: [], ad: false, findings, evidence: lookups.evidence() };
  };

  // The apex is the closest level whose SOA is its own (a CNAME'd name is not an apex).
  let apex: (typeof levels)[number] | undefined;
  for (const level of levels) {
    if (failed(level.soa)) return unknown([level.soa]);
    if (level.soa.outcome === 'ok' && level.soa.cnames.length === 0) {
      apex = level;
      break;
    }
  }
  if (!apex) return unknown(levels.map((l) => l.soa));
  const broken = [apex.ds, apex.dnskey].filter(failed);
  if (broken.length > 0) return unknown(broken);

  const ds = dataOf(apex.ds, 'DS').map((d) => `${d.keyTag} ${d.algorithm} ${d.digestType}`);
  const dnskeys = dataOf(apex.dnskey, 'DNSKEY').map((d) => `${d.flags} ${d.algorithm}`);
  const ad = apex.soa.ad || apex.dnskey.ad;
  const zone = apex.name;
  const ev = [apex.soa, apex.ds, apex.dnskey];
  const p = { zone, ds: ds.join(', ') || '-', dnskeys: dnskeys.length };
  let status: DnssecStatus;
  if (ad) {
    status = 'validated';
    add('dnssec.validated', 'ok', p, ev);
  } else if (ds.length > 0 && dnskeys.length > 0) {
    status = 'signed-unvalidated';
    add('dnssec.signed-unvalidated', 'info', p, ev);
  } else if (dnskeys.length > 0) {
    status = 'island';
    add('dnssec.island', 'warning', p, ev);
  } else if (ds.length > 0) {
    status = 'broken';
    add('dnssec.broken', 'error', p, ev);
  } else {
    status = 'unsigned';
    add('dnssec.unsigned', 'info', p, ev);
  }
  return { domain, zone, status, ds, dnskeys, ad, findings, evidence: lookups.evidence() };
}
