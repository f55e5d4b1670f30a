/**
 * The DNS step's options: sending IPs, DKIM selectors, DNS servers and the authoritative mode.
 * Each starts from what the case knows (the sending IP learnt in the offline step, the options of
 * the last run stored with its result) until the consultant edits it; edits live in the session.
 */
import { useCallback, useMemo } from 'react';
import type { Case } from '../../../electron/engine/model/case.ts';
import { useSessionState } from '../findings/session.tsx';
import { SENDER_KEY } from './targets.ts';

export interface DnsSettings {
  readonly ips: string;
  readonly selectors: string;
  readonly servers: string;
  readonly authoritative: boolean;
}

/** The options a run used, stored in its result's `data.input`. */
export interface DnsRunInput {
  readonly ips: readonly string[];
  readonly dkimSelectors: readonly string[];
  readonly servers: readonly string[];
  readonly authoritative: boolean;
}

type Edits = Partial<DnsSettings>;
const NO_EDITS: Edits = {};

export function storedInput(c: Case): DnsRunInput | undefined {
  const first = c.results[SENDER_KEY] ?? Object.entries(c.results).find(([k]) => k.startsWith('dns.'))?.[1];
  const input = (first?.data as { input?: Partial<DnsRunInput> } | undefined)?.input;
  if (!input) return undefined;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ips: list(input.ips),
    dkimSelectors: list(input.dkimSelectors),
    servers: list(input.servers),
    authoritative: input.authoritative === true,
  };
}

/** What the fields show before the consultant types anything. */
export function defaultSettings(c: Case): DnsSettings {
  const last = storedInput(c);
  const ip = c.facts.sendingIp.trim();
  return {
    ips: ip !== '' ? ip : (last?.ips.join(', ') ?? ''),
    selectors: last?.dkimSelectors.join(', ') ?? '',
    servers: last?.servers.join(', ') ?? '',
    authoritative: last?.authoritative ?? false,
  };
}

export function useDnsSettings(c: Case): { settings: DnsSettings; edit: (change: Edits) => void } {
  const [edits, setEdits] = useSessionState<Edits>('dns.settings', NO_EDITS);
  const defaults = useMemo(() => defaultSettings(c), [c]);
  const settings = useMemo(() => ({ ...defaults, ...edits }), [defaults, edits]);
  const edit = useCallback((change: Edits) => setEdits((e) => ({ ...e, ...change })), [setEdits]);
  return { settings, edit };
}
