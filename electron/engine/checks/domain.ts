/**
 * `check-domain`: every DNS check for one domain, run in parallel (the resolver bounds what is in
 * flight), each timed and reported as it starts and ends. A sender domain gets MX (can it receive
 * bounces?), SPF (evaluated for each sending IP, or linted), DKIM, DMARC, MTA-STS/TLS-RPT, DANE,
 * DNSSEC, BIMI and the domain blocklists, plus reverse DNS/HELO and IP blocklists for each sending
 * IP. A recipient domain gets MX (with the provider's pattern), MTA-STS, DANE and DNSSEC.
 */
import type { ProgressEvent } from '../contract/result.ts';
import type { Lang } from '../i18n/index.ts';
import type { DnsEvidence, Finding } from '../model/finding.ts';
import type { StepRecord } from '../model/report.ts';
import { checkBimi } from './bimi.ts';
import { checkDane } from './dane.ts';
import { checkDkim } from './dkim.ts';
import { checkDmarc } from './dmarc.ts';
import { checkDnsLists } from './dnsbl/dnsbl.ts';
import { checkDnssec } from './dnssec.ts';
import { checkMtaSts } from './mtasts.ts';
import { checkMx } from './mx.ts';
import { checkReverseDns } from './rdns.ts';
import { evaluateSpf, lintSpf } from './spf/index.ts';
import type { DomainRole, HttpFetch } from './support/types.ts';
import type { Resolver } from '../dns/types.ts';

export interface DomainCheckParams {
  readonly domain: string;
  readonly role: DomainRole;
  /** Sending IPs to evaluate SPF for and to check reverse DNS and blocklists of. */
  readonly ips?: readonly string[];
  readonly helo?: string;
  readonly dkimSelectors?: readonly string[];
  readonly dkimSignature?: string;
  /** The From address, for DMARC alignment. */
  readonly from?: string;
  /** MAIL FROM, for SPF and alignment (default the From address, else postmaster@domain). */
  readonly mailFrom?: string;
  readonly mxPattern?: string;
}

export interface DomainCheckDeps {
  readonly resolver: Resolver;
  readonly lang: Lang;
  readonly fetch: HttpFetch;
  readonly signal?: AbortSignal;
  readonly progress?: (event: ProgressEvent) => void;
  readonly now?: () => Date;
}

export interface DomainCheckResult {
  readonly domain: string;
  readonly role: DomainRole;
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
  readonly steps: readonly StepRecord[];
}

interface Part {
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
}

export async function checkDomain(params: DomainCheckParams, deps: DomainCheckDeps): Promise<DomainCheckResult> {
  const domain = params.domain.trim().toLowerCase().replace(/\.$/, '');
  const now = deps.now ?? (() => new Date());
  const base = { resolver: deps.resolver, lang: deps.lang, ...(deps.signal ? { signal: deps.signal } : {}) };
  const steps: StepRecord[] = [];
  const run = async (name: string, work: () => Promise<Part>): Promise<Part> => {
    const startedAt = now();
    deps.progress?.({ step: name, state: 'started', message: `${name} ${domain}` });
    try {
      const part = await work();
      steps.push({ name, status: 'done', startedAt: startedAt.toISOString(), ms: now().getTime() - startedAt.getTime() });
      deps.progress?.({ step: name, state: 'done' });
      return part;
    } catch (error) {
      // Cancellation ends the whole check; anything else is a bug and must surface.
      steps.push({ name, status: deps.signal?.aborted ? 'cancelled' : 'failed', startedAt: startedAt.toISOString(), ms: now().getTime() - startedAt.getTime() });
      deps.progress?.({ step: name, state: 'failed' });
      throw error;
    }
  };
  const ips = [...new Set((params.ips ?? []).map((ip) => ip.trim()).filter(Boolean))];
  const sender = params.role === 'sender';
  const mailFrom = params.mailFrom?.trim() || params.from?.trim() || `postmaster@${domain}`;
  const parts: Promise<Part>[] = [run('mx', () => checkMx({ domain, role: params.role, ...(params.mxPattern ? { mxPattern: params.mxPattern } : {}) }, base))];
  if (sender) {
    parts.push(
      run('spf', async () => {
        if (ips.length === 0) return lintSpf(domain, base);
        const results = await Promise.all(ips.map((ip) => evaluateSpf({ ip, sender: mailFrom, helo: params.helo ?? domain, domain }, base)));
        return { findings: results.flatMap((r) => r.findings), evidence: results.flatMap((r) => r.evidence) };
      }),
      run('dkim', () => checkDkim({ domain, ...(params.dkimSelectors?.length ? { selectors: params.dkimSelectors } : {}), ...(params.dkimSignature ? { signatureHeader: params.dkimSignature } : {}) }, base)),
      run('dmarc', () => checkDmarc({ domain, ...(params.from ? { from: params.from } : {}), mailFrom }, base)),
      run('bimi', () => checkBimi({ domain, role: params.role }, base)),
      run('dnsbl', () => checkDnsLists(domain, base)),
      ...ips.map((ip) => run('rdns', () => checkReverseDns({ ip, ...(params.helo ? { helo: params.helo } : {}) }, base))),
      ...ips.map((ip) => run('dnsbl', () => checkDnsLists(ip, base))),
    );
  }
  parts.push(
    run('mta-sts', () => checkMtaSts({ domain, role: params.role }, { ...base, fetch: deps.fetch })),
    run('dane', () => checkDane({ domain, role: params.role }, base)),
    run('dnssec', () => checkDnssec({ domain, role: params.role }, base)),
  );
  const done = await Promise.all(parts);
  // Evidence can repeat across checks (one cache per run): keep each exchange once.
  const seen = new Set<string>();
  const evidence = done.flatMap((p) => p.evidence).filter((e) => {
    const key = `${e.server}|${e.name}|${e.type}|${e.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { domain, role: params.role, findings: done.flatMap((p) => p.findings), evidence, steps };
}
