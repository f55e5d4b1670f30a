/**
 * Identifier alignment (RFC 7489 §3.1): the RFC5322.From domain against the SPF-authenticated
 * MAIL FROM domain and the DKIM `d=` domains. Strict: the same name; relaxed: the same
 * organizational domain.
 */
import { organizationalDomain } from '../support/names.ts';
import type { DmarcAlignmentMode } from './record.ts';

export interface AlignmentResult {
  /** The MAIL FROM domain or a DKIM d= domain compared with the From domain. */
  readonly domain: string;
  readonly mode: 'relaxed' | 'strict';
  readonly aligned: boolean;
  /** Only in strict mode: whether relaxed alignment would hold. */
  readonly relaxedWouldAlign?: boolean;
}

export function isAligned(fromDomain: string, other: string, mode: DmarcAlignmentMode): boolean {
  const a = fromDomain.toLowerCase();
  const b = other.toLowerCase();
  return mode === 's' ? a === b : organizationalDomain(a) === organizationalDomain(b);
}

export function alignment(fromDomain: string, other: string, mode: DmarcAlignmentMode): AlignmentResult {
  const aligned = isAligned(fromDomain, other, mode);
  return {
    domain: other.toLowerCase(),
    mode: mode === 's' ? 'strict' : 'relaxed',
    aligned,
    ...(mode === 's' ? { relaxedWouldAlign: isAligned(fromDomain, other, 'r') } : {}),
  };
}
