/**
 * Builds `window.mailpath` from a transport: one method per operation, generated from the table's
 * names (never a generic `invoke(channel)` in the renderer's hands). Used by the preload (IPC) and
 * by the renderer's bridge client (HTTP). Pure: no Node, no DOM.
 */
import type { CallEnvelope, CallOptions, MailpathApi, OperationMethods } from './api.ts';
import type { OpName } from './ops.ts';
import type { OpResult, ProgressEvent } from './result.ts';

export interface Transport {
  readonly host: MailpathApi['host'];
  call(name: OpName, envelope: CallEnvelope, onProgress: (event: ProgressEvent) => void): Promise<OpResult<unknown>>;
  cancel(requestId: string): void;
  onDeepLink(listener: (url: string) => void): () => void;
}

let counter = 0;
function nextRequestId(): string {
  counter += 1;
  return `r${Date.now().toString(36)}-${counter}`;
}

export function createApi(names: readonly OpName[], transport: Transport): MailpathApi {
  const methods: Record<string, unknown> = {};
  for (const name of names) {
    methods[name] = (input: unknown, options: CallOptions = {}) =>
      transport.call(
        name,
        { input, lang: options.lang, requestId: options.requestId ?? nextRequestId() },
        options.onProgress ?? (() => undefined),
      );
  }
  return {
    ...(methods as unknown as OperationMethods),
    cancel: (requestId: string) => transport.cancel(requestId),
    onDeepLink: (listener: (url: string) => void) => transport.onDeepLink(listener),
    host: transport.host,
  };
}
