/**
 * Recently used outgoing servers, in this browser's localStorage: host, port, security and user
 * name — never a password (the type has no field for one, and `sanitize` drops anything else a
 * stored entry may carry). Shared by every case, newest first, at most `MAX_RECENT`.
 */
import { useCallback, useState } from 'react';
import { cleanHost, isSecurity, type Security } from './host.ts';

export const RECENT_KEY = 'mailpath.recentServers';
export const MAX_RECENT = 6;

export interface RecentServer {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  /** The user name (not secret; saves typing it again). */
  readonly user: string;
  /** ISO 8601 time it was last tested. */
  readonly usedAt: string;
}

const same = (a: { host: string; port: number }, host: string, port: number): boolean =>
  a.port === port && a.host.toLowerCase() === cleanHost(host).toLowerCase();

export function findRecent(list: readonly RecentServer[], host: string, port: number): RecentServer | undefined {
  return list.find((r) => same(r, host, port));
}

/** Only the fields above, checked; anything else (or anything malformed) is dropped. */
function sanitize(value: unknown): RecentServer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['host'] !== 'string' || v['host'] === '' || typeof v['port'] !== 'number' || !isSecurity(v['security'])) return undefined;
  return {
    host: v['host'],
    port: v['port'],
    security: v['security'],
    user: typeof v['user'] === 'string' ? v['user'] : '',
    usedAt: typeof v['usedAt'] === 'string' ? v['usedAt'] : '',
  };
}

export function loadRecent(): RecentServer[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.map(sanitize).filter((r): r is RecentServer => r !== undefined).slice(0, MAX_RECENT) : [];
  } catch {
    return []; // Storage off or damaged: the list is a convenience, never a blocker.
  }
}

function store(list: readonly RecentServer[]): void {
  try {
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Not kept; the list still holds for this session.
  }
}

/** `entry` first, any older entry for the same host and port removed. */
export function withRecent(list: readonly RecentServer[], entry: Omit<RecentServer, 'usedAt'>, now: Date = new Date()): RecentServer[] {
  const clean: RecentServer = { host: cleanHost(entry.host), port: entry.port, security: entry.security, user: entry.user, usedAt: now.toISOString() };
  return [clean, ...list.filter((r) => !same(r, clean.host, clean.port))].slice(0, MAX_RECENT);
}

export interface RecentServers {
  readonly list: readonly RecentServer[];
  remember(entry: Omit<RecentServer, 'usedAt'>): void;
  forget(host: string, port: number): void;
}

export function useRecentServers(): RecentServers {
  const [list, setList] = useState<RecentServer[]>(loadRecent);
  const remember = useCallback((entry: Omit<RecentServer, 'usedAt'>) => {
    setList((prev) => {
      const next = withRecent(prev, entry);
      store(next);
      return next;
    });
  }, []);
  const forget = useCallback((host: string, port: number) => {
    setList((prev) => {
      const next = prev.filter((r) => !same(r, host, port));
      store(next);
      return next;
    });
  }, []);
  return { list, remember, forget };
}
