/**
 * Only the thin wiring modules may load Electron at run time; every other module of main and the
 * preload is imported by tests, which must never `require('electron')` (that would try to fetch
 * the Electron binary). Type-only imports are erased and allowed everywhere.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const THIN = new Set([
  'electron/main/main.ts',
  'electron/main/ipc.ts',
  'electron/main/store.ts',
  'electron/main/window.ts',
  'electron/main/pdf.ts',
  'electron/preload/preload.ts',
]);
/** Packages that load Electron themselves. */
const ELECTRON_LOADERS = ['electron', 'electron-store'];

function sources(dir: string): string[] {
  return readdirSync(new URL(`../../${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`);
}

/** Specifiers of imports that stay in the JavaScript (not `import type`). */
function valueImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*import\s+(?!type\s)([^'";]*?from\s+)?['"]([^'"]+)['"]/gm)) found.push(m[2] ?? '');
  for (const m of code.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1] ?? '');
  return found;
}

describe('electron imports', () => {
  const files = [...sources('electron/main'), ...sources('electron/preload')];

  it('finds the main and preload sources', () => {
    assert.ok(files.includes('electron/main/main.ts') && files.includes('electron/preload/preload.ts'));
  });

  for (const file of files.filter((f) => !THIN.has(f))) {
    it(`keeps ${file} free of run-time Electron imports, so tests can load it`, () => {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      // Directly, or through one of the thin modules that do load it.
      const bad = valueImports(code).filter((s) => ELECTRON_LOADERS.includes(s) || (s.startsWith('.') && THIN.has(join(dirname(file), s))));
      assert.deepEqual(bad, []);
    });
  }

  it('recognises a value import as one, and a type import as none', () => {
    assert.deepEqual(valueImports("import { app } from 'electron';\nimport type { App } from 'electron';\n"), ['electron']);
    assert.deepEqual(valueImports("const e = require('electron');"), ['electron']);
  });
});
