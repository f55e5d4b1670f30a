/**
 * DMARC policy discovery (RFC 7489 §6.6.3): the record at `_dmarc.<domain>`, else — when that
 * name has no DMARC record (an answer, not a failure) — at `_dmarc.<organizational domain>`.
 * Several DMARC records at one name end discovery: no policy applies (step 5).
 */
import type { LookupResult } from '../../dns/types.ts';
import type { Lookups } from '../support/lookups.ts';
import { txtTexts } from '../support/lookups.ts';
import { organizationalDomain } from '../support/names.ts';
import { isDmarcRecord, looksLikeDmarc, parseDmarcRecord, type DmarcRecord } from './record.ts';

/**
 * - `found`: the domain's own record; `inherited`: the organizational domain's record;
 * - `missing`: none at either; `multiple`: several at the first name that had any;
 * - `failed`: a lookup failed, so the policy is unknown.
 */
export type DmarcDiscoveryStatus = 'found' | 'inherited' | 'missing' | 'multiple' | 'failed';

export interface DmarcDiscovery {
  readonly domain: string;
  readonly orgDomain: string;
  readonly status: DmarcDiscoveryStatus;
  /** The domain whose record applies (the policy domain of §7.1). */
  readonly policyDomain?: string;
  /** `_dmarc.<policyDomain>`. */
  readonly name?: string;
  readonly record?: DmarcRecord;
  /** TXT records that try to be DMARC but do not start with `v=DMARC1`, by name. */
  readonly ignored: { readonly name: string; readonly text: string }[];
  /** The lookups made, in order (the failed one last when `failed`). */
  readonly lookups: LookupResult[];
  /** The records found when `multiple`. */
  readonly candidates: string[];
}

export async function discoverDmarc(domain: string, lookups: Lookups): Promise<DmarcDiscovery> {
  const orgDomain = organizationalDomain(domain);
  const asked: LookupResult[] = [];
  const ignored: { name: string; text: string }[] = [];
  const at = async (d: string, pending?: Promise<LookupResult>): Promise<{ result: LookupResult; records: string[] }> => {
    const name = `_dmarc.${d}`;
    const result = await (pending ?? lookups.ask(name, 'TXT'));
    asked.push(result);
    const texts = txtTexts(result);
    for (const text of texts) if (looksLikeDmarc(text)) ignored.push({ name, text });
    return { result, records: texts.filter(isDmarcRecord) };
  };
  const base = { domain, orgDomain, ignored, lookups: asked };
  const isFailure = (r: LookupResult): boolean => r.outcome !== 'ok' && r.outcome !== 'nodata' && r.outcome !== 'nxdomain';

  // The organizational domain's record is asked at the same time (when it is another name): it is
  // needed whenever the domain has none, and asking in parallel keeps discovery one round trip deep.
  const orgPending = orgDomain !== domain ? lookups.ask(`_dmarc.${orgDomain}`, 'TXT') : undefined;
  orgPending?.catch(() => undefined); // awaited below when used; a cancellation must not go unhandled
  const own = await at(domain);
  if (isFailure(own.result)) return { ...base, status: 'failed', candidates: [] };
  if (own.records.length > 1)
    return { ...base, status: 'multiple', policyDomain: domain, name: `_dmarc.${domain}`, candidates: own.records };
  if (own.records.length === 1) {
    return {
      ...base,
      status: 'found',
      policyDomain: domain,
      name: `_dmarc.${domain}`,
      record: parseDmarcRecord(own.records[0] ?? ''),
      candidates: own.records,
    };
  }
  if (orgPending === undefined) return { ...base, status: 'missing', candidates: [] };

  const org = await at(orgDomain, orgPending);
  if (isFailure(org.result)) return { ...base, status: 'failed', candidates: [] };
  if (org.records.length > 1)
    return { ...base, status: 'multiple', policyDomain: orgDomain, name: `_dmarc.${orgDomain}`, candidates: org.records };
  if (org.records.length === 1) {
    return {
      ...base,
      status: 'inherited',
      policyDomain: orgDomain,
      name: `_dmarc.${orgDomain}`,
      record: parseDmarcRecord(org.records[0] ?? ''),
      candidates: org.records,
    };
  }
  return { ...base, status: 'missing', candidates: [] };
}

/**
 * The policy receivers apply to mail from the checked domain: `sp=` (else `p=`) when inherited
 * (§6.3), `p=`; with `p=` missing or invalid (or `sp=` invalid), `none` if a valid rua= exists,
 * else no policy (§6.6.3 step 6).
 */
export function effectivePolicy(d: DmarcDiscovery): DmarcRecord['p'] {
  const r = d.record;
  if (!r) return undefined;
  if (!r.p || r.invalid.some((i) => i.tag === 'sp')) return r.rua.some((u) => u.problem === undefined) ? 'none' : undefined;
  return d.status === 'inherited' ? (r.sp ?? r.p) : r.p;
}
