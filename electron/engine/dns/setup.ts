/**
 * Builds the resolver an operation uses from its DNS options: the system's servers, a custom
 * list, the domains' authoritative servers, or a recorded run replayed offline — with a recorder
 * when the caller wants the run saved. One resolver (and so one cache) per operation run.
 */
import type { DnsOptions } from '../contract/dns-options.ts';
import { OpError } from '../contract/result.ts';
import { makeFinding, type Lang } from '../i18n/index.ts';
import type { Finding } from '../model/finding.ts';
import { createAuthoritativeResolver } from './authoritative.ts';
import { createRecorder, createReplayResolver, parseRecording, type DnsRecording } from './recording.ts';
import { createResolver } from './resolver.ts';
import { parseServerSpecs, systemServers } from './servers.ts';
import { serverLabel, type DnsServer } from './transport.ts';
import type { Resolver } from './types.ts';

export interface DnsSetup {
  readonly resolver: Resolver;
  /** Which servers are asked, for the report (`192.0.2.53:53`, `system: …`, `replay`). */
  readonly label: string;
  /** Problems with the setup itself (no servers found), as findings. */
  readonly findings: readonly Finding[];
  /** The recording so far, when `record` was asked for. */
  recording(): DnsRecording | undefined;
}

export async function setupDns(options: DnsOptions, lang: Lang, system: () => Promise<{ servers: readonly DnsServer[]; source: string; problem?: string }> = systemServers): Promise<DnsSetup> {
  if (options.replay !== undefined) {
    const parsed = parseRecording(options.replay);
    if (!parsed.ok) throw new OpError('invalid-input', `The DNS recording cannot be replayed: ${parsed.error}`, 'dns.replay');
    return { resolver: createReplayResolver(parsed.recording), label: 'replay', findings: [], recording: () => undefined };
  }
  let servers: readonly DnsServer[];
  let label: string;
  const findings: Finding[] = [];
  if (options.servers.length > 0) {
    const parsed = parseServerSpecs(options.servers);
    if (!parsed.ok) throw new OpError('invalid-input', parsed.error, 'dns.servers');
    servers = parsed.servers;
    label = servers.map(serverLabel).join(', ');
  } else {
    const found = await system();
    servers = found.servers;
    label = `system (${found.source}): ${servers.map(serverLabel).join(', ') || 'none'}`;
    if (servers.length === 0) {
      findings.push(
        makeFinding(lang, { id: 'dns.no-servers', check: 'dns', status: 'error', whoMustAct: 'sender-it', params: { source: found.source, problem: found.problem ?? 'no servers configured' } }),
      );
    }
  }
  const recorder = options.record ? createRecorder({ servers: servers.map(serverLabel) }) : undefined;
  const base = createResolver({ servers, timeoutMs: options.timeoutMs, ...(recorder ? { recorder } : {}) });
  const resolver = options.authoritative
    ? createAuthoritativeResolver(base, { timeoutMs: options.timeoutMs, ...(recorder ? { recorder } : {}) })
    : base;
  return { resolver, label: options.authoritative ? `authoritative (via ${label})` : label, findings, recording: () => recorder?.recording() };
}
