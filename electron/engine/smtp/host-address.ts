/**
 * The addresses of the server's host name. Through the injected resolver when there is one (its
 * answers become DNS evidence); otherwise through the operating system's lookup, as the
 * consultant's mail program would do it — and then the evidence says so, since that answer may
 * come from a hosts file or a VPN's resolver rather than public DNS.
 */
import { lookup as systemLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupOutcome, LookupResult, Resolver } from '../dns/types.ts';
import type { Evidence } from '../model/finding.ts';

export interface HostAddresses {
  readonly source: 'resolver' | 'system' | 'literal';
  /** `ok` when at least one address came back. */
  readonly outcome: LookupOutcome;
  /** IPv4 first, then IPv6, each in the order given. */
  readonly addresses: readonly { readonly ip: string; readonly family: 4 | 6 }[];
  readonly evidence: readonly Evidence[];
  readonly detail?: string;
}

/** Outcome precedence when A and AAAA disagree: a real failure says more than "no data". */
function combine(a: LookupOutcome, b: LookupOutcome): LookupOutcome {
  if (a === 'ok' || b === 'ok') return 'ok';
  if (a === 'nxdomain' && b === 'nxdomain') return 'nxdomain';
  const failures: LookupOutcome[] = ['timeout', 'servfail', 'refused', 'malformed', 'error'];
  for (const f of failures) if (a === f || b === f) return f;
  if (a === 'nxdomain' || b === 'nxdomain') return 'nxdomain';
  return 'nodata';
}

function systemOutcome(code: string | undefined): LookupOutcome {
  switch (code) {
    case 'ENOTFOUND':
      return 'nxdomain';
    case 'ENODATA':
      return 'nodata';
    case 'EAI_AGAIN':
    case 'ETIMEOUT':
      return 'timeout';
    case 'ESERVFAIL':
      return 'servfail';
    case 'EREFUSED':
      return 'refused';
    default:
      return 'error';
  }
}

export async function resolveHost(
  host: string,
  resolver: Resolver | undefined,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<HostAddresses> {
  const family = isIP(host);
  if (family === 4 || family === 6) {
    return { source: 'literal', outcome: 'ok', addresses: [{ ip: host, family }], evidence: [] };
  }
  if (resolver) {
    const opts = options.signal ? { signal: options.signal } : {};
    let a: LookupResult;
    let aaaa: LookupResult;
    try {
      [a, aaaa] = await Promise.all([resolver.lookup(host, 'A', opts), resolver.lookup(host, 'AAAA', opts)]);
    } catch (err) {
      // A resolver may reject when the probe is cancelled; anything else is its bug, not a finding.
      if (options.signal?.aborted) return { source: 'resolver', outcome: 'error', addresses: [], evidence: [], detail: 'cancelled' };
      throw err;
    }
    const addresses: { ip: string; family: 4 | 6 }[] = [];
    for (const r of [...a.records, ...aaaa.records]) {
      if (r.data.type === 'A') addresses.push({ ip: r.data.address, family: 4 });
      if (r.data.type === 'AAAA') addresses.push({ ip: r.data.address, family: 6 });
    }
    const outcome = addresses.length > 0 ? 'ok' : combine(a.outcome, aaaa.outcome);
    const detail = a.detail ?? aaaa.detail;
    return {
      source: 'resolver',
      outcome,
      addresses,
      evidence: [...a.evidence, ...aaaa.evidence],
      ...(detail !== undefined ? { detail } : {}),
    };
  }
  // getaddrinfo cannot be cancelled; the race bounds how long the probe waits for it.
  let timer: NodeJS.Timeout | undefined;
  try {
    const found = await Promise.race([
      systemLookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('lookup timed out'), { code: 'ETIMEOUT' })), options.timeoutMs);
        options.signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { code: 'ECANCELLED' })), {
          once: true,
        });
      }),
    ]);
    const addresses = [...found.filter((f) => f.family === 4), ...found.filter((f) => f.family === 6)].map((f) => ({
      ip: f.address,
      family: f.family as 4 | 6,
    }));
    const evidence: Evidence[] = [
      { kind: 'text', label: 'System resolver (getaddrinfo)', text: `${host} → ${addresses.map((x) => x.ip).join(', ') || '—'}` },
    ];
    return { source: 'system', outcome: addresses.length > 0 ? 'ok' : 'nodata', addresses, evidence };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      source: 'system',
      outcome: systemOutcome(code),
      addresses: [],
      evidence: [{ kind: 'text', label: 'System resolver (getaddrinfo)', text: `${host}: ${code ?? 'error'}` }],
      ...(code !== undefined ? { detail: code } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}
