/**
 * The DMARC record (RFC 7489 §6.3, grammar in §6.4) parsed into typed values, with every problem
 * kept as data. Tag values are case-insensitive ABNF strings, except the version "DMARC1" (%x
 * notation, RFC 5234 §2.3). Unknown tags are ignored by receivers (§6.3) and listed here.
 */
import { parseTagList } from '../support/tags.ts';
import { isHostName } from '../support/names.ts';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type DmarcAlignmentMode = 'r' | 's';

/** One reporting URI of rua= or ruf= (§6.2: a URI with an optional `!size[kmgt]` limit). */
export interface DmarcUri {
  /** As written, size limit included. */
  readonly text: string;
  readonly scheme?: string;
  /** For mailto: the address; for other schemes, the URI without the size limit. */
  readonly target?: string;
  /** Host that receives the reports (the mailto domain or the URI's host). */
  readonly host?: string;
  /** The size limit as written, e.g. `10m`. */
  readonly limit?: string;
  /** Why the URI is unusable, when it is. */
  readonly problem?: string;
}

/** A tag whose value is not one the grammar allows. */
export interface DmarcTagProblem {
  readonly tag: string;
  readonly value: string;
  /** What the grammar allows, e.g. `none | quarantine | reject`. */
  readonly expected: string;
}

export interface DmarcRecord {
  readonly text: string;
  /** p= when valid. */
  readonly p?: DmarcPolicy;
  /** sp= when valid. */
  readonly sp?: DmarcPolicy;
  readonly adkim: DmarcAlignmentMode;
  readonly aspf: DmarcAlignmentMode;
  /** pct= (default 100). */
  readonly pct: number;
  readonly fo: string[];
  readonly rf: string[];
  /** ri= in seconds (default 86400). */
  readonly ri: number;
  readonly rua: DmarcUri[];
  readonly ruf: DmarcUri[];
  /** Tag-list syntax problems (duplicates, segments without `=`). */
  readonly syntax: string[];
  readonly invalid: DmarcTagProblem[];
  readonly unknownTags: string[];
}

const KNOWN = new Set(['v', 'p', 'sp', 'adkim', 'aspf', 'pct', 'fo', 'rf', 'ri', 'rua', 'ruf']);
const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];

/** Whether a TXT record is a DMARC record at all (§6.6.3 step 4: it must start with `v=DMARC1`). */
export function isDmarcRecord(text: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/u.test(text.trim());
}

/** Whether a TXT record looks like a DMARC attempt that receivers will discard. */
export function looksLikeDmarc(text: string): boolean {
  return !isDmarcRecord(text) && /v\s*=\s*dmarc/iu.test(text);
}

export function parseDmarcUri(raw: string): DmarcUri {
  const text = raw.trim();
  const m = /^(.*?)(?:!(\d+[kmgt]?))?$/iu.exec(text);
  const uri = m?.[1] ?? text;
  const limit = m?.[2];
  const base = { text, ...(limit !== undefined ? { limit: limit.toLowerCase() } : {}) };
  if (/![^!]*$/u.test(text) && limit === undefined)
    return { ...base, problem: 'size limit after "!" must be digits with an optional k, m, g or t' };
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(uri)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ...base, problem: 'no URI scheme (write mailto:address)' };
  if (scheme === 'mailto') {
    const address = decodeURIComponentSafe(uri.slice('mailto:'.length).split('?')[0] ?? '');
    const at = address.lastIndexOf('@');
    const host = at > 0 ? address.slice(at + 1).toLowerCase() : '';
    if (at <= 0 || !isHostName(host)) return { ...base, scheme, target: address, problem: 'not an e-mail address' };
    return { ...base, scheme, target: address, host };
  }
  try {
    const url = new URL(uri);
    return { ...base, scheme, target: uri, ...(url.hostname ? { host: url.hostname.toLowerCase() } : {}) };
  } catch {
    return { ...base, scheme, target: uri, problem: 'not a valid URI' };
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseDmarcRecord(text: string): DmarcRecord {
  const list = parseTagList(text);
  const invalid: DmarcTagProblem[] = [];
  const get = (tag: string): string | undefined => list.values.get(tag);
  const policy = (tag: 'p' | 'sp'): DmarcPolicy | undefined => {
    const v = get(tag);
    if (v === undefined) return undefined;
    if (POLICIES.includes(v.toLowerCase())) return v.toLowerCase() as DmarcPolicy;
    invalid.push({ tag, value: v, expected: 'none | quarantine | reject' });
    return undefined;
  };
  const mode = (tag: 'adkim' | 'aspf'): DmarcAlignmentMode => {
    const v = get(tag);
    if (v === undefined) return 'r';
    if (/^[rs]$/iu.test(v)) return v.toLowerCase() as DmarcAlignmentMode;
    invalid.push({ tag, value: v, expected: 'r | s' });
    return 'r';
  };
  const list0 = (tag: 'fo' | 'rf', allowed: readonly string[], fallback: string[]): string[] => {
    const v = get(tag);
    if (v === undefined) return fallback;
    const items = v.split(':').map((s) => s.trim().toLowerCase());
    if (items.some((i) => !allowed.includes(i))) invalid.push({ tag, value: v, expected: allowed.join(' | ') });
    return items.filter((i) => allowed.includes(i));
  };
  const integer = (tag: 'pct' | 'ri', max: number, fallback: number): number => {
    const v = get(tag);
    if (v === undefined) return fallback;
    if (/^\d+$/u.test(v) && Number(v) <= max) return Number(v);
    invalid.push({ tag, value: v, expected: tag === 'pct' ? '0–100' : 'seconds' });
    return fallback;
  };
  const uris = (tag: 'rua' | 'ruf'): DmarcUri[] => {
    const v = get(tag);
    return v === undefined
      ? []
      : v
          .split(',')
          .filter((s) => s.trim() !== '')
          .map(parseDmarcUri);
  };
  const p = policy('p');
  const sp = policy('sp');
  const version = get('v');
  const syntax = [...list.problems];
  if (list.tags[0]?.name !== 'v' || version !== 'DMARC1') syntax.push('the record must start with v=DMARC1');
  return {
    text,
    ...(p ? { p } : {}),
    ...(sp ? { sp } : {}),
    adkim: mode('adkim'),
    aspf: mode('aspf'),
    pct: integer('pct', 100, 100),
    fo: list0('fo', ['0', '1', 'd', 's'], ['0']),
    rf: list0('rf', ['afrf'], ['afrf']),
    ri: integer('ri', 4294967295, 86400),
    rua: uris('rua'),
    ruf: uris('ruf'),
    syntax,
    invalid,
    unknownTags: list.tags.map((t) => t.name).filter((n) => !KNOWN.has(n)),
  };
}
