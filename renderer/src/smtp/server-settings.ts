/**
 * The outgoing server the consultant tests: host, port, security and user name, kept in the
 * wizard's session while it is edited and in the case as `facts.outgoingServer` (`host:port`).
 * The password is a separate session value that lives in memory only: it is never written to the
 * case, to localStorage or to any result (see `usePassword`).
 */
import { useCallback, useMemo } from 'react';
import type { Case } from '../../../electron/engine/model/case.ts';
import { useSessionState } from '../findings/session.tsx';
import { cleanHost, effectivePort, hostPort, parseHostPort, securityForPort, type Security } from './host.ts';
import { findRecent, type RecentServer } from './recent.ts';

export interface ServerSettings {
  readonly host: string;
  /** As typed; empty means the default for the security (465 for TLS, else 587). */
  readonly port: string;
  readonly security: Security;
  readonly user: string;
}

/** The advanced options: DNS servers to ask and extra trusted CA certificates (PEM). */
export interface AdvancedSettings {
  /** `HOST[:PORT]`, separated by commas or spaces. */
  readonly dnsServers: string;
  readonly ca: string;
  /** The file the CA text came from, if it was chosen as a file. */
  readonly caName: string;
}

export const EMPTY_SERVER: ServerSettings = { host: '', port: '587', security: 'starttls', user: '' };
export const EMPTY_ADVANCED: AdvancedSettings = { dnsServers: '', ca: '', caName: '' };

/** What the form shows for a case: its server, with the security and user last used with it. */
export function settingsFromCase(c: Case, recent: readonly RecentServer[]): ServerSettings {
  const parsed = parseHostPort(c.facts.outgoingServer);
  if (!parsed) return EMPTY_SERVER;
  const port = parsed.port ?? 587;
  const known = findRecent(recent, parsed.host, port);
  return {
    host: parsed.host,
    port: String(port),
    security: known?.security ?? securityForPort(port),
    user: known?.user ?? '',
  };
}

/** The case with `facts.outgoingServer` following the form (empty while no host is typed). */
export function withServerFact(c: Case, s: ServerSettings): Case {
  const port = effectivePort(s);
  const host = cleanHost(s.host);
  const value = host !== '' && port !== undefined ? hostPort(host, port) : '';
  if (c.facts.outgoingServer === value) return c;
  return { ...c, facts: { ...c.facts, outgoingServer: value } };
}

export interface ServerSettingsState {
  readonly server: ServerSettings;
  /** Applies a change to the form and to `facts.outgoingServer`. */
  edit(change: Partial<ServerSettings>): void;
  readonly advanced: AdvancedSettings;
  editAdvanced(change: Partial<AdvancedSettings>): void;
}

export function useServerSettings(c: Case, recent: readonly RecentServer[], update: (change: (c: Case) => Case) => void): ServerSettingsState {
  const [edited, setEdited] = useSessionState<ServerSettings | null>('smtp.server', null);
  const [advanced, setAdvanced] = useSessionState<AdvancedSettings>('smtp.advanced', EMPTY_ADVANCED);
  const fromCase = useMemo(() => settingsFromCase(c, recent), [c, recent]);
  // The form follows the case until the consultant edits it here (a link or a new case may change it).
  const server = edited && withServerFact(c, edited) === c ? edited : fromCase;
  const edit = useCallback(
    (change: Partial<ServerSettings>) => {
      const next = { ...server, ...change };
      setEdited(next);
      update((d) => withServerFact(d, next));
    },
    [server, setEdited, update],
  );
  const editAdvanced = useCallback((change: Partial<AdvancedSettings>) => setAdvanced((a) => ({ ...a, ...change })), [setAdvanced]);
  return { server, edit, advanced, editAdvanced };
}

/**
 * The password: in this session's memory and nowhere else. Deliberately not part of
 * `ServerSettings`, so no code that stores settings can store it by accident.
 */
export function usePassword(): [string, (value: string) => void] {
  const [password, setPassword] = useSessionState<string>('smtp.password', '');
  return [password, setPassword];
}
