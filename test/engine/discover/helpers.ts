/**
 * Dependencies for discovery tests: the real file system (fixtures are real files), an in-memory
 * zone for DNS, and fetch/connect/regQuery that fail loudly unless a test gives its own — so no
 * test reaches the internet or this machine's own settings by accident.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DiscoverDeps } from '../../../electron/engine/discover/types.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/discover/', import.meta.url));
export const HEADER_FIXTURES = fileURLToPath(new URL('../../fixtures/headers/', import.meta.url));

export function testDeps(overrides: Partial<DiscoverDeps> = {}): DiscoverDeps {
  return {
    resolver: new ZoneResolver({}),
    lang: 'en',
    fetch: async (url) => {
      throw Object.assign(new Error(`no HTTP in this test: ${url}`), { code: 'ENOTFOUND' });
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    readDir: (path) => readdir(path),
    exists: async (path) => {
      try {
        await access(path);
        return true;
      } catch {
        return false;
      }
    },
    platform: 'linux',
    env: {},
    homedir: '/nonexistent-home',
    regQuery: async (key) => {
      throw new Error(`no registry in this test: ${key}`);
    },
    connect: () => {
      throw new Error('no connections in this test');
    },
    ...overrides,
  };
}
