/**
 * A check's view of the resolver: every lookup goes through here so the check's `evidence` lists
 * each exchange once, in the order asked, and failed lookups become the shared `dns.*` findings
 * (a SERVFAIL is never reported as "no record").
 */
import { lookupFailureFinding, type LookupFailureOptions } from '../../dns/failure.ts';
import type { LookupResult, RecordData, RRType } from '../../dns/types.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import type { CheckDeps } from './types.ts';

export interface Lookups {
  /** Asks the resolver (with the check's signal) and remembers the evidence. */
  ask(name: string, type: RRType): Promise<LookupResult>;
  /** The `dns.*` finding for a failed lookup, undefined when it was answered. */
  failure(result: LookupResult, check: string, options?: LookupFailureOptions): Finding | undefined;
  /** Every exchange so far, deduplicated (a cached answer repeats its evidence). */
  evidence(): DnsEvidence[];
}

function evidenceKey(e: DnsEvidence): string {
  return `${e.server}\u0000${e.name}\u0000${e.type}\u0000${e.at}\u0000${e.rcode}`;
}

/** Evidence of several lookups, once each, in order. */
export function evidenceOf(...results: readonly (LookupResult | undefined)[]): DnsEvidence[] {
  return dedupe(results.flatMap((r) => (r ? r.evidence : [])));
}

export function dedupe(list: readonly DnsEvidence[]): DnsEvidence[] {
  const seen = new Set<string>();
  const out: DnsEvidence[] = [];
  for (const e of list) {
    const k = evidenceKey(e);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

export function createLookups(deps: CheckDeps): Lookups {
  const all: DnsEvidence[] = [];
  return {
    async ask(name, type) {
      const result = await deps.resolver.lookup(name, type, deps.signal ? { signal: deps.signal } : {});
      all.push(...result.evidence);
      return result;
    },
    failure(result, check, options) {
      return lookupFailureFinding(result, deps.lang, check, options);
    },
    evidence: () => dedupe(all),
  };
}

/** The TXT records of an answer, each with its strings joined (RFC 7208 §3.3, RFC 6376 §3.6.2.2). */
export function txtTexts(result: LookupResult): string[] {
  return result.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.text] : []));
}

/** The member of `RecordData` that carries type `T` (A and AAAA share one member, so `Extract` will not do). */
export type DataOf<T extends RecordData['type']> = RecordData extends infer R
  ? R extends { type: infer U }
    ? T extends U
      ? R
      : never
    : never
  : never;

/** The records of one type, typed. */
export function dataOf<T extends RecordData['type']>(result: LookupResult, type: T): DataOf<T>[] {
  return result.records.map((r) => r.data).filter((d): d is DataOf<T> => d.type === type);
}

/** Whether the name exists without that record, or not at all: an answer, not a failure. */
export function isAbsent(result: LookupResult): boolean {
  return result.outcome === 'nodata' || result.outcome === 'nxdomain';
}
