/**
 * A real authoritative DNS server for tests: Knot DNS (`knotd`, Debian package `knot`), started on
 * loopback with a free high port and a temporary rundir, serving zone files. Tests that need it
 * start it in `before` and stop it in `after`; a missing `knotd` fails loudly (never a skip).
 *
 * Usage:
 * ```ts
 * const knot = await startKnot();                       // every zone in test/fixtures/zones
 * const resolver = createResolver({ servers: [knot.address] });
 * // …knot.addresses = [{127.0.0.1, port}, {127.0.0.2, port}] (ns1/ns2 of example.test)
 * await knot.stop();
 *
 * // Another check's own zone, inline (no need to write into test/fixtures/zones):
 * const knot = await startKnot({ zones: ['example.test'], extraZones: [{ origin: 'spf.test', text: '…zone file…' }] });
 * ```
 *
 * Fixture zones (test/fixtures/zones/<origin>.zone): `example.test` (MX, SPF tree, DKIM keys,
 * DMARC, MTA-STS, TLS-RPT, BIMI, SRV, TLSA, CNAME chains/loop/dangling, wildcard, empty
 * non-terminal), `2.0.192.in-addr.arpa` and `8.b.d.0.1.0.0.2.ip6.arpa` (PTRs), `signed.test`
 * (signed by Knot on load: DNSKEY/RRSIG). A zone file whose text contains
 * `mailpath-test: dnssec-signing` is signed automatically (ECDSA P-256). Knot listens on 127.0.0.1
 * and 127.0.0.2 (ns1 and ns2 of example.test) on the same port, so authoritative-mode tests find two
 * distinct servers. `startKnot` resolves only once every zone answers its SOA (and signed zones
 * their DNSKEY), so tests never race the server's start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dnsPacket from 'dns-packet';

export const ZONES_DIR = fileURLToPath(new URL('../fixtures/zones/', import.meta.url));
const KNOTD_CANDIDATES = ['/usr/sbin/knotd', '/usr/local/sbin/knotd', '/usr/bin/knotd'];
const SIGNING_MARKER = 'mailpath-test: dnssec-signing';

export interface InlineZone {
  /** Zone origin, e.g. `spf.test`. */
  readonly origin: string;
  /** Master-file text. */
  readonly text: string;
}

export interface KnotOptions {
  /** Fixture zones to serve, by origin (default: every `*.zone` in test/fixtures/zones). */
  readonly zones?: readonly string[];
  /** Further zones given inline. */
  readonly extraZones?: readonly InlineZone[];
  /** Loopback addresses to listen on (default 127.0.0.1 and 127.0.0.2). */
  readonly addresses?: readonly string[];
  /** How long to wait for Knot to answer (default 20 s). */
  readonly startTimeoutMs?: number;
}

export interface KnotServer {
  readonly host: string;
  readonly port: number;
  /** The first listening address, in the shape `createResolver({ servers })` takes. */
  readonly address: { readonly host: string; readonly port: number };
  readonly addresses: readonly { readonly host: string; readonly port: number }[];
  readonly rundir: string;
  /** Origins served. */
  readonly zones: readonly string[];
  /** What knotd has logged so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** The knotd binary, or an error saying how to install it. */
export function findKnotd(): string {
  const found = KNOTD_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error('knotd (Knot DNS) is not installed: run `apt-get install -y knot knot-dnsutils` (see /work/shared/recipes.md)');
  return found;
}

/** A port free for UDP and TCP on every address (best effort: the OS may hand it out again). */
async function freePort(addresses: readonly string[]): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const probe = net.createServer();
    const port = await new Promise<number>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(0, addresses[0], () => resolve((probe.address() as net.AddressInfo).port));
    });
    await new Promise<void>((r) => probe.close(() => r()));
    if (port < 1024) continue;
    const free = await Promise.all(
      addresses.flatMap((host) => [
        new Promise<boolean>((resolve) => {
          const s = dgram.createSocket('udp4');
          s.once('error', () => resolve(false));
          s.bind(port, host, () => s.close(() => resolve(true)));
        }),
        new Promise<boolean>((resolve) => {
          const s = net.createServer();
          s.once('error', () => resolve(false));
          s.listen(port, host, () => s.close(() => resolve(true)));
        }),
      ]),
    );
    if (free.every(Boolean)) return port;
  }
  throw new Error('knot: found no free port');
}

/** One raw UDP query (no resolver code, so the helper does not depend on what it tests). */
function probe(host: string, port: number, name: string, type: 'SOA' | 'DNSKEY'): Promise<boolean> {
  return new Promise((resolve) => {
    const s = dgram.createSocket('udp4');
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      s.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 300);
    s.on('error', () => done(false));
    s.on('message', (msg) => {
      try {
        const reply = dnsPacket.decode(msg);
        // RCODE is the low 4 bits of the flags (RFC 1035 §4.1.1); dns-packet's types omit `rcode`.
        done(((reply.flags ?? 0) & 0xf) === 0 && (reply.answers ?? []).some((a) => a.type === type));
      } catch {
        done(false);
      }
    });
    s.send(dnsPacket.encode({ type: 'query', id: 1, questions: [{ name, type }] }), port, host);
  });
}

function config(rundir: string, port: number, addresses: readonly string[], zones: readonly { origin: string; signed: boolean }[]): string {
  const user = process.getuid?.() === 0 ? '    user: root:root\n' : '';
  const zoneLines = zones
    .map(
      (z) =>
        `  - domain: ${z.origin}\n    file: ${path.join(rundir, `${z.origin}.zone`)}${z.signed ? '\n    dnssec-signing: on\n    dnssec-policy: test' : ''}`,
    )
    .join('\n');
  return `server:
    rundir: ${rundir}
${user}    listen: [ ${addresses.map((a) => `${a}@${port}`).join(', ')} ]
    # Fixed, small: the tests need no more and CI machines have two cores.
    udp-workers: 1
    tcp-workers: 1
    background-workers: 1

log:
  - target: stderr
    any: info

database:
    storage: ${rundir}

policy:
  - id: test
    algorithm: ecdsap256sha256
    nsec3: off

template:
  - id: default
    storage: ${rundir}
    # Never write the zone back, never keep a journal: fixtures stay as they are.
    zonefile-sync: -1
    journal-content: none

zone:
${zoneLines}
`;
}

export async function startKnot(options: KnotOptions = {}): Promise<KnotServer> {
  const knotd = findKnotd();
  const addresses = options.addresses ?? ['127.0.0.1', '127.0.0.2'];
  const rundir = await mkdtemp(path.join(tmpdir(), 'mailpath-knot-'));
  const origins = options.zones ?? (await readdir(ZONES_DIR)).filter((f) => f.endsWith('.zone')).map((f) => f.slice(0, -'.zone'.length));
  const zones: { origin: string; signed: boolean }[] = [];
  for (const origin of origins) {
    const src = path.join(ZONES_DIR, `${origin}.zone`);
    const text = await readFile(src, 'utf-8').catch(() => {
      throw new Error(`knot: no fixture zone ${origin} (expected ${src})`);
    });
    await copyFile(src, path.join(rundir, `${origin}.zone`));
    zones.push({ origin, signed: text.includes(SIGNING_MARKER) });
  }
  for (const z of options.extraZones ?? []) {
    await writeFile(path.join(rundir, `${z.origin}.zone`), z.text);
    zones.push({ origin: z.origin, signed: z.text.includes(SIGNING_MARKER) });
  }

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort(addresses);
    const confPath = path.join(rundir, 'knot.conf');
    await writeFile(confPath, config(rundir, port, addresses, zones));
    let log = '';
    const child: ChildProcess = spawn(knotd, ['-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    let exited = false;
    const exitedPromise = new Promise<void>((r) =>
      child.once('exit', () => {
        exited = true;
        r();
      }),
    );
    child.once('error', (e) => {
      log += `\nspawn error: ${e.message}`;
    });

    const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
    let ready = false;
    while (!exited && Date.now() < deadline) {
      const answers = await Promise.all(zones.map((z) => probe(addresses[0] ?? '127.0.0.1', port, z.origin, z.signed ? 'DNSKEY' : 'SOA')));
      if (answers.every(Boolean)) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const stop = async (): Promise<void> => {
      process.off('exit', killOnExit);
      if (!exited) {
        child.kill('SIGTERM');
        const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exitedPromise;
        clearTimeout(hard);
      }
    };
    if (ready) {
      const all = addresses.map((host) => ({ host, port }));
      return {
        host: addresses[0] ?? '127.0.0.1',
        port,
        address: all[0] ?? { host: '127.0.0.1', port },
        addresses: all,
        rundir,
        zones: zones.map((z) => z.origin),
        log: () => log,
        async stop() {
          await stop();
          await rm(rundir, { recursive: true, force: true });
        },
      };
    }
    await stop();
    lastError = log;
    // A port taken between probing and binding: try another one.
    if (!/address already in use|cannot bind/iu.test(log)) break;
  }
  await rm(rundir, { recursive: true, force: true });
  throw new Error(`knot: knotd did not start or did not load every zone in time.\n--- knotd log ---\n${lastError}`);
}
