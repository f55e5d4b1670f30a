/**
 * PDF from the HTML report through a locally installed Chromium, Google Chrome or Microsoft Edge
 * in headless mode (`--print-to-pdf`), for the CLI. The Electron app uses its own
 * `webContents.printToPDF` instead: both fit `PdfRenderer`, so callers take one injected.
 *
 * The browser gets a throw-away profile, no network (every host name resolves to nothing, and
 * the report's CSP allows no fetch anyway), and the HTML from a private temporary file.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OpError } from '../contract/result.ts';

/** Turns a report's HTML into PDF bytes. */
export type PdfRenderer = (html: string, options?: { readonly signal?: AbortSignal }) => Promise<Uint8Array>;

export interface BrowserSearch {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly exists?: (path: string) => boolean;
}

/** Where browsers are installed by default, per OS, in the order they are tried. */
export function browserCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const home = env['HOME'];
    return [...apps.map((a) => `/Applications/${a}`), ...(home ? apps.map((a) => `${home}/Applications/${a}`) : [])];
  }
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'] ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']].filter(
      (r): r is string => typeof r === 'string' && r !== '',
    );
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return apps.flatMap((a) => roots.map((r) => `${r}\\${a}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

/** The browser to print with: `MAILPATH_CHROME` when set, else the first well-known path that exists. */
export function findBrowser(search: BrowserSearch = {}): string {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  const explicit = env['MAILPATH_CHROME'];
  if (explicit) {
    if (exists(explicit)) return explicit;
    throw new OpError('unsupported', `Cannot make a PDF: MAILPATH_CHROME is set to ${explicit}, but there is no such file. Point it at a Chromium, Google Chrome or Microsoft Edge executable, or unset it.`);
  }
  const candidates = browserCandidates(search.platform ?? process.platform, env);
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  throw new OpError(
    'unsupported',
    `Cannot make a PDF: no Chromium, Google Chrome or Microsoft Edge was found. Looked for MAILPATH_CHROME (not set) and ${candidates.join(', ')}. ` +
      'Install one of them or set MAILPATH_CHROME to its path — or write the report as HTML (--format html) and print it from a browser.',
  );
}

/** The HTML as it should be printed: every `<details>` open, for browsers whose print CSS cannot open them. */
export function forPrint(html: string): string {
  // Only the renderer's own tags: user text is escaped, so a literal `<details>` can only be ours.
  return html.replace(/<details>/gu, '<details open>');
}

export interface ChromePdfOptions extends BrowserSearch {
  /** Skip the search and use this executable. */
  readonly browserPath?: string;
  readonly signal?: AbortSignal;
  /** Give up after this long (default 60 s): a browser that hangs must not hang the CLI. */
  readonly timeoutMs?: number;
}

function chromeArgs(profile: string, pdf: string, page: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--mute-audio',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
  ];
  // Chromium refuses to run as root with its sandbox on (containers, CI).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return [...args, page];
}

/** Prints `html` to PDF with a local Chromium-family browser. */
export async function renderPdfWithChrome(html: string, options: ChromePdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browserPath ?? findBrowser(options);
  const dir = await mkdtemp(join(tmpdir(), 'mailpath-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, forPrint(html), { encoding: 'utf8', mode: 0o600 });
    const { code, output } = await run(browser, chromeArgs(join(dir, 'profile'), pdf, pathToFileURL(page).href), options.timeoutMs ?? 60_000, options.signal);
    let bytes: Buffer;
    try {
      bytes = await readFile(pdf);
    } catch {
      throw new OpError('io', `${browser} made no PDF (exit status ${code}). Its last output: ${output.trim().split('\n').slice(-3).join(' | ') || '(none)'}`);
    }
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new OpError('io', `${browser} wrote a file that is not a PDF.`);
    return new Uint8Array(bytes);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  }
}

function run(cmd: string, args: readonly string[], timeoutMs: number, signal: AbortSignal | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new OpError('cancelled', 'Cancelled before the PDF was made.'));
      return;
    }
    // Its own process group on POSIX, so a timeout can stop the browser's helper processes too.
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    let output = '';
    const keep = (d: Buffer): void => {
      output = (output + d.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let failure: OpError | undefined;
    const stop = (why: OpError): void => {
      failure = why;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => stop(new OpError('timeout', `${cmd} did not finish the PDF within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
    const onAbort = (): void => stop(new OpError('cancelled', 'Cancelled while making the PDF.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      reject(new OpError('unsupported', `Cannot start ${cmd} to make the PDF: ${error.code ?? error.message}.`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else resolve({ code, output });
    });
  });
}

/** The CLI's renderer: the local browser, configured from the environment. */
export function chromePdfRenderer(search: BrowserSearch = {}): PdfRenderer {
  return (html, options) => renderPdfWithChrome(html, { ...search, ...(options?.signal ? { signal: options.signal } : {}) });
}
