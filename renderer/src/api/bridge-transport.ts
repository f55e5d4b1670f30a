/**
 * The browser bridge's transport: one `POST /api/call/<op>` per call, answered as NDJSON
 * (progress lines, then one result line). The token travels in an HttpOnly cookie set by the
 * bridge, so this code never sees it. Failures of the transport itself (the bridge went away, a
 * refused request) become `OpFailure`s like every other failure, so the UI has one error path.
 */
import type { CallEnvelope } from '../../../electron/engine/contract/api.ts';
import type { Transport } from '../../../electron/engine/contract/client.ts';
import type { OpName } from '../../../electron/engine/contract/ops.ts';
import type { OpFailure, OpResult, ProgressEvent } from '../../../electron/engine/contract/result.ts';

/** Browsers keep at most 64 KiB of keep-alive request bodies in flight. */
const KEEPALIVE_LIMIT = 60 * 1024;

type Line = { type: 'progress'; event: ProgressEvent } | { type: 'result'; result: OpResult<unknown> };

function failure(code: OpFailure['code'], message: string): OpFailure {
  return { ok: false, code, message };
}

/** Splits a byte stream into lines, decoding UTF-8 across chunk boundaries. */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line !== '') yield line;
        newline = buffered.indexOf('\n');
      }
      if (done) break;
    }
    if (buffered.trim() !== '') yield buffered.trim();
  } finally {
    reader.releaseLock();
  }
}

function parseLine(text: string): Line | undefined {
  try {
    const line = JSON.parse(text) as Partial<Line>;
    if (line.type === 'progress' && typeof line.event === 'object') return line as Line;
    if (line.type === 'result' && typeof line.result === 'object') return line as Line;
  } catch {
    // Fall through: a damaged line is reported by the caller as a missing result.
  }
  return undefined;
}

async function refusal(res: Response): Promise<OpFailure> {
  const reason = (await res.text().catch(() => '')).trim();
  const code = res.status === 401 || res.status === 403 || res.status === 421 ? 'forbidden' : 'io';
  return failure(code, `The Mailpath bridge refused the call (HTTP ${res.status}${reason ? `: ${reason}` : ''}).`);
}

/** Links handed over in the address, as `#link=<mailpath://case?...>` (the bridge's stand-in for the OS). */
function takeLinkFromHash(): string | undefined {
  const match = /^#link=(.+)$/su.exec(window.location.hash);
  if (!match?.[1]) return undefined;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function createBridgeTransport(base = '/api'): Transport {
  const running = new Map<string, AbortController>();
  const linkListeners = new Set<(url: string) => void>();

  const deliverLink = (): void => {
    if (linkListeners.size === 0) return;
    const link = takeLinkFromHash();
    if (link === undefined) return;
    for (const listener of linkListeners) listener(link);
  };

  return {
    host: 'bridge',

    async call(name: OpName, envelope: CallEnvelope, onProgress: (event: ProgressEvent) => void): Promise<OpResult<unknown>> {
      const controller = new AbortController();
      const id = envelope.requestId;
      if (id !== undefined) running.set(id, controller);
      const body = JSON.stringify(envelope);
      try {
        const res = await fetch(`${base}/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          credentials: 'same-origin',
          signal: controller.signal,
          // A draft saved while the page unloads must still reach the bridge.
          keepalive: name === 'caseSave' && body.length < KEEPALIVE_LIMIT,
        });
        if (!res.ok || !res.body) return await refusal(res);
        for await (const text of readLines(res.body)) {
          const line = parseLine(text);
          if (line?.type === 'progress') onProgress(line.event);
          else if (line?.type === 'result') return line.result;
        }
        return failure('io', 'The Mailpath bridge closed the connection before answering.');
      } catch (error) {
        if (controller.signal.aborted) return failure('cancelled', 'Cancelled.');
        return failure('io', `The Mailpath bridge could not be reached (${error instanceof Error ? error.message : String(error)}).`);
      } finally {
        if (id !== undefined) running.delete(id);
      }
    },

    cancel(requestId: string): void {
      // Tell the bridge first (it stops the operation), then stop reading locally.
      void fetch(`${base}/cancel/${encodeURIComponent(requestId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        credentials: 'same-origin',
      }).catch(() => undefined);
      running.get(requestId)?.abort();
    },

    onDeepLink(listener: (url: string) => void): () => void {
      linkListeners.add(listener);
      if (linkListeners.size === 1) window.addEventListener('hashchange', deliverLink);
      // After the caller's effect has settled, hand over a link the page was opened with.
      setTimeout(deliverLink, 0);
      return () => {
        linkListeners.delete(listener);
        if (linkListeners.size === 0) window.removeEventListener('hashchange', deliverLink);
      };
    },
  };
}
