/**
 * Finding the sender's outgoing (submission) server, issue 6. Every source runs (in parallel)
 * and reports candidates with evidence, or a `skipped` finding saying why it could not; the
 * candidates are folded and ranked, and the top ones probed for reachability from this network.
 *
 *   const { candidates, findings } = await findOutgoingServer(
 *     { email: 'anna@example.se', headers, clientConfig: 'auto', probe: true },
 *     nodeDiscoverDeps({ resolver, lang: 'sv', signal }),
 *   );
 */
import type { Finding } from '../model/finding.ts';
import { discoverFinding } from './candidate.ts';
import { conflictFindings, mergeCandidates } from './merge.ts';
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_PROBE_TOP, probeCandidates } from './probe.ts';
import { fromAppleMail } from './sources/apple-mail.ts';
import { fromAutoconfig } from './sources/autoconfig.ts';
import { fromAutodiscover } from './sources/autodiscover.ts';
import { domainOf } from './sources/dns-util.ts';
import { fromHeaders } from './sources/headers.ts';
import { fromOutlook } from './sources/outlook.ts';
import { fromProviders } from './sources/provider.ts';
import { fromSrv } from './sources/srv.ts';
import { fromThunderbird } from './sources/thunderbird.ts';
import { fromWindowsMail } from './sources/windows-mail.ts';
import type { Candidate, DiscoverDeps, DiscoverParams, DiscoverResult, SourceResult } from './types.ts';

export type * from './types.ts';
export { manualCandidate, portNote, defaultSecurity } from './ports.ts';
export { mergeCandidates } from './merge.ts';
export { probeServer, probeCandidates, nodeConnect, DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_PROBE_TOP } from './probe.ts';
export { PROVIDERS, type ProviderEntry, type ProviderServer } from './providers.ts';
export { nodeDiscoverDeps } from './node-deps.ts';

export async function findOutgoingServer(params: DiscoverParams, deps: DiscoverDeps): Promise<DiscoverResult> {
  const { lang } = deps;
  const email = params.email?.trim() || undefined;
  const domain = domainOf(email);
  const runs: Promise<SourceResult>[] = [
    Promise.resolve(fromHeaders(params.headers, deps)),
    fromThunderbird(params, deps),
    fromOutlook(params, deps),
    fromAppleMail(params, deps),
    fromWindowsMail(params, deps),
    fromSrv(domain, deps),
    ...(params.web === false
      ? [Promise.resolve({ candidates: [], findings: [discoverFinding(lang, 'discover.skipped.web', 'autoconfig', 'skipped', { domain: domain ?? '' })] })]
      : [fromAutoconfig(email, domain, deps), fromAutodiscover(email, domain, deps)]),
    fromProviders(domain, deps),
  ];
  const results = await Promise.all(runs);
  deps.signal?.throwIfAborted();
  const found: Candidate[] = results.flatMap((r) => r.candidates);
  let candidates = mergeCandidates(found);
  const findings: Finding[] = results.flatMap((r) => r.findings);
  findings.push(...conflictFindings(lang, candidates));

  if (params.probe && candidates.length > 0) {
    candidates = await probeCandidates(candidates, params.probeTop ?? DEFAULT_PROBE_TOP, {
      connect: deps.connect,
      ...(deps.signal ? { signal: deps.signal } : {}),
      timeoutMs: params.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    });
    const probed = candidates.filter((c) => c.reachable);
    if (probed.length > 0 && probed.every((c) => !c.reachable?.ok)) {
      findings.push(
        discoverFinding(
          lang,
          'discover.probe.none',
          'probe',
          'warning',
          {
            count: probed.length,
            results: probed.map((c) => `${c.host}:${c.port} ${c.reachable?.error ?? ''}`).join('; '),
          },
          [],
          'sender-it',
        ),
      );
    }
  }

  const best = candidates[0];
  findings.unshift(
    best
      ? discoverFinding(
          lang,
          'discover.found',
          'discover',
          'info',
          {
            count: candidates.length,
            host: best.host,
            port: best.port,
            security: best.security,
            sources: best.sources.join(', '),
          },
          best.evidence.slice(0, 3),
        )
      : discoverFinding(lang, 'discover.none', 'discover', 'warning', { email: email ?? '' }, [], 'sender-it'),
  );
  return { candidates, findings };
}
