/**
 * Session state shared by the wizard's steps: values that must outlive a step's component (a
 * running check, files dropped but not yet stored) without being part of the saved case. The
 * wizard mounts one provider; a step reads and writes its values by key, so leaving a step while
 * a check runs and coming back shows the same progress.
 */
import { createContext, useCallback, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

type Listener = () => void;

export class SessionStore {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Map<string, Set<Listener>>();

  get<T>(key: string, initial: T): T {
    return this.values.has(key) ? (this.values.get(key) as T) : initial;
  }

  set<T>(key: string, next: T | ((prev: T) => T), initial: T): void {
    const prev = this.get(key, initial);
    const value = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
    if (Object.is(value, prev)) return;
    this.values.set(key, value);
    for (const listener of this.listeners.get(key) ?? []) listener();
  }

  subscribe(key: string, listener: Listener): () => void {
    const set = this.listeners.get(key) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
    };
  }
}

/** Used when no provider is mounted (a step rendered on its own). */
const fallback = new SessionStore();
const SessionContext = createContext<SessionStore>(fallback);

export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [store] = useState(() => new SessionStore());
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  return useContext(SessionContext);
}

/** Like `useState`, but kept in the wizard's session under `key`. `initial` must be stable (a constant). */
export function useSessionState<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void] {
  const store = useSessionStore();
  const subscribe = useCallback((listener: Listener) => store.subscribe(key, listener), [store, key]);
  const value = useSyncExternalStore(subscribe, () => store.get(key, initial));
  const set = useCallback((next: T | ((prev: T) => T)) => store.set(key, next, initial), [store, key, initial]);
  return [value, set];
}
