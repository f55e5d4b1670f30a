/** Shared bits of the SMTP engine tests (not a test file itself). */
import assert from 'node:assert/strict';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';

/** A resolver where each given name has the A record 127.0.0.1. */
export function loopbackZone(...names: string[]): ZoneResolver {
  return new ZoneResolver(Object.fromEntries(names.map((n) => [n, { A: ['127.0.0.1'] }])));
}

/** The finding with `id`, failing the test with the ids present when there is none. */
export function finding(findings: readonly Finding[], id: string): Finding {
  const f = findings.find((x) => x.id === id);
  assert.ok(f, `expected finding ${id}; got ${findings.map((x) => x.id).join(', ')}`);
  return f;
}

export function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.id);
}

/** Runs `fn` and returns its result with the milliseconds it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}
