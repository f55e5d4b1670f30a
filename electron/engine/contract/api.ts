/**
 * The shape every host offers the renderer as `window.mailpath`: one method per operation
 * (generated from the table's names), plus cancellation. Pure types and one name list.
 */
import type { Lang } from '../i18n/index.ts';
import type { OpInput, OpName, OpOutput } from './ops.ts';
import type { OpResult, ProgressEvent } from './result.ts';

export interface CallOptions {
  /** The language findings and messages are written in. */
  readonly lang?: Lang;
  /** Called with each progress event of this call. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** An id chosen by the caller so it can cancel this call. */
  readonly requestId?: string;
}

export type OperationMethods = {
  readonly [K in OpName]: (input: OpInput<K>, options?: CallOptions) => Promise<OpResult<OpOutput<K>>>;
};

export interface MailpathApi extends OperationMethods {
  /** Cancels the call started with `requestId`; a no-op when it has ended. */
  cancel(requestId: string): void;
  /** Subscribes to `mailpath://` links opened while the app runs; returns an unsubscribe function. */
  onDeepLink(listener: (url: string) => void): () => void;
  /** Which host serves this API. */
  readonly host: 'electron' | 'bridge';
}

/** The wire envelope of one call, identical over IPC and HTTP. */
export interface CallEnvelope {
  readonly input: unknown;
  readonly lang?: string;
  readonly requestId?: string;
}
