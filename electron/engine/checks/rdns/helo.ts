/**
 * The HELO/EHLO name (RFC 5321 §4.1.1.1, §2.3.5): a fully qualified domain name that resolves
 * (ideally to the sending address), or an address literal in brackets. Bare words, unbracketed
 * addresses and internal names (`.local`, `localhost`) are what receivers reject or score down.
 */
import { lookupFailureFinding } from '../../dns/failure.ts';
import type { LookupResult } from '../../dns/types.ts';
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { Finding, FindingStatus } from '../../model/finding.ts';
import { dataOf, evidenceOf, type Lookups } from '../support/lookups.ts';
import { canonicalIp, ipLiteral, isHostName } from '../support/names.ts';
import { whoActs } from '../support/types.ts';

/** How the HELO name is written. */
export type HeloKind = 'fqdn' | 'address-literal' | 'ip-unbracketed' | 'bare' | 'private' | 'invalid';

export interface HeloResult {
  readonly name: string;
  readonly kind: HeloKind;
  /** Addresses of the name (A then AAAA), or the literal's address. */
  readonly addresses: string[];
  /** Whether the name (or literal) points at the sending IP; undefined when unknown. */
  readonly matchesIp?: boolean;
}

/** Suffixes of names that exist only inside a network (RFC 6762 `.local`, RFC 8375 `home.arpa`, habits). */
const PRIVATE_SUFFIXES = ['local', 'localdomain', 'lan', 'internal', 'intranet', 'corp', 'home', 'home.arpa', 'localhost', 'private'];

export function heloKind(name: string): HeloKind {
  const n = name.trim().toLowerCase().replace(/\.$/u, '');
  if (/^\[.*\]$/u.test(n)) return ipLiteral(n) !== undefined ? 'address-literal' : 'invalid';
  if (ipLiteral(n) !== undefined) return 'ip-unbracketed';
  if (n === 'localhost' || PRIVATE_SUFFIXES.some((s) => n.endsWith(`.${s}`))) return 'private';
  if (!isHostName(n)) return 'invalid';
  if (!n.includes('.')) return 'bare';
  return 'fqdn';
}

export async function checkHelo(
  helo: string,
  ip: string | undefined,
  ptr: Promise<{ readonly names: readonly string[]; readonly lookup?: LookupResult }>,
  lookups: Lookups,
  lang: Lang,
): Promise<{ helo: HeloResult; findings: Finding[] }> {
  const name = helo.trim().toLowerCase().replace(/\.$/u, '');
  const kind = heloKind(helo);
  const findings: Finding[] = [];
  const add = (
    id: string,
    status: FindingStatus,
    p: Record<string, string>,
    evidence: readonly (LookupResult | undefined)[] = [],
  ): void => {
    findings.push(
      makeFinding(lang, {
        id,
        check: 'helo',
        status,
        whoMustAct: whoActs(status, 'sender-it'),
        params: { helo: name, ip: ip ?? '', ...p },
        evidence: evidenceOf(...evidence),
        subject: name,
      }),
    );
  };
  const want = ip !== undefined ? canonicalIp(ip) : undefined;

  if (kind === 'address-literal') {
    const literal = ipLiteral(name) ?? '';
    const matchesIp = want === undefined ? undefined : canonicalIp(literal) === want;
    add('helo.address-literal', 'warning', {});
    if (matchesIp === false) add('helo.mismatch', 'warning', { addresses: literal });
    return { helo: { name, kind, addresses: [literal], ...(matchesIp !== undefined ? { matchesIp } : {}) }, findings };
  }
  if (kind !== 'fqdn') {
    const id = { 'ip-unbracketed': 'helo.ip-unbracketed', bare: 'helo.bare', private: 'helo.private-name', invalid: 'helo.invalid' }[kind];
    add(id, 'error', {});
    return { helo: { name, kind, addresses: [] }, findings };
  }

  const [a, aaaa] = await Promise.all([lookups.ask(name, 'A'), lookups.ask(name, 'AAAA')]);
  const addresses = [...dataOf(a, 'A'), ...dataOf(aaaa, 'AAAA')].map((d) => d.address);
  for (const r of [a, aaaa]) {
    const f = lookupFailureFinding(r, lang, 'helo', { status: 'warning', subject: name });
    if (f) findings.push(f);
  }
  const failed = findings.length > 0;
  let matchesIp: boolean | undefined;
  if (addresses.length === 0) {
    if (!failed) add('helo.unresolvable', 'warning', {}, [a, aaaa]);
  } else if (want !== undefined) {
    matchesIp = addresses.some((x) => canonicalIp(x) === want);
    if (matchesIp) add('helo.ok', 'ok', { addresses: addresses.join(', ') }, [a, aaaa]);
    else if (!failed) add('helo.mismatch', 'warning', { addresses: addresses.join(', ') }, [a, aaaa]);
  }
  const { names: ptrNames, lookup: ptrLookup } = await ptr;
  if (ptrNames.length > 0 && !ptrNames.includes(name)) add('helo.ptr-differs', 'info', { ptr: ptrNames.join(', ') }, [ptrLookup]);
  return { helo: { name, kind, addresses, ...(matchesIp !== undefined ? { matchesIp } : {}) }, findings };
}
