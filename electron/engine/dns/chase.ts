/**
 * Gives a reply its final meaning for the asked name: follows CNAMEs inside the answer section
 * (RFC 1034 §3.6.2, §4.3.2), asks again for a chain's target when the reply stops at a CNAME, and
 * tells `ok` from `nodata` from `nxdomain` — where the rcode speaks for the last name of the chain
 * (RFC 6604 §3). Chains are bounded and loops are detected.
 */
import type { Answer } from 'dns-packet';
import type { DnsEvidence } from '../model/finding.ts';
import type { Step } from './query.ts';
import { toResourceRecord } from './records.ts';
import type { LookupResult, ResourceRecord, RRType } from './types.ts';
import { normalizeName } from './wire.ts';

/** The longest CNAME chain followed; resolvers commonly stop around 8–16 links. */
export const MAX_CNAME_CHAIN = 8;

/** Asks one name (of the question's type); the chaser calls it again for CNAME targets. */
export type AskName = (name: string) => Promise<Step>;

/** A final answer and how long it may be cached (0 = not cacheable). */
export interface Chased {
  readonly result: LookupResult;
  readonly ttl: number;
}

function ttlOf(a: Answer): number {
  return 'ttl' in a ? (a.ttl ?? 0) : 0;
}

/** RFC 2308 §5: a negative answer lives min(SOA TTL, SOA MINIMUM); without SOA, not at all. */
function negativeTtl(authorities: readonly Answer[]): number {
  const soa = authorities.find((a) => a.type === 'SOA');
  if (!soa || soa.type !== 'SOA') return 0;
  return Math.min(ttlOf(soa), soa.data.minimum ?? 0);
}

export async function chase(ask: AskName, qname: string, qtype: RRType): Promise<Chased> {
  const evidence: DnsEvidence[] = [];
  const cnames: string[] = [];
  const seen = new Set<string>([qname]);
  let current = qname;
  let ad = true;
  let minTtl = Number.POSITIVE_INFINITY;

  const finish = (partial: Omit<LookupResult, 'name' | 'type' | 'cnames' | 'evidence' | 'ad'> & { ad?: boolean }, ttl: number): Chased => ({
    result: { name: qname, type: qtype, cnames, evidence, ...partial, ad: partial.ad ?? false },
    ttl,
  });

  for (;;) {
    const step = await ask(current);
    evidence.push(...step.evidence);
    if (step.outcome !== 'ok' && step.outcome !== 'nxdomain') {
      return finish({ outcome: step.outcome, records: [], ...(step.detail !== undefined ? { detail: step.detail } : {}) }, 0);
    }
    const message = step.message;
    if (!message) return finish({ outcome: 'error', records: [], detail: 'reply missing' }, 0);
    ad = ad && message.flags.ad;
    const asked = current;
    for (;;) {
      const here = message.answers.filter((a) => normalizeName(a.name) === current);
      const matching = here.filter((a) => (a.type as string) === qtype);
      if (matching.length > 0) {
        const records = matching.map(toResourceRecord).filter((r): r is ResourceRecord => r !== undefined);
        for (const a of matching) minTtl = Math.min(minTtl, ttlOf(a));
        return finish({ outcome: 'ok', records, ad }, Number.isFinite(minTtl) ? minTtl : 0);
      }
      if (qtype === 'CNAME') break;
      const cname = here.find((a) => a.type === 'CNAME');
      if (!cname || cname.type !== 'CNAME') break;
      const target = normalizeName(cname.data);
      minTtl = Math.min(minTtl, ttlOf(cname));
      if (seen.has(target)) return finish({ outcome: 'error', records: [], detail: `CNAME loop at ${target}` }, 0);
      if (cnames.length >= MAX_CNAME_CHAIN)
        return finish({ outcome: 'error', records: [], detail: `CNAME chain longer than ${MAX_CNAME_CHAIN}` }, 0);
      cnames.push(target);
      seen.add(target);
      current = target;
    }
    if (message.rcode === 'NXDOMAIN') {
      return finish({ outcome: 'nxdomain', records: [], ad }, Math.min(minTtl, negativeTtl(message.authorities)));
    }
    if (current === asked) {
      return finish({ outcome: 'nodata', records: [], ad }, Math.min(minTtl, negativeTtl(message.authorities)));
    }
    // The reply stopped at a CNAME whose target it does not answer: ask for the target itself.
  }
}
