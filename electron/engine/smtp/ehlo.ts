/**
 * The EHLO reply (RFC 5321 §4.1.1.1): the first line names the server, each further line is one
 * service extension keyword with its parameters.
 */
import type { Reply } from './reply.ts';
import { parseReplyLine } from './reply.ts';
import type { EhloInfo } from './types.ts';

/** The extensions the probe reports on by name, in the order the report lists them. */
export const KNOWN_EXTENSIONS = [
  'SIZE',
  'PIPELINING',
  '8BITMIME',
  'SMTPUTF8',
  'STARTTLS',
  'AUTH',
  'ENHANCEDSTATUSCODES',
  'DSN',
  'CHUNKING',
  'REQUIRETLS',
] as const;

export function parseEhlo(reply: Reply, verb: 'ehlo' | 'helo'): EhloInfo {
  const texts = reply.lines.map((l) => parseReplyLine(l)?.text ?? '');
  const name = (texts[0] ?? '').trim().split(/\s+/u)[0] ?? '';
  const extensions: string[] = [];
  const mechanisms = new Set<string>();
  let size: number | undefined;
  for (const text of texts.slice(1)) {
    const trimmed = text.trim();
    if (trimmed.length === 0) continue;
    const [keyword = '', ...args] = trimmed.split(/\s+/u);
    // Some old servers announce `AUTH=LOGIN PLAIN` (pre-RFC 4954 syntax); treat it as AUTH.
    const legacyAuth = keyword.toUpperCase().startsWith('AUTH=');
    const kw = legacyAuth ? 'AUTH' : keyword.toUpperCase();
    const params = legacyAuth ? [keyword.slice(5), ...args] : args;
    extensions.push([kw, ...params].join(' '));
    if (kw === 'AUTH') for (const m of params) if (m.length > 0) mechanisms.add(m.toUpperCase());
    if (kw === 'SIZE' && params[0] !== undefined && /^\d+$/u.test(params[0])) size = Number(params[0]);
  }
  return {
    name,
    verb,
    extensions,
    authMechanisms: [...mechanisms],
    ...(size !== undefined ? { size } : {}),
    starttls: extensions.some((e) => e.split(' ')[0] === 'STARTTLS'),
  };
}

/** Whether the server announced `keyword`. */
export function hasExtension(info: EhloInfo, keyword: string): boolean {
  const k = keyword.toUpperCase();
  return info.extensions.some((e) => e.split(' ')[0] === k);
}

/** The announced extension keywords among those the probe knows, e.g. `SIZE 10240000, PIPELINING`. */
export function extensionSummary(info: EhloInfo): string {
  const known = info.extensions.filter((e) => (KNOWN_EXTENSIONS as readonly string[]).includes(e.split(' ')[0] ?? ''));
  return known.length > 0 ? known.join(', ') : '—';
}
