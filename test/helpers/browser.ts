/**
 * End-to-end plumbing: Debian's Chromium driven by playwright-core, and the built browser bridge
 * started as a child process on a free loopback port with its own config folder. Both are always
 * stopped by the caller (`stop()` / `browser.close()` in an `after` hook), also when a test fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts');
export const BRIDGE_ENTRY = join(ROOT, 'out', 'bridge', 'bridge.js');
export const RENDERER_INDEX = join(ROOT, 'out', 'renderer', 'index.html');
export const CHROMIUM_PATH = process.env['MAILPATH_CHROMIUM'] ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps trying to reach the internet. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (or set MAILPATH_CHROMIUM).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: 30_000 });
}

export interface RunningBridge {
  /** The URL with the per-start token, as printed by the bridge. */
  readonly url: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The bridge's MAILPATH_CONFIG_DIR. */
  readonly configDir: string;
  /** Everything the bridge wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Stops the bridge (SIGTERM, then SIGKILL) and removes a config folder it created. */
  stop(): Promise<void>;
}

export interface StartBridgeOptions {
  /** Defaults to a new temporary folder, removed by `stop()`. */
  readonly configDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export async function startBridge(options: StartBridgeOptions = {}): Promise<RunningBridge> {
  for (const [file, what] of [
    [BRIDGE_ENTRY, 'the bridge'],
    [RENDERER_INDEX, 'the renderer'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${what} is not built (${file} is missing): run "npm run build" first.`);
  }
  const ownDir = options.configDir === undefined;
  const configDir = options.configDir ?? (await mkdtemp(join(tmpdir(), 'mailpath-e2e-')));
  const child = spawn(process.execPath, [BRIDGE_ENTRY, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, MAILPATH_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    }
    if (ownDir) await rm(configDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the bridge printed no URL within ${options.timeoutMs ?? 15_000} ms`)),
        options.timeoutMs ?? 15_000,
      );
      const check = (): void => {
        const m = /Mailpath bridge: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/u.exec(output);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the bridge exited (${signal ?? code}) before printing its URL`));
      });
      check();
    });
    return { url, origin: new URL(url).origin, configDir, output: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- bridge output ---\n${output}`);
  }
}

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly problems: string[];
}

/** A fresh browser context (own cookies and storage) with the app open. */
export async function openApp(
  browser: Browser,
  bridge: RunningBridge,
  options: { locale?: string; timezoneId?: string; viewport?: { width: number; height: number }; hash?: string } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Europe/Stockholm',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${bridge.url}${options.hash ?? ''}`);
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  // From the top, so sticky parts sit where a person first sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}
