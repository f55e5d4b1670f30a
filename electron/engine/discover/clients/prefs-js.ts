/**
 * Thunderbird's settings: `profiles.ini` (which profiles exist, where) and each profile's
 * `prefs.js`, a list of `user_pref("name", value);` lines written by Thunderbird itself.
 *
 * Outgoing servers (mailnews/mailnews.js and nsIMsgOutgoingServer):
 *   mail.smtpservers = "smtp1,smtp2"             the servers, by key
 *   mail.smtp.defaultserver = "smtp1"            used by identities that name none
 *   mail.smtpserver.<key>.hostname / .port / .username / .description
 *   mail.smtpserver.<key>.try_ssl                nsMsgSocketType: 0 plain, 1 STARTTLS if offered
 *                                                (retired), 2 STARTTLS, 3 SSL/TLS; default 0
 *   mail.smtpserver.<key>.authMethod             nsMsgAuthMethod: 1 none, 3 normal password
 *                                                (default), 4 encrypted password, 5 Kerberos,
 *                                                6 NTLM, 7 TLS certificate, 10 OAuth2
 *   mail.identity.<id>.useremail / .smtpServer   an identity (a From address) and its server key
 */
import type { Security } from '../types.ts';

export type PrefValue = string | number | boolean;

const PREF = /user_pref\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*("(?:[^"\\]|\\.)*"|-?\d+|true|false)\s*\)\s*;/g;

function unquote(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1).replace(/\\(.)/g, '$1');
  }
}

/** Every `user_pref` of a prefs.js, with the line each came from. */
export function parsePrefs(text: string): Map<string, { value: PrefValue; line: string }> {
  const prefs = new Map<string, { value: PrefValue; line: string }>();
  for (const m of text.matchAll(PREF)) {
    const raw = m[2] ?? '';
    const value: PrefValue = raw.startsWith('"') ? unquote(raw) : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    prefs.set(unquote(`"${m[1] ?? ''}"`), { value, line: m[0] });
  }
  return prefs;
}

export interface ProfileEntry {
  readonly name: string;
  /** As written; relative to the ini's folder when `relative`. */
  readonly path: string;
  readonly relative: boolean;
  readonly isDefault: boolean;
}

/** The `[ProfileN]` sections of a profiles.ini. */
export function parseProfilesIni(text: string): ProfileEntry[] {
  const out: ProfileEntry[] = [];
  let section: Record<string, string> | undefined;
  let name = '';
  const flush = () => {
    if (section && /^Profile\d+$/i.test(name) && section['Path']) {
      out.push({
        name: section['Name'] ?? name,
        path: section['Path'],
        relative: section['IsRelative'] !== '0',
        isDefault: section['Default'] === '1',
      });
    }
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      flush();
      name = header[1] ?? '';
      section = {};
    } else if (section && line.includes('=') && !line.startsWith(';') && !line.startsWith('#')) {
      const i = line.indexOf('=');
      section[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  flush();
  return out;
}

export interface ThunderbirdServer {
  readonly key: string;
  readonly host: string;
  /** 0 when not set. */
  readonly port: number;
  readonly security: Security;
  readonly auth: boolean;
  readonly username?: string;
  readonly description?: string;
  /** Addresses of identities that send through it. */
  readonly identities: readonly string[];
  readonly isDefault: boolean;
  /** The prefs.js lines these facts came from. */
  readonly lines: readonly string[];
}

const SOCKET: Record<number, Security> = { 0: 'none', 1: 'starttls', 2: 'starttls', 3: 'tls' };

/** The outgoing servers of one profile's prefs. */
export function smtpServers(prefs: Map<string, { value: PrefValue; line: string }>): ThunderbirdServer[] {
  const get = (name: string) => prefs.get(name);
  const str = (name: string) => {
    const v = get(name)?.value;
    return typeof v === 'string' ? v : undefined;
  };
  const num = (name: string) => {
    const v = get(name)?.value;
    return typeof v === 'number' ? v : undefined;
  };
  const listed = (str('mail.smtpservers') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const keys = new Set(listed);
  for (const name of prefs.keys()) {
    const m = /^mail\.smtpserver\.([^.]+)\.hostname$/.exec(name);
    if (m?.[1] && m[1] !== 'default') keys.add(m[1]);
  }
  const defaultKey = str('mail.smtp.defaultserver') ?? listed[0];
  // identity id → its address and server key
  const identities = new Map<string, { email?: string; server?: string }>();
  for (const [name, { value }] of prefs) {
    const m = /^mail\.identity\.([^.]+)\.(useremail|smtpServer)$/.exec(name);
    if (!m?.[1] || typeof value !== 'string') continue;
    const entry = identities.get(m[1]) ?? {};
    if (m[2] === 'useremail') entry.email = value;
    else entry.server = value;
    identities.set(m[1], entry);
  }
  const out: ThunderbirdServer[] = [];
  for (const key of keys) {
    const base = `mail.smtpserver.${key}.`;
    const host = str(`${base}hostname`);
    if (!host) continue;
    const socket = num(`${base}try_ssl`) ?? 0;
    const authMethod = num(`${base}authMethod`) ?? 3;
    const users = [...identities.entries()]
      .filter(([, v]) => (v.server || defaultKey) === key && v.email)
      .map(([, v]) => v.email as string);
    const lines = [...prefs.entries()]
      .filter(([name]) => name.startsWith(base) || name === 'mail.smtpservers' || name === 'mail.smtp.defaultserver')
      .map(([, v]) => v.line);
    for (const [id, v] of identities) {
      if ((v.server || defaultKey) !== key) continue;
      for (const suffix of ['useremail', 'smtpServer']) {
        const line = get(`mail.identity.${id}.${suffix}`)?.line;
        if (line) lines.push(line);
      }
    }
    const username = str(`${base}username`);
    const description = str(`${base}description`);
    out.push({
      key,
      host,
      port: num(`${base}port`) ?? 0,
      security: SOCKET[socket] ?? 'none',
      auth: authMethod !== 1,
      ...(username ? { username } : {}),
      ...(description ? { description } : {}),
      identities: users,
      isDefault: key === defaultKey,
      lines,
    });
  }
  return out;
}
