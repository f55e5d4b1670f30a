// `npm run bench [name...]`: performance figures, printed — targets live here, not in timed tests.
//   startup   start-up time of `mailpath --version` (target ≤ 150 ms) and bundle sizes
//   dns       one full check-domain run against a slow in-process DNS server (bench/dns.mjs)
//   trace-log trace-log over a generated 1 GiB Postfix log vs grep (bench/trace-log.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = process.argv.slice(2);
const want = (name) => wanted.length === 0 || wanted.includes(name);

function dirSize(dir, filter = () => true) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(full, filter);
    else if (filter(entry.name)) total += statSync(full).size;
  }
  return total;
}

function startup() {
  const runs = [];
  for (let i = 0; i < 12; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'mailpath.js'), '--version'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`mailpath --version failed: ${r.stderr}`);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  const bare = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`startup: mailpath --version median ${median.toFixed(1)} ms over ${runs.length} runs (min ${runs[0].toFixed(1)}, max ${runs.at(-1).toFixed(1)}; bare node ${bare.toFixed(1)} ms) — target ≤ 150 ms: ${median <= 150 ? 'met' : 'NOT met'}`);
  const js = (n) => n.endsWith('.js') || n.endsWith('.cjs');
  const renderer = join(root, 'out', 'renderer');
  if (existsSync(renderer)) {
    const assets = dirSize(renderer, (n) => !n.endsWith('.map'));
    console.log(`bundle: renderer ${(dirSize(renderer, js) / 1024).toFixed(1)} KiB of JavaScript, ${(assets / 1024).toFixed(1)} KiB in all`);
  }
  for (const part of ['cli', 'bridge', 'main', 'preload']) {
    const dir = join(root, 'out', part);
    if (existsSync(dir)) console.log(`bundle: ${part} ${(dirSize(dir, js) / 1024).toFixed(1)} KiB of JavaScript`);
  }
}

if (want('startup')) startup();
for (const name of ['dns', 'trace-log']) {
  const script = join(root, 'bench', `${name}.mjs`);
  if (want(name) && existsSync(script)) {
    const r = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) process.exitCode = 1;
  }
}
