/** Deterministic services for engine and host tests: memory or file store, fixed clock and ids. */
import type { Services } from '../../electron/engine/contract/context.ts';
import { createMemoryStore } from '../../electron/engine/store/file-store.ts';
import type { CaseStore } from '../../electron/engine/store/types.ts';

export function testServices(options: { store?: CaseStore; now?: Date } = {}): Services {
  let n = 0;
  return {
    store: options.store ?? createMemoryStore(),
    env: { appVersion: '0.0.0-test', host: 'test', os: 'testos', timeZone: 'Europe/Stockholm', resolver: 'none' },
    now: () => options.now ?? new Date('2026-11-24T12:00:00Z'),
    randomId: () => `id-${++n}`,
  };
}
