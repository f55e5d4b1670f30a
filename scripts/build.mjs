// Builds everything that runs: the Node hosts and Electron's main/preload with esbuild, the
// renderer with Vite. Output goes to out/ (never build/, which holds packaging resources only).
// Nothing here loads `electron`: it is marked external and only Electron itself resolves it.
import { build } from 'esbuild';
import { rm, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

// ESM bundles that still use CommonJS dependencies need a real `require`.
const cjsShim = "import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);";

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: cjsShim },
  absWorkingDir: root,
};

async function main() {
  await mkdir(join(root, 'out'), { recursive: true });
  const jobs = [];
  if (want('cli')) {
    // Split so `mailpath --version` loads only the entry chunk.
    await rm(join(root, 'out', 'cli'), { recursive: true, force: true });
    jobs.push(
      build({ ...nodeCommon, entryPoints: { mailpath: 'electron/cli/main.ts' }, outdir: 'out/cli', splitting: true, chunkNames: 'chunks/[name]-[hash]', external: ['electron'] }),
    );
  }
  if (want('bridge')) {
    jobs.push(build({ ...nodeCommon, entryPoints: ['electron/bridge/bridge.ts'], outfile: 'out/bridge/bridge.js', external: ['electron'] }));
  }
  if (want('main')) {
    jobs.push(build({ ...nodeCommon, entryPoints: ['electron/main/main.ts'], outfile: 'out/main/main.js', external: ['electron'] }));
    // A sandboxed preload must be one CommonJS file.
    jobs.push(
      build({
        ...nodeCommon,
        banner: {},
        format: 'cjs',
        entryPoints: ['electron/preload/preload.ts'],
        outfile: 'out/preload/preload.cjs',
        external: ['electron'],
      }),
    );
  }
  await Promise.all(jobs);
  // out/ is ESM like the sources.
  await writeFile(join(root, 'out', 'package.json'), '{ "type": "module" }\n');
  if (want('renderer')) {
    await rm(join(root, 'out', 'renderer'), { recursive: true, force: true });
    const vite = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (vite.status !== 0) process.exit(vite.status ?? 1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
