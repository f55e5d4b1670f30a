/**
 * Source 4: provider fingerprints. The sender domain's MX records and SPF record (first level:
 * its own `include:` and `redirect=` terms, RFC 7208 §5.2 and §6.1) are matched against
 * providers.ts; a match yields the provider's documented submission servers.
 */
import { isSpfRecord, parseRecord } from '../../checks/spf/index.ts';
import type { LookupResult } from '../../dns/types.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import { discoverFinding, makeCandidate } from '../candidate.ts';
import { defaultSecurity } from '../ports.ts';
import { providerByMx, providerBySpf, type ProviderEntry } from '../providers.ts';
import { joinNotes, note } from '../texts.ts';
import type { Candidate, DiscoverDeps, SourceResult } from '../types.ts';
import { lookupFailed } from './dns-util.ts';

interface Match {
  entry: ProviderEntry;
  region?: string;
  byMx: boolean;
  bySpf: boolean;
  evidence: DnsEvidence[];
}

function spfTargets(txt: LookupResult): string[] {
  const out: string[] = [];
  for (const r of txt.records) {
    if (r.data.type !== 'TXT' || !isSpfRecord(r.data.text)) continue;
    const parsed = parseRecord(r.data.text);
    if (!parsed.ok) continue;
    for (const term of parsed.record.terms) {
      if (term.kind === 'mechanism' && term.name === 'include') out.push(term.text.replace(/^[+\-~?]?include:/i, ''));
      if (term.kind === 'modifier' && term.name === 'redirect') out.push(term.value);
    }
  }
  return out.map((t) => t.toLowerCase().replace(/\.$/, ''));
}

export async function fromProviders(domain: string | undefined, deps: DiscoverDeps): Promise<SourceResult> {
  const { lang } = deps;
  if (!domain)
    return { candidates: [], findings: [discoverFinding(lang, 'discover.skipped.no-email', 'provider', 'skipped', { source: 'MX/SPF' })] };
  const opts = deps.signal ? { signal: deps.signal } : {};
  const [mx, txt] = await Promise.all([deps.resolver.lookup(domain, 'MX', opts), deps.resolver.lookup(domain, 'TXT', opts)]);
  const findings: Finding[] = [];
  for (const r of [mx, txt]) {
    if (lookupFailed(r))
      findings.push(
        discoverFinding(lang, 'discover.dns.failed', 'provider', 'skipped', { name: r.name, type: r.type, outcome: r.outcome }, r.evidence),
      );
  }

  const matches = new Map<string, Match>();
  const get = (entry: ProviderEntry): Match => {
    let m = matches.get(entry.id);
    if (!m) {
      m = { entry, byMx: false, bySpf: false, evidence: [] };
      matches.set(entry.id, m);
    }
    return m;
  };
  for (const r of mx.records) {
    if (r.data.type !== 'MX') continue;
    const hit = providerByMx(r.data.exchange);
    if (!hit) continue;
    const m = get(hit.entry);
    if (!m.byMx) m.evidence.push(...mx.evidence);
    m.byMx = true;
    if (hit.region) m.region = hit.region;
  }
  for (const target of spfTargets(txt)) {
    const entry = providerBySpf(target);
    if (!entry) continue;
    const m = get(entry);
    if (!m.bySpf) m.evidence.push(...txt.evidence);
    m.bySpf = true;
  }

  const candidates: Candidate[] = [];
  for (const m of matches.values()) {
    const { entry } = m;
    const servers = entry.servers(m.region);
    const via = [m.byMx ? 'MX' : '', m.bySpf ? 'SPF' : ''].filter(Boolean).join(' + ');
    if (servers.length === 0) {
      findings.push(
        discoverFinding(lang, 'discover.provider.region-unknown', 'provider', 'info', { provider: entry.name, domain, via }, m.evidence),
      );
      continue;
    }
    findings.push(
      discoverFinding(
        lang,
        'discover.provider.match',
        'provider',
        'info',
        {
          provider: entry.name,
          domain,
          via,
          servers: servers.map((s) => `${s.host}:${s.port}`).join(', '),
          sources: entry.sources.join(' '),
        },
        m.evidence,
      ),
    );
    // MX and SPF agreeing is stronger than either; a sending service's SPF include says little
    // about people's mail programs.
    const base = entry.kind === 'esp' ? 0.3 : m.byMx && m.bySpf ? 0.6 : m.byMx ? 0.5 : 0.4;
    const why =
      entry.kind === 'esp'
        ? note(lang, 'provider.esp', { provider: entry.name })
        : note(lang, m.byMx ? 'provider.mx' : 'provider.spf', { provider: entry.name });
    servers.forEach((s, i) => {
      candidates.push(
        makeCandidate({
          host: s.host,
          port: s.port,
          security: s.security ?? defaultSecurity(s.port),
          auth: true,
          source: 'provider',
          evidence: [...m.evidence, { kind: 'text', label: 'documentation', text: entry.sources.join('\n') }],
          confidence: base - i * 0.05,
          provider: entry.name,
          note: joinNotes(why, entry.noteKey ? note(lang, entry.noteKey) : undefined),
        }),
      );
    });
  }
  if (matches.size === 0 && !lookupFailed(mx)) {
    findings.push(discoverFinding(lang, 'discover.provider.none', 'provider', 'info', { domain }, [...mx.evidence, ...txt.evidence]));
  }
  return { candidates, findings };
}
