/**
 * Authoritative mode: "did my DNS change reach the world?". For each name, the zone's NS records
 * are found through the base resolver, their addresses resolved, and the question is put to those
 * servers directly with RD=0, bypassing every recursive cache on the way (RFC 1034 §4.3.1).
 */
import type { DnsEvidence } from '../model/finding.ts';
import { createAnswerCache } from './cache.ts';
import { chase } from './chase.ts';
import type { AskContext, Step } from './query.ts';
import { askServers } from './query.ts';
import type { Recorder } from './recording.ts';
import { DEFAULT_CONCURRENCY, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS } from './resolver.ts';
import { createSemaphore } from './semaphore.ts';
import type { DnsServer } from './transport.ts';
import { serverLabel } from './transport.ts';
import type { LookupOptions, LookupOutcome, LookupResult, Resolver, RRType } from './types.ts';
import { invalidName, normalizeName } from './wire.ts';

export interface AuthoritativeOptions {
  /** Port the authoritative servers are asked on (default 53; tests use a loopback high port). */
  readonly port?: number;
  /** Which addresses of the name servers to use (default both, IPv4 first). */
  readonly family?: 'ipv4' | 'ipv6' | 'both';
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly concurrency?: number;
  readonly cache?: boolean;
  readonly recorder?: Recorder;
  readonly clock?: () => number;
}

/** A zone and the servers that answer for it. */
export interface ZoneServers {
  /** `ok` when found; otherwise why the zone's servers could not be found. */
  readonly outcome: LookupOutcome;
  readonly zone?: string;
  /** NS targets, in the order the base resolver gave them. */
  readonly nameservers: readonly string[];
  readonly servers: readonly DnsServer[];
  readonly detail?: string;
  /** The NS and address lookups that found them. */
  readonly evidence: readonly DnsEvidence[];
}

export interface AuthoritativeResolver extends Resolver {
  /** The closest enclosing zone of `name` and its servers' addresses. */
  findZone(name: string, options?: LookupOptions): Promise<ZoneServers>;
  /** Asks every authoritative server of the zone separately, to compare their answers. */
  lookupEach(
    name: string,
    type: RRType,
    options?: LookupOptions,
  ): Promise<{ zone: ZoneServers; results: { server: string; result: LookupResult }[] }>;
}

function parents(name: string): string[] {
  const labels = name.split('.');
  // The root zone is never the answer here: a name's zone is at least a TLD.
  return labels.map((_, i) => labels.slice(i).join('.'));
}

export function createAuthoritativeResolver(base: Resolver, options: AuthoritativeOptions = {}): AuthoritativeResolver {
  const now = options.clock ?? Date.now;
  const port = options.port ?? 53;
  const family = options.family ?? 'both';
  const semaphore = createSemaphore(options.concurrency ?? DEFAULT_CONCURRENCY);
  const cache = options.cache === false ? undefined : createAnswerCache(now);
  const zones = new Map<string, Promise<ZoneServers>>();

  const context = (servers: readonly DnsServer[]): AskContext => ({
    servers,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    recursionDesired: false,
    semaphore,
    now,
  });

  async function discover(name: string, signal: AbortSignal | undefined): Promise<ZoneServers> {
    const evidence: DnsEvidence[] = [];
    const opts = signal ? { signal } : {};
    for (const candidate of parents(name)) {
      const ns = await base.lookup(candidate, 'NS', opts);
      evidence.push(...ns.evidence);
      if (ns.outcome === 'nodata' || ns.outcome === 'nxdomain' || (ns.outcome === 'ok' && ns.cnames.length > 0)) continue;
      if (ns.outcome !== 'ok') {
        return { outcome: ns.outcome, nameservers: [], servers: [], evidence, detail: `NS of ${candidate}: ${ns.detail ?? ns.outcome}` };
      }
      const nameservers = ns.records.flatMap((r) => (r.data.type === 'NS' ? [r.data.target] : []));
      const types: RRType[] = family === 'ipv4' ? ['A'] : family === 'ipv6' ? ['AAAA'] : ['A', 'AAAA'];
      const lookups = await Promise.all(types.flatMap((t) => nameservers.map((h) => base.lookup(h, t, opts))));
      const servers: DnsServer[] = [];
      for (const r of lookups) {
        evidence.push(...r.evidence);
        for (const rec of r.records) {
          if (
            (rec.data.type === 'A' || rec.data.type === 'AAAA') &&
            !servers.some((s) => s.host === (rec.data as { address: string }).address)
          ) {
            servers.push({ host: rec.data.address, port });
          }
        }
      }
      if (servers.length === 0) {
        return {
          outcome: 'error',
          zone: candidate,
          nameservers,
          servers,
          evidence,
          detail: `no address found for the name servers of ${candidate} (${nameservers.join(', ')})`,
        };
      }
      return { outcome: 'ok', zone: candidate, nameservers, servers, evidence };
    }
    return { outcome: 'error', nameservers: [], servers: [], evidence, detail: `no zone with NS records encloses ${name}` };
  }

  /** Zone discovery, shared by all lookups; the first caller's evidence carries the proof. */
  async function zoneFor(name: string, signal: AbortSignal | undefined): Promise<{ zone: ZoneServers; fresh: boolean }> {
    const known = zones.get(name);
    if (known) return { zone: await known, fresh: false };
    const p = discover(name, signal);
    zones.set(name, p);
    try {
      const zone = await p;
      // Failed discoveries are asked again next time; a timeout may pass.
      if (zone.outcome !== 'ok') zones.delete(name);
      return { zone, fresh: true };
    } catch (e) {
      zones.delete(name);
      throw e;
    }
  }

  async function step(name: string, type: RRType, signal: AbortSignal | undefined, only?: DnsServer): Promise<Step> {
    const { zone, fresh } = await zoneFor(name, signal);
    const found = fresh ? zone.evidence : [];
    if (zone.outcome !== 'ok')
      return { outcome: zone.outcome, evidence: found, ...(zone.detail !== undefined ? { detail: zone.detail } : {}) };
    const asked = await askServers(context(only ? [only] : zone.servers), name, type, signal);
    return { ...asked, evidence: [...found, ...asked.evidence] };
  }

  function invalid(name: string, type: RRType, why: string): LookupResult {
    return { name, type, outcome: 'error', records: [], cnames: [], ad: false, detail: `invalid domain name: ${why}`, evidence: [] };
  }

  return {
    findZone(rawName, lookupOptions) {
      return zoneFor(normalizeName(rawName), lookupOptions?.signal).then((z) => z.zone);
    },
    async lookup(rawName, type, lookupOptions) {
      const signal = lookupOptions?.signal;
      if (signal?.aborted) throw signal.reason;
      const name = normalizeName(rawName);
      const bad = invalidName(name);
      if (bad !== undefined) return invalid(name, type, bad);
      const cached = cache?.get(name, type);
      if (cached) return cached;
      const { result, ttl } = await chase((n) => step(n, type, signal), name, type);
      cache?.set(name, type, result, ttl);
      options.recorder?.add(result);
      return result;
    },
    async lookupEach(rawName, type, lookupOptions) {
      const signal = lookupOptions?.signal;
      const name = normalizeName(rawName);
      const { zone } = await zoneFor(name, signal);
      const results = await Promise.all(
        zone.servers.map(async (server) => {
          // The first question goes to this one server; CNAME targets elsewhere go the usual way.
          const { result } = await chase((n) => (n === name ? step(n, type, signal, server) : step(n, type, signal)), name, type);
          return { server: serverLabel(server), result };
        }),
      );
      return { zone, results };
    },
  };
}
