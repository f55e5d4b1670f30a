/**
 * The answer cache of one resolver (one per diagnosis run). Entries live as long as the TTL the
 * server gave: the smallest TTL of the records used for positive answers, and for negative answers
 * the SOA rule of RFC 2308 §5 (min of the SOA record's TTL and its MINIMUM field). Failures
 * (SERVFAIL, timeouts, …) are not cached: asking again may well succeed.
 */
import type { LookupResult, RRType } from './types.ts';

export interface AnswerCache {
  get(name: string, type: RRType): LookupResult | undefined;
  set(name: string, type: RRType, result: LookupResult, ttlSeconds: number): void;
  readonly size: number;
}

/** The cache key; names are already normalized by the caller. */
function key(name: string, type: RRType): string {
  return `${name}\u0000${type}`;
}

export function createAnswerCache(now: () => number, maxEntries = 10_000): AnswerCache {
  const entries = new Map<string, { result: LookupResult; expires: number }>();
  return {
    get size() {
      return entries.size;
    },
    get(name, type) {
      const k = key(name, type);
      const e = entries.get(k);
      if (!e) return undefined;
      if (now() >= e.expires) {
        entries.delete(k);
        return undefined;
      }
      return e.result;
    },
    set(name, type, result, ttlSeconds) {
      if (!(ttlSeconds > 0)) return;
      // A run asks a few thousand questions at most; the bound only guards against a runaway loop.
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key(name, type), { result, expires: now() + ttlSeconds * 1000 });
    },
  };
}
