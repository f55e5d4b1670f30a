/**
 * A stand-in for the `electron` module, so the main process's wiring (main.ts, window.ts, ipc.ts,
 * store.ts) can be started in plain Node: main-process.test.ts maps the specifier `electron` here
 * with a module resolve hook. It records what main asks of Electron; the test inspects `stub`.
 * The real `electron` package is never loaded (it would try to download the binary).
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeIpc } from './fake-ipc.ts';

type Fn = (...args: never[]) => unknown;

class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args: structuredClone(args) });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

const ipc = createFakeIpc();

export const stub = {
  calls: [] as { what: string; args: unknown[] }[],
  userData: mkdtempSync(join(tmpdir(), 'mp-electron-stub-')),
  windows: [] as FakeBrowserWindow[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  permissionRequestHandler: undefined as Fn | undefined,
  permissionCheckHandler: undefined as Fn | undefined,
  opened: [] as string[],
  menu: undefined as unknown,
  ipc,
  ready: false,
};

function record(what: string, ...args: unknown[]): void {
  stub.calls.push({ what, args });
}

class FakeApp extends EventEmitter {
  readonly name = 'Mailpath';
  readonly isPackaged = false;
  enableSandbox() {
    record('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        stub.ready = true;
        this.emit('ready');
        resolve();
      }),
    );
  }
  isReady() {
    return stub.ready;
  }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`unexpected app.getPath(${name})`);
    return stub.userData;
  }
  getVersion() {
    return '0.1.0';
  }
  isDefaultProtocolClient(...args: unknown[]) {
    record('app.isDefaultProtocolClient', ...args);
    return false;
  }
  setAsDefaultProtocolClient(...args: unknown[]) {
    record('app.setAsDefaultProtocolClient', ...args);
    return true;
  }
  quit() {
    record('app.quit');
  }
  exit(code: number) {
    record('app.exit', code);
  }
}

export const app = new FakeApp();

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return stub.windows;
  }
  readonly webContents = new FakeWebContents();
  readonly options: unknown;
  loadedUrl: string | undefined;
  constructor(options: unknown) {
    super();
    this.options = options;
    stub.windows.push(this);
    // Electron announces every new WebContents on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown) {
    record('protocol.registerSchemesAsPrivileged', schemes, stub.ready);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    stub.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Fn) {
      stub.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Fn) {
      stub.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  openExternal(url: string) {
    stub.opened.push(url);
    return Promise.resolve();
  },
  openPath() {
    return Promise.resolve('');
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    stub.menu = menu;
  },
};

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showMessageBox: () => Promise.resolve({ response: 0 }),
};

export const ipcMain = ipc.ipcMain;
/** No OS keyring here: the app must then refuse to remember passwords rather than store them weakly. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (): Buffer => {
    throw new Error('encryption is not available');
  },
  decryptString: (): string => {
    throw new Error('encryption is not available');
  },
};

export default { app, BrowserWindow, protocol, session, shell, Menu, dialog, ipcMain, safeStorage };
