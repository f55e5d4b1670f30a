/**
 * HTTPS GET for the checks that fetch policies (MTA-STS): a timeout, cancellation, a size cap, and
 * no redirects followed (RFC 8461 §3.3). Injected into checks so tests never reach the internet.
 */
import type { HttpFetch } from '../checks/support/types.ts';

const MAX_BYTES = 64 * 1024;

export function createHttpGet(options: { timeoutMs?: number } = {}): HttpFetch {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (url, request = {}) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(request.signal ? [request.signal] : [])];
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.any(signals), headers: { 'user-agent': 'Mailpath' } });
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_BYTES) {
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
    return { status: response.status, text: Buffer.concat(chunks).toString('utf8') };
  };
}
