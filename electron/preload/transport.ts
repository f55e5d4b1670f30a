/**
 * The preload's transport for `createApi`: each operation is one `ipcRenderer.invoke` on its own
 * channel; progress comes back on one channel and is routed by requestId. Pure — it takes an
 * ipcRenderer-like object — so it is tested without Electron. The raw IPC event never reaches the
 * page (Electron security checklist #20: do not expose Electron APIs to untrusted content).
 */
import type { CallEnvelope } from '../engine/contract/api.ts';
import type { Transport } from '../engine/contract/client.ts';
import type { OpName } from '../engine/contract/ops.ts';
import type { OpFailure, OpResult, ProgressEvent } from '../engine/contract/result.ts';
import { CANCEL_CHANNEL, DEEP_LINK_CHANNEL, OPEN_FILE_CHANNEL, PROGRESS_CHANNEL, opChannel } from './channels.ts';

/** The part of Electron's `ipcRenderer` the transport uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** A file picked with File › Open, as read by main. */
export interface OpenedFile {
  readonly name: string;
  readonly content: string;
}

export interface IpcTransport extends Transport {
  /** Subscribes to files opened from the File menu; returns an unsubscribe function. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

/** How many undelivered links/files are kept until the page subscribes. */
const BUFFER_LIMIT = 10;

/**
 * Events that may arrive before the page has subscribed (a deep link that started the app is
 * sent as soon as the page has loaded, before React has mounted): buffered, then handed to the
 * first subscriber.
 */
export function createBufferedEvent<T>(limit = BUFFER_LIMIT): {
  push(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
} {
  const listeners = new Set<(value: T) => void>();
  const pending: T[] = [];
  const deliver = (listener: (value: T) => void, value: T) => {
    try {
      listener(value);
    } catch {
      // A page listener that throws must not stop the others.
    }
  };
  return {
    push(value) {
      if (listeners.size === 0) {
        pending.push(value);
        if (pending.length > limit) pending.shift();
        return;
      }
      for (const listener of [...listeners]) deliver(listener, value);
    },
    subscribe(listener) {
      const wrapped = (value: T) => listener(value);
      listeners.add(wrapped);
      for (const value of pending.splice(0)) deliver(wrapped, value);
      return () => {
        listeners.delete(wrapped);
      };
    },
  };
}

function failure(code: OpFailure['code'], message: string): OpFailure {
  return { ok: false, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether main's answer has the shape of an `OpResult` (main is trusted, but a bug must not crash the UI). */
export function isOpResult(value: unknown): value is OpResult<unknown> {
  if (!isRecord(value)) return false;
  if (value['ok'] === true) return 'value' in value;
  return value['ok'] === false && typeof value['code'] === 'string' && typeof value['message'] === 'string';
}

function isProgressEvent(value: unknown): value is ProgressEvent {
  return isRecord(value) && typeof value['step'] === 'string' && typeof value['state'] === 'string';
}

export function createIpcTransport(ipc: IpcRendererLike): IpcTransport {
  const progress = new Map<string, (event: ProgressEvent) => void>();
  const deepLinks = createBufferedEvent<string>();
  const openedFiles = createBufferedEvent<OpenedFile>();

  // The first parameter is the raw IpcRendererEvent: deliberately dropped here.
  ipc.on(PROGRESS_CHANNEL, (_event, payload) => {
    if (!isRecord(payload) || typeof payload['requestId'] !== 'string' || !isProgressEvent(payload['event'])) return;
    const listener = progress.get(payload['requestId']);
    if (!listener) return;
    try {
      listener(payload['event']);
    } catch {
      // A progress listener that throws must not break the call.
    }
  });
  ipc.on(DEEP_LINK_CHANNEL, (_event, url) => {
    if (typeof url === 'string' && url.toLowerCase().startsWith('mailpath:')) deepLinks.push(url);
  });
  ipc.on(OPEN_FILE_CHANNEL, (_event, file) => {
    if (isRecord(file) && typeof file['name'] === 'string' && typeof file['content'] === 'string') {
      openedFiles.push({ name: file['name'], content: file['content'] });
    }
  });

  return {
    host: 'electron',
    async call(name: OpName, envelope: CallEnvelope, onProgress: (event: ProgressEvent) => void): Promise<OpResult<unknown>> {
      const id = envelope.requestId;
      if (id !== undefined) progress.set(id, onProgress);
      try {
        const result = await ipc.invoke(opChannel(name), envelope);
        return isOpResult(result) ? result : failure('internal', `Operation "${name}" returned no result.`);
      } catch (error) {
        // Only a missing handler or a closed window lands here; main never throws from a handler.
        return failure(
          'internal',
          `Operation "${name}" could not reach the app: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        if (id !== undefined) progress.delete(id);
      }
    },
    cancel(requestId: string) {
      if (typeof requestId === 'string') ipc.send(CANCEL_CHANNEL, requestId);
    },
    onDeepLink: (listener) => deepLinks.subscribe(listener),
    onOpenFile: (listener) => openedFiles.subscribe(listener),
  };
}
