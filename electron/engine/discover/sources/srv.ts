/**
 * Source 3a: DNS SRV records for mail submission. RFC 6186 §3.1 defines `_submission._tcp` (port
 * 587 style: STARTTLS) and RFC 8314 §5.1 adds `_submissions._tcp` (implicit TLS). Records are
 * ordered by priority, lowest first, then weight, highest first (RFC 2782); a target of "." means
 * the service is decidedly not offered (RFC 2782, RFC 6186 §3.4).
 */
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import { discoverFinding, makeCandidate } from '../candidate.ts';
import { note } from '../texts.ts';
import type { Candidate, DiscoverDeps, Security, SourceResult } from '../types.ts';
import { lookupFailed } from './dns-util.ts';

const SERVICES: readonly { prefix: string; security: Security }[] = [
  { prefix: '_submissions._tcp', security: 'tls' },
  { prefix: '_submission._tcp', security: 'starttls' },
];

export async function fromSrv(domain: string | undefined, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  if (!domain)
    return { candidates: [], findings: [discoverFinding(lang, 'discover.skipped.no-email', 'srv', 'skipped', { source: 'SRV' })] };
  const opts = deps.signal ? { signal: deps.signal } : {};
  const results = await Promise.all(SERVICES.map((s) => deps.resolver.lookup(`${s.prefix}.${domain}`, 'SRV', opts)));
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const absent: DnsEvidence[] = [];
  results.forEach((r, i) => {
    const service = SERVICES[i];
    if (!service) return;
    if (lookupFailed(r)) {
      findings.push(
        discoverFinding(lang, 'discover.dns.failed', 'srv', 'skipped', { name: r.name, type: 'SRV', outcome: r.outcome }, r.evidence),
      );
      return;
    }
    const records = r.records
      .map((rr) => rr.data)
      .filter((d): d is Extract<typeof d, { type: 'SRV' }> => d.type === 'SRV')
      .sort((a, b) => a.priority - b.priority || b.weight - a.weight);
    if (records.length === 0) {
      absent.push(...r.evidence);
      return;
    }
    if (records.length === 1 && (records[0]?.target === '' || records[0]?.target === '.')) {
      findings.push(discoverFinding(lang, 'discover.srv.not-offered', 'srv', 'info', { name: r.name }, r.evidence));
      return;
    }
    records.forEach((rec, rank) => {
      if (rec.target === '' || rec.target === '.') return;
      candidates.push(
        makeCandidate({
          host: rec.target,
          port: rec.port,
          security: service.security,
          auth: true,
          source: 'srv',
          evidence: r.evidence,
          // Published by the domain for exactly this purpose; later priorities are fallbacks.
          confidence: 0.7 - rank * 0.05,
          note: note(lang, 'srv.record', { name: r.name, priority: rec.priority, weight: rec.weight }),
        }),
      );
    });
  });
  if (candidates.length === 0 && absent.length === SERVICES.length) {
    findings.push(discoverFinding(lang, 'discover.srv.none', 'srv', 'info', { domain }, absent));
  }
  return { candidates, findings };
}
