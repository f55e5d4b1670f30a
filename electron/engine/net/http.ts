/**
 * HTTPS GET for the checks that fetch policies (MTA-STS): host names are resolved through the
 * run's own resolver (so tests and replays never fall back to the machine's resolver, and the
 * report's DNS evidence is complete), a timeout, cancellation, a size cap, and no redirects
 * followed (RFC 8461 §3.3).
 */
import { request } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { HttpFetch } from '../checks/support/types.ts';
import type { Resolver } from '../dns/types.ts';

const MAX_BYTES = 64 * 1024;

/** A `lookup` for node:net/tls/https that asks the run's resolver instead of the OS. */
export function lookupVia(resolver: Resolver, signal?: AbortSignal): LookupFunction {
  return (hostname, options, callback) => {
    if (isIP(hostname)) {
      callback(null, hostname, isIP(hostname));
      return;
    }
    void (async () => {
      for (const type of ['A', 'AAAA'] as const) {
        const r = await resolver.lookup(hostname, type, signal ? { signal } : {});
        const rec = r.records.find((x) => x.data.type === type);
        if (rec && (rec.data.type === 'A' || rec.data.type === 'AAAA')) {
          const family = type === 'A' ? 4 : 6;
          if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: rec.data.address, family }]);
          else callback(null, rec.data.address, family);
          return;
        }
      }
      const error = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
      callback(error, '', 4);
    })().catch((error: unknown) => callback(error as NodeJS.ErrnoException, '', 4));
  };
}

export function createHttpGet(options: { resolver: Resolver; timeoutMs?: number }): HttpFetch {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return (url, req = {}) =>
    new Promise((resolve, reject) => {
      const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(req.signal ? [req.signal] : [])]);
      const r = request(url, { method: 'GET', signal, lookup: lookupVia(options.resolver, signal), headers: { 'user-agent': 'Mailpath' } }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BYTES) {
            res.destroy();
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      r.on('error', reject);
      r.end();
    });
}
