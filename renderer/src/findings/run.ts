/**
 * Operation runs as the UI follows them: idle → running (with progress events) → done, failed or
 * cancelled. A run's state lives in the wizard's session under its key, so it survives leaving the
 * step, and a step can start several runs at once (one per domain, one per file) and show each.
 * The task makes the calls and stores what they return; it reports a failure by returning it.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { OpFailure, ProgressEvent } from '../../../electron/engine/contract/result.ts';
import { api } from '../api/index.ts';
import { useSessionState, useSessionStore, type SessionStore } from './session.tsx';

export type RunStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface RunState {
  readonly status: RunStatus;
  /** Progress events of the current or last run, in order. */
  readonly events: readonly ProgressEvent[];
  /** Why the last run failed (also set when it was cancelled). */
  readonly error?: OpFailure;
  readonly requestId?: string;
  /** `Date.now()` when the run started. */
  readonly startedAt?: number;
}

export interface RunContext {
  /** Pass as the call's `requestId`, so Cancel reaches it. */
  readonly requestId: string;
  readonly onProgress: (event: ProgressEvent) => void;
  /** `Date.now()` when the run started, for the stored result's duration. */
  readonly startedAt: number;
}

/** Makes the calls; resolves with the failure that ended it, or undefined on success. */
export type RunTask = (ctx: RunContext) => Promise<OpFailure | undefined>;

export const IDLE_RUN: RunState = { status: 'idle', events: [] };
/** Enough for every check of a run; older events are dropped past this. */
const MAX_EVENTS = 400;

const storeKey = (key: string): string => `run:${key}`;

export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function runState(store: SessionStore, key: string): RunState {
  return store.get(storeKey(key), IDLE_RUN);
}

/** Starts `task` under `key` unless a run with that key is still going. */
export function startRun(store: SessionStore, key: string, task: RunTask): void {
  if (runState(store, key).status === 'running') return;
  const requestId = newRequestId();
  const startedAt = Date.now();
  const set = (next: (s: RunState) => RunState): void => store.set(storeKey(key), next, IDLE_RUN);
  set(() => ({ status: 'running', events: [], requestId, startedAt }));
  const onProgress = (event: ProgressEvent): void => {
    set((s) => (s.requestId === requestId ? { ...s, events: [...s.events, event].slice(-MAX_EVENTS) } : s));
  };
  const finish = (error: OpFailure | undefined): void => {
    set((s) => {
      if (s.requestId !== requestId) return s;
      if (!error) return { status: 'done', events: s.events, requestId, startedAt };
      return { ...s, status: error.code === 'cancelled' ? 'cancelled' : 'failed', error };
    });
  };
  task({ requestId, onProgress, startedAt }).then(finish, (thrown: unknown) =>
    // A bug in the task, not a user error: still shown, never swallowed.
    finish({ ok: false, code: 'internal', message: thrown instanceof Error ? thrown.message : String(thrown) }),
  );
}

/** Asks the engine to stop the run under `key` (`api.cancel(requestId)`); the run then ends as cancelled. */
export function cancelRun(store: SessionStore, key: string): void {
  const state = runState(store, key);
  if (state.status === 'running' && state.requestId !== undefined) api.cancel(state.requestId);
}

export function resetRun(store: SessionStore, key: string): void {
  if (runState(store, key).status !== 'running') store.set(storeKey(key), IDLE_RUN, IDLE_RUN);
}

export interface OperationRun {
  readonly state: RunState;
  readonly running: boolean;
  start(task: RunTask): void;
  cancel(): void;
  reset(): void;
}

/** The run under `key`, with its controls. */
export function useOperationRun(key: string): OperationRun {
  const store = useSessionStore();
  const [state] = useSessionState<RunState>(storeKey(key), IDLE_RUN);
  const start = useCallback((task: RunTask) => startRun(store, key, task), [store, key]);
  const cancel = useCallback(() => cancelRun(store, key), [store, key]);
  const reset = useCallback(() => resetRun(store, key), [store, key]);
  return useMemo(() => ({ state, running: state.status === 'running', start, cancel, reset }), [state, start, cancel, reset]);
}

/** The states of several runs at once (for "is anything running?"), re-rendering when any changes. */
export function useRunStates(keys: readonly string[]): readonly RunState[] {
  const store = useSessionStore();
  const joined = keys.join('\n');
  const cache = useRef<readonly RunState[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offs = joined === '' ? [] : joined.split('\n').map((k) => store.subscribe(storeKey(k), listener));
      return () => offs.forEach((off) => off());
    },
    [store, joined],
  );
  const snapshot = useCallback(() => {
    const next = joined === '' ? [] : joined.split('\n').map((k) => runState(store, k));
    const prev = cache.current;
    if (prev.length === next.length && prev.every((s, i) => s === next[i])) return prev;
    cache.current = next;
    return next;
  }, [store, joined]);
  return useSyncExternalStore(subscribe, snapshot);
}
