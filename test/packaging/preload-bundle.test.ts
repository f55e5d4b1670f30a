/**
 * The sandboxed preload must be one CommonJS file whose only `require` is `electron` (a sandboxed
 * preload cannot load other modules), and small: the operation table's zod schemas stay in main.
 * Bundled here in memory with the options scripts/build.mjs uses; Electron is never loaded.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('preload bundle', () => {
  let code = '';
  let metafile: Metafile;
  before(async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload/preload.ts'],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    code = result.outputFiles[0]?.text ?? '';
    metafile = result.metafile;
  });

  it('requires nothing but electron', () => {
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(requires)], ['electron']);
    assert.doesNotMatch(code, /\bimport\s*\(|^import\s/m);
  });

  it('bundles no package from node_modules, so no zod and no Node built-ins', () => {
    const inputs = Object.keys(metafile.inputs);
    assert.deepEqual(
      inputs.filter((i) => i.includes('node_modules')),
      [],
    );
    assert.ok(inputs.includes('electron/engine/contract/client.ts'));
    assert.ok(code.length < 30 * 1024, `preload is ${code.length} bytes`);
  });

  it('exposes one object, window.mailpath, built by buildExposedApi (whose surface test/preload checks)', () => {
    assert.equal(code.match(/exposeInMainWorld\(/g)?.length, 1);
    assert.match(code, /exposeInMainWorld\("mailpath", buildExposedApi\(/);
  });
});
