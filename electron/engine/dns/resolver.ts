/**
 * Mailpath's stub resolver on dns-packet: the `Resolver` every DNS-using check is given.
 *
 * One instance per diagnosis run: it owns the run's cache (TTL-bound), the concurrency bound
 * (default 32 exchanges in flight) and, when asked, the recorder that makes the run replayable.
 * Identical questions asked at the same time share one exchange. Cancellation through the
 * AbortSignal rejects with the signal's reason (an `AbortError`): being cancelled is not a DNS
 * outcome, so it is not reported as one.
 */
import type { AnswerCache } from './cache.ts';
import { createAnswerCache } from './cache.ts';
import { chase } from './chase.ts';
import type { AskContext, Step } from './query.ts';
import { askServers } from './query.ts';
import type { Recorder } from './recording.ts';
import type { Semaphore } from './semaphore.ts';
import { createSemaphore } from './semaphore.ts';
import type { DnsServer } from './transport.ts';
import type { LookupOptions, LookupResult, Resolver, RRType } from './types.ts';
import { invalidName, normalizeName } from './wire.ts';

export const DEFAULT_TIMEOUT_MS = 2000;
export const DEFAULT_CONCURRENCY = 32;
export const DEFAULT_RETRIES = 1;

export interface ResolverOptions {
  /** Servers asked in order; the next is tried when one fails. IPv4 or IPv6 addresses. */
  readonly servers: readonly DnsServer[];
  /** Per-exchange timeout in ms (default 2000). */
  readonly timeoutMs?: number;
  /** Extra rounds over servers that timed out, SERVFAILed or errored (default 1). */
  readonly retries?: number;
  /** Exchanges in flight at once (default 32). Ignored when `semaphore` is given. */
  readonly concurrency?: number;
  /** A bound shared with other resolvers (the authoritative mode shares its base's). */
  readonly semaphore?: Semaphore;
  /** Cache answers for their TTL (default true). */
  readonly cache?: boolean;
  /** Receives every completed lookup that went to the network (see recording.ts). */
  readonly recorder?: Recorder;
  /** Milliseconds since the epoch; injectable for tests (default `Date.now`). */
  readonly clock?: () => number;
  /** Set RD in queries (default true); false when asking authoritative servers directly. */
  readonly recursionDesired?: boolean;
}

/** The resolver a run creates; a `Resolver` plus what the report's environment section shows. */
export interface DnsResolver extends Resolver {
  readonly servers: readonly DnsServer[];
  /** Lookups answered from the cache, and exchanges sent, so far. */
  stats(): { readonly cacheHits: number; readonly lookups: number; readonly exchanges: number };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

interface InFlight {
  readonly promise: Promise<LookupResult>;
  readonly controller: AbortController;
  waiters: number;
}

export function createResolver(options: ResolverOptions): DnsResolver {
  const now = options.clock ?? Date.now;
  const cache: AnswerCache | undefined = options.cache === false ? undefined : createAnswerCache(now);
  const inflight = new Map<string, InFlight>();
  let cacheHits = 0;
  let lookups = 0;
  let exchanges = 0;
  const ctx: AskContext = {
    servers: [...options.servers],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    recursionDesired: options.recursionDesired ?? true,
    semaphore: options.semaphore ?? createSemaphore(options.concurrency ?? DEFAULT_CONCURRENCY),
    now,
  };

  async function run(name: string, type: RRType, signal: AbortSignal): Promise<LookupResult> {
    const ask = async (n: string): Promise<Step> => {
      const step = await askServers(ctx, n, type, signal);
      exchanges += step.evidence.length;
      return step;
    };
    const { result, ttl } = await chase(ask, name, type);
    cache?.set(name, type, result, ttl);
    options.recorder?.add(result);
    return result;
  }

  function forget(key: string, entry: InFlight): void {
    if (inflight.get(key) === entry) inflight.delete(key);
  }

  function wait(key: string, entry: InFlight, signal: AbortSignal | undefined): Promise<LookupResult> {
    entry.waiters += 1;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        entry.waiters -= 1;
        // The shared exchange stops only when nobody is waiting for it any more.
        if (entry.waiters === 0) {
          forget(key, entry);
          entry.controller.abort(abortReason(signal));
        }
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (r) => {
          signal.removeEventListener('abort', onAbort);
          resolve(r);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  return {
    servers: ctx.servers,
    stats: () => ({ cacheHits, lookups, exchanges }),
    async lookup(rawName: string, type: RRType, lookupOptions?: LookupOptions): Promise<LookupResult> {
      const signal = lookupOptions?.signal;
      if (signal?.aborted) throw abortReason(signal);
      lookups += 1;
      const name = normalizeName(rawName);
      const bad = invalidName(name);
      if (bad !== undefined) {
        return { name, type, outcome: 'error', records: [], cnames: [], ad: false, detail: `invalid domain name: ${bad}`, evidence: [] };
      }
      const cached = cache?.get(name, type);
      if (cached) {
        cacheHits += 1;
        return cached;
      }
      const key = `${name}\u0000${type}`;
      let entry = inflight.get(key);
      if (!entry) {
        const controller = new AbortController();
        const promise = run(name, type, controller.signal);
        const created: InFlight = { promise, controller, waiters: 0 };
        entry = created;
        inflight.set(key, created);
        // Settled either way, the entry leaves the map; a rejection nobody waits for is not unhandled.
        promise.then(
          () => forget(key, created),
          () => forget(key, created),
        );
      }
      return wait(key, entry, signal);
    },
  };
}
