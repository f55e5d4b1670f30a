/**
 * Mailpath's Electron main process: single instance, the `app://` scheme, the hardened window,
 * the operation table over IPC, `mailpath://` deep links and the File menu. Only wiring lives here;
 * every rule is a pure, unit-tested function in the modules it imports. Bundled by
 * scripts/build.mjs to out/main/main.js (ESM; `electron` stays external).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { OP_NAMES } from '../engine/contract/ops.ts';
import { DEEP_LINK_CHANNEL, formatOpNamesArg, OPEN_FILE_CHANNEL } from '../preload/channels.ts';
import { createDeepLinkInbox, extractDeepLinks, protocolClientArgs } from './deeplink-argv.ts';
import { createOpenExternalSafely } from './external-url.ts';
import { registerIpc } from './ipc.ts';
import type { OperationRegistration } from './ipc-routing.ts';
import { menuTemplate, openDialogOptions, openFileProblem } from './menu.ts';
import { createElectronServices } from './store.ts';
import { createMainWindow, guardPermissions, guardWebContents, registerAppScheme, serveApp } from './window.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** out/main → out/preload/preload.cjs and out/renderer/ (index.html at its root). */
const PRELOAD_PATH = join(here, '..', 'preload', 'preload.cjs');
const RENDERER_ROOT = join(here, '..', 'renderer');

const log = (message: string) => console.error(`[mailpath] ${message}`);
/**
 * Checklist #15: the only call of `shell.openExternal`. It is reached only through
 * `createOpenExternalSafely`, which passes nothing that `safeExternalUrl` did not return.
 */
function openVettedUrl(url: string): Promise<void> {
  // eslint-disable-next-line electron-security/no-open-external-with-dynamic-url -- vetted by safeExternalUrl() in createOpenExternalSafely
  return shell.openExternal(url);
}
const openExternalSafely = createOpenExternalSafely(openVettedUrl, log);

registerAppScheme();
// Every renderer sandboxed, whatever a window's options say (checklist #4).
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
let registration: OperationRegistration | undefined;
const deepLinks = createDeepLinkInbox();

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    openWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function openWindow(): void {
  const win = createMainWindow({
    preloadPath: PRELOAD_PATH,
    opNamesArg: formatOpNamesArg(OP_NAMES),
    devTools: !app.isPackaged,
  });
  mainWindow = win;
  const contents = win.webContents;
  const contentsId = contents.id;
  // The page can receive links once it has loaded; the preload buffers them until React subscribes.
  contents.on('did-finish-load', () => deepLinks.attach((url) => contents.send(DEEP_LINK_CHANNEL, url)));
  contents.on('did-start-loading', () => deepLinks.detach());
  contents.on('render-process-gone', () => deepLinks.detach());
  contents.on('destroyed', () => {
    deepLinks.detach();
    registration?.abortSender(contentsId);
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
}

async function openFileFromMenu(): Promise<void> {
  const target = mainWindow;
  if (!target || target.isDestroyed()) return;
  const choice = await dialog.showOpenDialog(target, openDialogOptions());
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return;
  const problem = openFileProblem(path, (await stat(path)).size);
  if (problem !== null) {
    await dialog.showMessageBox(target, { type: 'warning', message: problem });
    return;
  }
  const content = await readFile(path, 'utf8');
  if (!target.isDestroyed()) target.webContents.send(OPEN_FILE_CHANNEL, { name: basename(path), content });
}

function registerProtocolClient(): void {
  // The builder's `protocols` key reaches macOS and Linux only; Windows needs this at run time.
  const { scheme, path, args } = protocolClientArgs({
    defaultApp: process.defaultApp === true,
    execPath: process.execPath,
    appPath: process.argv[1] ? resolve(process.argv[1]) : undefined,
  });
  // Optional arguments are left out rather than passed as undefined, which Electron's binding refuses.
  if (path !== undefined && args !== undefined) {
    if (!app.isDefaultProtocolClient(scheme, path, args)) app.setAsDefaultProtocolClient(scheme, path, args);
  } else if (!app.isDefaultProtocolClient(scheme)) {
    app.setAsDefaultProtocolClient(scheme);
  }
}

function onReady(): void {
  registerProtocolClient();
  guardPermissions(openExternalSafely);
  serveApp(RENDERER_ROOT);
  registration = registerIpc(createElectronServices(log));
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    devTools: !app.isPackaged,
    onOpen: () => {
      openFileFromMenu().catch((error: unknown) => log(`File › Open failed: ${error instanceof Error ? error.message : String(error)}`));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openWindow();
}

function start(): void {
  // Guards first, so even the first window is covered (checklist #12–#14).
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternalSafely));
  // macOS delivers links as events, possibly before `ready` when a link started the app.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.receive(url);
    if (app.isReady()) showWindow();
  });
  // Windows and Linux start a second instance with the link in argv; it hands over and quits.
  app.on('second-instance', (_event, argv) => {
    for (const url of extractDeepLinks(argv)) deepLinks.receive(url);
    if (app.isReady()) showWindow();
  });
  for (const url of extractDeepLinks(process.argv)) deepLinks.receive(url);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow();
  });
  app.on('will-quit', () => registration?.dispose());
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}

// One Mailpath at a time: a second start (e.g. a clicked link) forwards its argv and quits.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
