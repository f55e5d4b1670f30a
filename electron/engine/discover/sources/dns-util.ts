import type { LookupResult } from '../../dns/types.ts';

/** A lookup that failed (as opposed to answering "no such record"). */
export function lookupFailed(r: LookupResult): boolean {
  return r.outcome !== 'ok' && r.outcome !== 'nodata' && r.outcome !== 'nxdomain';
}

/** The domain of an address (after the last @), lower case; undefined without one. */
export function domainOf(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  const domain = at >= 0 ? email.slice(at + 1) : '';
  const d = domain
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return d.includes('.') ? d : undefined;
}
