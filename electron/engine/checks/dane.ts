/**
 * DANE for SMTP (RFC 7672): the TLSA records at `_25._tcp.<mx host>` of each MX host, whether each
 * record is usable for SMTP (only DANE-TA(2) and DANE-EE(3), §3.1.3; selector 0/1; matching type
 * 0/1/2 with a digest of the right length, RFC 6698 §2.1), and whether the answers were
 * DNSSEC-validated (AD bit) — TLSA records count only under DNSSEC (§2.2).
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { Finding } from '../model/finding.ts';
import { mxNames } from './mx/resolve.ts';
import { findingAdder } from './support/adder.ts';
import { createLookups, dataOf } from './support/lookups.ts';
import { domainOf } from './support/names.ts';
import { actorFor, type CheckDeps, type CheckOutput, type DomainRole } from './support/types.ts';

export interface DaneParams {
  readonly domain: string;
  /** Whose domain (default `sender`): decides who must act. */
  readonly role?: DomainRole;
}

export interface DaneRecord {
  readonly usage: number;
  readonly selector: number;
  readonly matchingType: number;
  /** Certificate association data, hex. */
  readonly data: string;
  readonly usable: boolean;
  /** Why the record is unusable for SMTP. */
  readonly problem?: string;
}

export interface DaneHost {
  readonly host: string;
  /** `_25._tcp.<host>`. */
  readonly name: string;
  /** `tlsa`: records found; `none`: no TLSA; `failed`: the lookup failed. */
  readonly status: 'tlsa' | 'none' | 'failed';
  /** AD bit of the TLSA answer. */
  readonly ad: boolean;
  readonly records: DaneRecord[];
}

export interface DaneResult extends CheckOutput {
  readonly domain: string;
  readonly hosts: DaneHost[];
}

const CHECK = 'dane';
const USAGE = ['PKIX-TA', 'PKIX-EE', 'DANE-TA', 'DANE-EE'];
/** Digest lengths in hex digits by matching type (RFC 6698 §2.1.3: SHA-256, SHA-512). */
const DIGEST_HEX: Record<number, number> = { 1: 64, 2: 128 };

export function judgeTlsa(usage: number, selector: number, matchingType: number, data: string): DaneRecord {
  const base = { usage, selector, matchingType, data };
  const bad = (problem: string): DaneRecord => ({ ...base, usable: false, problem });
  if (usage === 0 || usage === 1) return bad(`usage ${usage} (${USAGE[usage]}) is not used for SMTP (RFC 7672 §3.1.3)`);
  if (usage !== 2 && usage !== 3) return bad(`usage ${usage} is not defined`);
  if (selector !== 0 && selector !== 1) return bad(`selector ${selector} is not defined`);
  if (matchingType !== 0 && matchingType !== 1 && matchingType !== 2) return bad(`matching type ${matchingType} is not defined`);
  const want = DIGEST_HEX[matchingType];
  if (want !== undefined && data.length !== want)
    return bad(`a ${matchingType === 1 ? 'SHA-256' : 'SHA-512'} digest has ${want / 2} octets, this one ${data.length / 2}`);
  if (data.length === 0) return bad('no certificate data');
  return { ...base, usable: true };
}

export async function checkDane(params: DaneParams, deps: CheckDeps): Promise<DaneResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const who = actorFor(params.role);
  const findings: Finding[] = [];
  const add = findingAdder(findings, deps, CHECK, domain, who);

  const mxl = await mxNames(domain, lookups);
  const mxFailure = lookupFailureFinding(mxl.mx, deps.lang, CHECK, { status: 'warning', subject: domain });
  if (mxFailure) findings.push(mxFailure);
  const hostNames = mxl.hosts;
  if (hostNames.length === 0) {
    if (!mxFailure) add('dane.no-mx', 'skipped', {}, [mxl.mx]);
    return { domain, hosts: [], findings, evidence: lookups.evidence() };
  }

  const results = await Promise.all(hostNames.map(async (host) => ({ host, result: await lookups.ask(`_25._tcp.${host}`, 'TLSA') })));
  const hosts: DaneHost[] = [];
  for (const { host, result } of results) {
    const name = `_25._tcp.${host}`;
    const failure = lookupFailureFinding(result, deps.lang, CHECK, { status: 'warning', subject: host });
    if (failure) {
      findings.push(failure);
      hosts.push({ host, name, status: 'failed', ad: result.ad, records: [] });
      continue;
    }
    const records = dataOf(result, 'TLSA').map((t) => judgeTlsa(t.usage, t.selector, t.matchingType, t.data));
    hosts.push({ host, name, status: records.length > 0 ? 'tlsa' : 'none', ad: result.ad, records });
    if (records.length === 0) continue;
    const p = { host, name, records: records.map((r) => `${r.usage} ${r.selector} ${r.matchingType} ${r.data.slice(0, 16)}…`).join(', ') };
    for (const r of records.filter((x) => !x.usable))
      add(
        'dane.tlsa.unusable',
        'warning',
        { host, name, record: `${r.usage} ${r.selector} ${r.matchingType} ${r.data}`, detail: r.problem ?? '' },
        [result],
        host,
      );
    if (records.some((r) => r.usable)) add('dane.tlsa.found', 'ok', p, [result], host);
    else add('dane.tlsa.none-usable', 'warning', p, [result], host);
    if (!result.ad) add('dane.dnssec.unvalidated', 'warning', { host, name }, [mxl.mx, result], host);
  }

  const withTlsa = hosts.filter((h) => h.status === 'tlsa');
  const without = hosts.filter((h) => h.status === 'none');
  const allEvidence = [mxl.mx, ...results.map((r) => r.result)];
  if (withTlsa.length === 0 && without.length === hosts.length) add('dane.none', 'info', { hosts: hostNames.join(', ') }, allEvidence);
  else if (withTlsa.length > 0 && without.length > 0)
    add(
      'dane.partial',
      'warning',
      { hosts: without.map((h) => h.host).join(', '), covered: withTlsa.map((h) => h.host).join(', ') },
      allEvidence,
    );
  return { domain, hosts, findings, evidence: lookups.evidence() };
}
