/**
 * Parsers for MTA-STS (RFC 8461) and TLS-RPT (RFC 8460): the `_mta-sts` TXT record (§3.1), the
 * HTTPS policy file (§3.2) and the `_smtp._tls` TXT record (RFC 8460 §3).
 */
import { isHostName } from '../support/names.ts';
import { parseTagList } from '../support/tags.ts';

export type MtaStsMode = 'enforce' | 'testing' | 'none';

export interface MtaStsRecord {
  readonly text: string;
  readonly id?: string;
  readonly problems: string[];
}

export interface MtaStsPolicy {
  readonly version?: string;
  readonly mode?: MtaStsMode;
  /** Seconds. */
  readonly maxAge?: number;
  /** mx patterns in order. */
  readonly mx: string[];
  readonly problems: string[];
}

export interface TlsRptRecord {
  readonly text: string;
  readonly rua: string[];
  readonly problems: string[];
}

/** RFC 8461 §3.2: max_age is at most 31557600 seconds (about a year). */
export const MAX_AGE_LIMIT = 31_557_600;

/** Whether a TXT record is an MTA-STS record: senders keep only those starting with `v=STSv1` (§3.1). */
export function isMtaStsRecord(text: string): boolean {
  return /^v=STSv1\s*(;|$)/u.test(text.trim());
}

export function isTlsRptRecord(text: string): boolean {
  return /^v=TLSRPTv1\s*(;|$)/u.test(text.trim());
}

/** §3.1: `v=STSv1; id=<1–32 letters or digits>`, extension fields allowed. */
export function parseMtaStsRecord(text: string): MtaStsRecord {
  const list = parseTagList(text);
  const problems = [...list.problems];
  const id = list.values.get('id');
  if (id === undefined) problems.push('no id= field');
  else if (!/^[A-Za-z0-9]{1,32}$/u.test(id)) problems.push(`id=${id} (must be 1–32 letters or digits)`);
  return { text, ...(id !== undefined ? { id } : {}), problems };
}

/** A policy mx pattern: a host name, or `*.` followed by one (§3.2, §4.1). */
export function isMxPattern(p: string): boolean {
  return isHostName(p.startsWith('*.') ? p.slice(2) : p);
}

/** §3.2: `key: value` lines separated by LF or CRLF; unknown keys are ignored. */
export function parseMtaStsPolicy(text: string): MtaStsPolicy {
  const problems: string[] = [];
  const fields = new Map<string, string>();
  const mx: string[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) {
      problems.push(`line without ":": "${line.slice(0, 60)}"`);
      continue;
    }
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'mx') {
      if (isMxPattern(value)) mx.push(value.toLowerCase());
      else problems.push(`mx: ${value} is not a host name or *.pattern`);
      continue;
    }
    if (fields.has(key)) problems.push(`${key} appears twice`);
    else fields.set(key, value);
  }
  const version = fields.get('version');
  if (version !== 'STSv1') problems.push(version === undefined ? 'no version field' : `version: ${version} (must be STSv1)`);
  const modeText = fields.get('mode');
  const mode = modeText === 'enforce' || modeText === 'testing' || modeText === 'none' ? modeText : undefined;
  if (mode === undefined) problems.push(modeText === undefined ? 'no mode field' : `mode: ${modeText} (must be enforce, testing or none)`);
  const ageText = fields.get('max_age');
  let maxAge: number | undefined;
  if (ageText === undefined) problems.push('no max_age field');
  else if (!/^\d{1,10}$/u.test(ageText) || Number(ageText) > MAX_AGE_LIMIT)
    problems.push(`max_age: ${ageText} (must be 0–${MAX_AGE_LIMIT} seconds)`);
  else maxAge = Number(ageText);
  if (mx.length === 0 && mode !== 'none') problems.push('no mx field');
  return {
    ...(version !== undefined ? { version } : {}),
    ...(mode ? { mode } : {}),
    ...(maxAge !== undefined ? { maxAge } : {}),
    mx,
    problems,
  };
}

/** RFC 8460 §3: `v=TLSRPTv1; rua=<mailto: or https: URI>[,…]`. */
export function parseTlsRptRecord(text: string): TlsRptRecord {
  const list = parseTagList(text);
  const problems = [...list.problems];
  const ruaText = list.values.get('rua');
  const rua =
    ruaText === undefined
      ? []
      : ruaText
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  if (ruaText === undefined || rua.length === 0) problems.push('no rua= field');
  for (const uri of rua) {
    if (/^mailto:[^@\s]+@[^@\s]+$/iu.test(uri)) continue;
    if (/^https:\/\/[^\s/]+/iu.test(uri)) continue;
    problems.push(`rua ${uri} is neither a mailto: nor an https: URI`);
  }
  return { text, rua, problems };
}
