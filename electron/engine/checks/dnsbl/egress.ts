/**
 * The address this network sends from, found through DNS alone: OpenDNS answers
 * `myip.opendns.com A` with the asker's address, Google's name servers answer
 * `o-o.myaddr.l.google.com TXT` the same way. The servers are injected: the app passes the real
 * ones, tests pass loopback servers.
 */
import { isIP } from 'node:net';
import type { Resolver } from '../../dns/types.ts';
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';

export interface EgressMethod {
  readonly name: string;
  /** A resolver that asks the service's own servers. */
  readonly resolver: Resolver;
  readonly question: { readonly name: string; readonly type: 'A' | 'AAAA' | 'TXT' };
}

/** The services' documented server addresses, for the host to build resolvers from. */
export const EGRESS_SERVICES = [
  { name: 'OpenDNS', servers: ['208.67.222.222', '208.67.220.220'], question: { name: 'myip.opendns.com', type: 'A' as const } },
  { name: 'Google', servers: ['216.239.32.10', '216.239.34.10'], question: { name: 'o-o.myaddr.l.google.com', type: 'TXT' as const } },
];

export interface EgressResult {
  readonly ip?: string;
  readonly method?: string;
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
}

export async function discoverEgressIp(methods: readonly EgressMethod[], deps: { lang: Lang; signal?: AbortSignal }): Promise<EgressResult> {
  const evidence: DnsEvidence[] = [];
  for (const m of methods) {
    const r = await m.resolver.lookup(m.question.name, m.question.type, { signal: deps.signal });
    evidence.push(...r.evidence);
    const ip = r.records
      .map((rec) => (rec.data.type === 'A' || rec.data.type === 'AAAA' ? rec.data.address : rec.data.type === 'TXT' ? rec.data.text.replace(/^edns0-client-subnet\s+/, '') : ''))
      .find((v) => isIP(v) !== 0);
    if (ip) {
      const f = makeFinding(deps.lang, { id: 'reputation.egress.found', check: 'reputation', status: 'info', whoMustAct: 'nobody', params: { ip, method: m.name }, evidence: r.evidence });
      return { ip, method: m.name, findings: [f], evidence };
    }
  }
  const f = makeFinding(deps.lang, { id: 'reputation.egress.unknown', check: 'reputation', status: 'skipped', whoMustAct: 'nobody', evidence });
  return { findings: [f], evidence };
}
