/**
 * An in-process stand-in for Electron's IPC pair: a fake `ipcMain` and a fake `ipcRenderer`
 * joined together, copying every payload with `structuredClone` as real IPC does. Lets the main
 * routing and the preload transport run against each other without the Electron binary.
 */
import type { IpcEventLike, IpcMainLike, SenderLike } from '../../electron/main/ipc-routing.ts';
import type { IpcRendererLike } from '../../electron/preload/transport.ts';

type MainListener = (event: IpcEventLike, ...args: unknown[]) => void;
type Handler = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;
type RendererListener = (event: unknown, ...args: unknown[]) => void;

export interface FakeIpc {
  readonly ipcMain: IpcMainLike;
  readonly ipcRenderer: IpcRendererLike;
  /** The page's frame; change `url`/`parent` to play an untrusted sender. */
  readonly frame: { url: string; parent: unknown };
  /** Replace with `null` to play a frame that is gone. */
  senderFrame: { url: string; parent: unknown } | null;
  readonly sender: SenderLike & { destroyed: boolean };
  /** Everything main sent to the page, in order. */
  readonly sent: { channel: string; args: unknown[] }[];
  readonly handlers: Map<string, Handler>;
  readonly mainListeners: Map<string, Set<MainListener>>;
  /** A second page (another window) talking to the same ipcMain. */
  otherPage(id: number, url?: string): FakeIpc;
}

function add<T>(map: Map<string, Set<T>>, channel: string, listener: T): void {
  const set = map.get(channel) ?? new Set<T>();
  set.add(listener);
  map.set(channel, set);
}

function page(shared: { handlers: Map<string, Handler>; mainListeners: Map<string, Set<MainListener>> }, id: number, url: string): FakeIpc {
  const rendererListeners = new Map<string, Set<RendererListener>>();
  const sent: { channel: string; args: unknown[] }[] = [];
  const frame = { url, parent: null as unknown };
  const sender = {
    id,
    destroyed: false,
    send(channel: string, ...args: unknown[]) {
      if (sender.destroyed) throw new Error('Object has been destroyed');
      const copy = structuredClone(args);
      sent.push({ channel, args: copy });
      for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: 'the raw IpcRendererEvent' }, ...copy);
    },
    isDestroyed: () => sender.destroyed,
  };
  const fake: FakeIpc = {
    frame,
    senderFrame: frame,
    sender,
    sent,
    handlers: shared.handlers,
    mainListeners: shared.mainListeners,
    ipcMain: {
      handle(channel, listener) {
        if (shared.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        shared.handlers.set(channel, listener);
      },
      removeHandler(channel) {
        shared.handlers.delete(channel);
      },
      on(channel, listener) {
        add(shared.mainListeners, channel, listener);
      },
      removeListener(channel, listener) {
        shared.mainListeners.get(channel)?.delete(listener);
      },
    },
    ipcRenderer: {
      async invoke(channel, ...args) {
        const handler = shared.handlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
        return structuredClone(await handler({ senderFrame: fake.senderFrame, sender }, ...structuredClone(args)));
      },
      send(channel, ...args) {
        for (const listener of shared.mainListeners.get(channel) ?? [])
          listener({ senderFrame: fake.senderFrame, sender }, ...structuredClone(args));
      },
      on(channel, listener) {
        add(rendererListeners, channel, listener);
      },
    },
    otherPage: (otherId, otherUrl = 'app://mailpath/index.html') => page(shared, otherId, otherUrl),
  };
  return fake;
}

export function createFakeIpc(options: { senderId?: number; url?: string } = {}): FakeIpc {
  return page({ handlers: new Map(), mainListeners: new Map() }, options.senderId ?? 1, options.url ?? 'app://mailpath/index.html');
}
