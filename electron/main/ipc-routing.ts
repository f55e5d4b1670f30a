/**
 * The one typed wrapper that serves the operation table over IPC: one `ipcMain.handle` channel per
 * operation (`mailpath:op:<name>`), each checking the sender frame (Electron security checklist
 * #17) and the call envelope before the engine's `dispatch` validates the input itself. Progress
 * goes back to the calling page by requestId; `mailpath:cancel` aborts a call. It takes an
 * ipcMain-like object, so it runs in tests without Electron.
 */
import { isPlainJson, dispatch, type DispatchOptions } from '../engine/contract/dispatch.ts';
import type { Services } from '../engine/contract/context.ts';
import { OP_NAMES, type OpName } from '../engine/contract/ops.ts';
import type { OpFailure, OpResult, ProgressEvent } from '../engine/contract/result.ts';
import { CANCEL_CHANNEL, PROGRESS_CHANNEL, opChannel } from '../preload/channels.ts';
import { isTrustedFrame, type SenderFrameLike } from './app-origin.ts';

/** The part of Electron's `WebContents` a handler uses. */
export interface SenderLike {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** The part of `IpcMainInvokeEvent` / `IpcMainEvent` a handler reads. */
export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: SenderLike;
}

/** The part of Electron's `ipcMain` this module uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
}

/** A call envelope after its shape was checked. */
export interface CheckedEnvelope {
  readonly input: unknown;
  readonly lang: string | undefined;
  readonly requestId: string | undefined;
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['input', 'lang', 'requestId']);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/;

function invalid(message: string): { ok: false; failure: OpFailure } {
  return { ok: false, failure: { ok: false, code: 'invalid-input', message } };
}

/**
 * Checks the arguments of one `invoke`: exactly one envelope `{ input, lang?, requestId? }`, a
 * plain object without other keys, `input` plain JSON (no Dates, Maps, typed arrays), `lang` a
 * language tag and `requestId` a short token. The input's fields are the dispatcher's to check.
 */
export function validateEnvelope(args: readonly unknown[]): { ok: true; envelope: CheckedEnvelope } | { ok: false; failure: OpFailure } {
  if (args.length !== 1) return invalid(`Invalid call: expected one envelope, got ${args.length} arguments.`);
  const raw = args[0];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid('Invalid call: the envelope is not an object.');
  const proto = Object.getPrototypeOf(raw) as unknown;
  if (proto !== Object.prototype && proto !== null) return invalid('Invalid call: the envelope is not a plain object.');
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ENVELOPE_KEYS.has(key)) return invalid(`Invalid call: unknown envelope field "${key.slice(0, 40)}".`);
  }
  const { input, lang, requestId } = record;
  if (lang !== undefined && (typeof lang !== 'string' || !LANG_TAG.test(lang)))
    return invalid('Invalid call: "lang" must be a language tag such as "sv".');
  if (requestId !== undefined && (typeof requestId !== 'string' || !REQUEST_ID.test(requestId))) {
    return invalid('Invalid call: "requestId" must be 1–128 letters, digits or ._:- characters.');
  }
  if (input !== undefined && !isPlainJson(input))
    return invalid('input: must be plain JSON data (no dates, maps, binary data or functions).');
  return { ok: true, envelope: { input, lang, requestId } };
}

const FORBIDDEN: OpFailure = { ok: false, code: 'forbidden', message: 'This call did not come from the Mailpath window.' };

export interface RegisterOptions {
  /** The operations to serve; all of them by default. */
  readonly names?: readonly OpName[];
  /** The engine's dispatcher; replaceable in tests. */
  readonly run?: (name: string, input: unknown, options: DispatchOptions) => Promise<OpResult<unknown>>;
  /** The sender check; the app's own top-level frame by default. */
  readonly isTrusted?: (frame: SenderFrameLike | null) => boolean;
}

export interface OperationRegistration {
  /** The channels handled, in table order. */
  readonly channels: readonly string[];
  /** How many calls are running. */
  inFlight(): number;
  /** Aborts every running call of one page (its window closed or reloaded). */
  abortSender(senderId: number): void;
  /** Aborts running calls and removes every handler. */
  dispose(): void;
}

/** Registers one handler per operation on `ipcMain`, plus the cancel listener. */
export function registerOperations(ipcMain: IpcMainLike, services: Services, options: RegisterOptions = {}): OperationRegistration {
  const names = options.names ?? OP_NAMES;
  const run = options.run ?? dispatch;
  const isTrusted = options.isTrusted ?? isTrustedFrame;
  // Keyed by page and requestId, so one page can never cancel another page's call.
  const running = new Map<string, AbortController>();
  const keyOf = (senderId: number, requestId: string) => `${senderId}\u0000${requestId}`;

  const channels = names.map((name) => {
    const channel = opChannel(name);
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrusted(event.senderFrame)) return FORBIDDEN;
      const checked = validateEnvelope(args);
      if (!checked.ok) return checked.failure;
      const { input, lang, requestId } = checked.envelope;
      const controller = new AbortController();
      const key = requestId === undefined ? undefined : keyOf(event.sender.id, requestId);
      if (key !== undefined) {
        if (running.has(key)) return invalid(`Invalid call: requestId "${requestId}" is already running.`).failure;
        running.set(key, controller);
      }
      const sender = event.sender;
      const onProgress = (progress: ProgressEvent) => {
        if (requestId === undefined || sender.isDestroyed()) return;
        try {
          sender.send(PROGRESS_CHANNEL, { requestId, event: progress });
        } catch {
          // The page went away between the check and the send; the call still completes.
        }
      };
      try {
        return await run(name, input, { services, signal: controller.signal, onProgress, ...(lang === undefined ? {} : { lang }) });
      } finally {
        if (key !== undefined && running.get(key) === controller) running.delete(key);
      }
    });
    return channel;
  });

  const onCancel = (event: IpcEventLike, requestId: unknown) => {
    if (!isTrusted(event.senderFrame) || typeof requestId !== 'string') return;
    running.get(keyOf(event.sender.id, requestId))?.abort();
  };
  ipcMain.on(CANCEL_CHANNEL, onCancel);

  const abortWhere = (match: (key: string) => boolean) => {
    for (const [key, controller] of running) if (match(key)) controller.abort();
  };

  return {
    channels,
    inFlight: () => running.size,
    abortSender: (senderId) => abortWhere((key) => key.startsWith(`${senderId}\u0000`)),
    dispose() {
      abortWhere(() => true);
      for (const channel of channels) ipcMain.removeHandler(channel);
      ipcMain.removeListener(CANCEL_CHANNEL, onCancel);
    },
  };
}
