/** Result shapes of the DNS list check (pure types, importable by the renderer). */
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import type { DnsList } from './catalog.ts';

export interface ListResult {
  readonly name: string;
  readonly zone: string;
  readonly kind: DnsList['kind'];
  readonly type: DnsList['type'];
  readonly listed: boolean;
  /** The answer addresses, e.g. `127.0.0.2`. */
  readonly codes: readonly string[];
  /** What the answer means, in the list's own terms. */
  readonly meaning: string;
  /** True when the list refused to answer this resolver. */
  readonly refused: boolean;
  /** Set when the lookup itself failed (timeout, SERVFAIL). */
  readonly error?: string;
  readonly delist: string;
}

export interface DnsblResult {
  /** The address or domain checked. */
  readonly target: string;
  readonly lists: readonly ListResult[];
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
}

