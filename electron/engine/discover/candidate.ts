/**
 * Building candidates and findings the same way in every source.
 */
import { makeFinding, type Lang } from '../i18n/index.ts';
import type { Evidence, Finding, FindingParams } from '../model/finding.ts';
import type { Candidate, CandidateSource, Security } from './types.ts';

export interface CandidateSpec {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly auth: boolean;
  readonly source: CandidateSource;
  readonly evidence: readonly Evidence[];
  readonly confidence: number;
  readonly provider?: string;
  readonly note?: string;
}

/** Host names compare case-insensitively and without the root dot. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
}

export function makeCandidate(spec: CandidateSpec): Candidate {
  return {
    host: normalizeHost(spec.host),
    port: spec.port,
    security: spec.security,
    auth: spec.auth,
    source: spec.source,
    sources: [spec.source],
    evidence: spec.evidence,
    confidence: Math.round(Math.max(0, Math.min(1, spec.confidence)) * 1000) / 1000,
    ...(spec.provider !== undefined ? { provider: spec.provider } : {}),
    ...(spec.note !== undefined ? { note: spec.note } : {}),
  };
}

/** A `discover` finding; `check` names the source, e.g. `discover.thunderbird`. */
export function discoverFinding(
  lang: Lang,
  id: string,
  source: CandidateSource | 'discover' | 'probe',
  status: Finding['status'],
  params: FindingParams,
  evidence: readonly Evidence[] = [],
  whoMustAct: Finding['whoMustAct'] = 'nobody',
): Finding {
  return makeFinding(lang, {
    id,
    check: source === 'discover' ? 'discover' : `discover.${source}`,
    status,
    whoMustAct,
    params,
    evidence,
  });
}

/** A text excerpt as evidence, cut to a readable size. */
export function textEvidence(label: string, text: string, max = 4000): Evidence {
  return { kind: 'text', label, text: text.length > max ? `${text.slice(0, max)}…` : text };
}

/** The error code or message of a rejected I/O call, for findings. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof e.code === 'string') return e.code;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}
