/**
 * Where mail for a domain goes (RFC 5321 §5.1): the MX records ordered by preference, each host's
 * addresses, or — without MX records — the domain's own A/AAAA as an implicit MX of preference 0.
 * A null MX (RFC 7505: one `0 .` record) means the domain accepts no mail. The SMTP probe, MTA-STS
 * and DANE use this resolution; `checkMx` turns it into findings.
 */
import type { LookupResult } from '../../dns/types.ts';
import type { DnsEvidence } from '../../model/finding.ts';
import { createLookups, dataOf, type Lookups } from '../support/lookups.ts';
import { ipLiteral } from '../support/names.ts';
import type { CheckDeps } from '../support/types.ts';

/**
 * - `mx`: MX records name the hosts; `implicit`: no MX, the domain's addresses serve (§5.1);
 * - `null`: a null MX (RFC 7505); `none`: neither MX nor address; `nxdomain`: no such domain;
 * - `unknown`: a lookup failed, so where mail goes cannot be told.
 */
export type MxKind = 'mx' | 'implicit' | 'null' | 'none' | 'nxdomain' | 'unknown';

/**
 * How a host's addresses were found: `ok` (at least one), `no-address` (the name exists without
 * A/AAAA), `nxdomain`, `ip-literal` (an address written as a name: not looked up), `failed` (the
 * lookups failed; whether it resolves is unknown).
 */
export type MxHostStatus = 'ok' | 'no-address' | 'nxdomain' | 'ip-literal' | 'failed';

export interface MxHost {
  readonly preference: number;
  /** Exchange name, lower-case without the trailing dot; for an implicit MX, the domain. */
  readonly host: string;
  /** IPv4 then IPv6 addresses. */
  readonly addresses: string[];
  readonly status: MxHostStatus;
  /** The CNAME chain when the exchange is an alias (RFC 2181 §10.3 forbids it). */
  readonly cnames: string[];
}

export interface MxResolution {
  readonly domain: string;
  readonly kind: MxKind;
  /** Hosts in the order a sender tries them (preference, then as served); the null MX `.` excluded. */
  readonly hosts: MxHost[];
  /** A null MX was published alongside other MX records (RFC 7505 §3 forbids it). */
  readonly nullMixed: boolean;
  readonly evidence: DnsEvidence[];
}

/** The lookups behind a resolution, for the findings that cite them. */
export interface MxLookups {
  readonly mx: LookupResult;
  /** A and AAAA of each host (or of the domain for an implicit MX), by host name. */
  readonly addresses: ReadonlyMap<string, { readonly a?: LookupResult; readonly aaaa?: LookupResult }>;
}

async function addressesOf(lookups: Lookups, host: string): Promise<{ a: LookupResult; aaaa: LookupResult }> {
  const [a, aaaa] = await Promise.all([lookups.ask(host, 'A'), lookups.ask(host, 'AAAA')]);
  return { a, aaaa };
}

function hostFrom(preference: number, host: string, a: LookupResult, aaaa: LookupResult): MxHost {
  const addresses = [...dataOf(a, 'A'), ...dataOf(aaaa, 'AAAA')].map((d) => d.address);
  const cnames = a.cnames.length > 0 ? [...a.cnames] : [...aaaa.cnames];
  let status: MxHostStatus;
  if (addresses.length > 0) status = 'ok';
  // NXDOMAIN for either type proves the name is missing, whatever the other lookup did.
  else if (a.outcome === 'nxdomain' || aaaa.outcome === 'nxdomain') status = 'nxdomain';
  else if (a.outcome === 'nodata' && aaaa.outcome === 'nodata') status = 'no-address';
  else status = 'failed';
  return { preference, host, addresses, status, cnames };
}

/** Resolution with the underlying lookups (for `checkMx`). */
export async function resolveMxWith(
  domain: string,
  lookups: Lookups,
): Promise<{ resolution: Omit<MxResolution, 'evidence'>; lookups: MxLookups }> {
  const mx = await lookups.ask(domain, 'MX');
  const addresses = new Map<string, { a?: LookupResult; aaaa?: LookupResult }>();
  const result = (kind: MxKind, hosts: MxHost[] = [], nullMixed = false) => ({
    resolution: { domain, kind, hosts, nullMixed },
    lookups: { mx, addresses },
  });

  if (mx.outcome === 'nxdomain') return result('nxdomain');
  if (mx.outcome === 'nodata') {
    // RFC 5321 §5.1: no MX → the domain itself is the implicit MX, with preference 0.
    const { a, aaaa } = await addressesOf(lookups, domain);
    addresses.set(domain, { a, aaaa });
    const host = hostFrom(0, domain, a, aaaa);
    if (host.status === 'ok') return result('implicit', [host]);
    if (host.status === 'failed') return result('unknown');
    return result(host.status === 'nxdomain' ? 'nxdomain' : 'none');
  }
  if (mx.outcome !== 'ok') return result('unknown');

  const records = dataOf(mx, 'MX')
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.preference - y.d.preference || x.i - y.i)
    .map((x) => x.d);
  const isNull = (exchange: string): boolean => exchange === '.' || exchange === '';
  const nulls = records.filter((r) => isNull(r.exchange));
  const real = records.filter((r) => !isNull(r.exchange));
  if (nulls.length > 0 && real.length === 0) return result('null');

  const hosts = await Promise.all(
    real.map(async (r): Promise<MxHost> => {
      if (ipLiteral(r.exchange) !== undefined)
        return { preference: r.preference, host: r.exchange, addresses: [], status: 'ip-literal', cnames: [] };
      const { a, aaaa } = await addressesOf(lookups, r.exchange);
      addresses.set(r.exchange, { a, aaaa });
      return hostFrom(r.preference, r.exchange, a, aaaa);
    }),
  );
  return result('mx', hosts, nulls.length > 0);
}

/**
 * The ordered MX hosts of `domain` with their addresses, for the SMTP probe (and MTA-STS, DANE).
 * Lookup failures show as `kind: 'unknown'` or a host's `status: 'failed'`, never as "no record".
 */
export async function resolveMxHosts(domain: string, deps: CheckDeps): Promise<MxResolution> {
  const lookups = createLookups(deps);
  const { resolution } = await resolveMxWith(domain, lookups);
  return { ...resolution, evidence: lookups.evidence() };
}

/**
 * Only the MX host names, in order, without resolving their addresses: what MTA-STS and DANE need,
 * one round trip instead of two. Without MX records the domain itself is the (implicit) host; a
 * null MX or a missing domain gives none; `failed` when the MX lookup failed.
 */
export async function mxNames(domain: string, lookups: Lookups): Promise<{ mx: LookupResult; hosts: string[]; failed: boolean }> {
  const mx = await lookups.ask(domain, 'MX');
  if (mx.outcome === 'nodata') return { mx, hosts: [domain], failed: false };
  if (mx.outcome !== 'ok') return { mx, hosts: [], failed: mx.outcome !== 'nxdomain' };
  const names = dataOf(mx, 'MX')
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.preference - y.d.preference || x.i - y.i)
    .map((x) => x.d.exchange)
    .filter((e) => e !== '.' && e !== '' && ipLiteral(e) === undefined);
  return { mx, hosts: [...new Set(names)], failed: false };
}
