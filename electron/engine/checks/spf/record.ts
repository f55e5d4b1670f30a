/**
 * SPF record selection (RFC 7208 §4.5) and parsing (§4.6, §5, §6, ABNF in §12). The whole record is
 * parsed before any mechanism is evaluated, because a syntax error anywhere makes the result
 * `permerror` (§4.6) even when an earlier mechanism would have matched.
 */
import { parseDomainSpec, parseMacroString, type MacroToken } from './macro.ts';
import { parseIpv4, parseIpv6, type IpAddress } from './ip.ts';
import type { SpfQualifier } from './types.ts';

export type MechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';
const MECHANISMS: readonly string[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];

/** Mechanisms and modifiers that query DNS and count against the limit of 10 (§4.6.4). */
export const DNS_TERMS: readonly string[] = ['include', 'a', 'mx', 'ptr', 'exists', 'redirect'];

export interface Mechanism {
  readonly kind: 'mechanism';
  /** As written. */
  readonly text: string;
  readonly qualifier: SpfQualifier;
  readonly name: MechanismName;
  /** include, a, mx, ptr, exists: the parsed target (absent = the current domain). */
  readonly domainSpec?: readonly MacroToken[];
  /** a, mx: CIDR lengths (absent = 32 / 128). */
  readonly cidr4?: number;
  readonly cidr6?: number;
  /** ip4, ip6: the network and prefix length. */
  readonly network?: IpAddress;
  readonly prefix?: number;
}

export interface Modifier {
  readonly kind: 'modifier';
  readonly text: string;
  /** Lower-case name. */
  readonly name: string;
  readonly value: string;
  /** redirect, exp: the parsed domain-spec. */
  readonly domainSpec?: readonly MacroToken[];
}

export type Term = Mechanism | Modifier;

export interface ParsedRecord {
  readonly terms: readonly Term[];
  readonly redirect?: Modifier;
  readonly exp?: Modifier;
}

export type RecordParse =
  { readonly ok: true; readonly record: ParsedRecord } | { readonly ok: false; readonly error: string; readonly term?: string };

/** §4.5: a record is an SPF record when it starts with `v=spf1` followed by a space or its end (any case). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

const CIDR4 = /^(0|[1-9]\d?)$/;
const CIDR6 = /^(0|[1-9]\d{0,2})$/;

function cidr(text: string | undefined, max: number, shape: RegExp): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  if (!shape.test(text)) return 'bad';
  const n = Number(text);
  return n > max ? 'bad' : n;
}

type Parsed<T> = T | { error: string };

function parseDualCidr(text: string): Parsed<{ cidr4?: number; cidr6?: number }> {
  const m = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(text);
  if (!m) return { error: `invalid CIDR length "${text}"` };
  const c4 = cidr(m[1], 32, CIDR4);
  const c6 = cidr(m[2], 128, CIDR6);
  if (c4 === 'bad' || c6 === 'bad') return { error: `invalid CIDR length "${text}" (IPv4 0–32, IPv6 0–128, no leading zeros)` };
  return { ...(c4 !== undefined ? { cidr4: c4 } : {}), ...(c6 !== undefined ? { cidr6: c6 } : {}) };
}

function domainArg(spec: string): Parsed<{ domainSpec: readonly MacroToken[] }> {
  const parsed = parseDomainSpec(spec);
  return 'error' in parsed ? parsed : { domainSpec: parsed.tokens };
}

function mechanismArgs(name: MechanismName, rest: string): Parsed<Partial<Mechanism>> {
  switch (name) {
    case 'all':
      return rest === '' ? {} : { error: '"all" takes no argument' };
    case 'include':
    case 'exists':
      if (!rest.startsWith(':') || rest.length === 1) return { error: `"${name}" needs ":" and a domain` };
      return domainArg(rest.slice(1));
    case 'ptr':
      if (rest === '') return {};
      if (!rest.startsWith(':')) return { error: '"ptr" takes only ":" and a domain' };
      return domainArg(rest.slice(1));
    case 'a':
    case 'mx': {
      if (rest === '' || rest.startsWith('/')) return parseDualCidr(rest);
      if (!rest.startsWith(':')) return { error: `invalid "${name}" mechanism` };
      // The domain-spec may itself contain "/" (it is a macro-literal); the CIDR lengths are the
      // trailing "/n" and "//n" parts.
      const m = /^(.*?)((?:\/\d+)?(?:\/\/\d+)?)$/s.exec(rest.slice(1));
      const spec = m?.[1] ?? '';
      const lengths = parseDualCidr(m?.[2] ?? '');
      if ('error' in lengths) return lengths;
      const domain = domainArg(spec);
      return 'error' in domain ? domain : { ...domain, ...lengths };
    }
    case 'ip4': {
      const m = /^:([^/]*)(?:\/(\d+))?$/.exec(rest);
      const network = m ? parseIpv4(m[1] ?? '') : undefined;
      if (!m || !network) return { error: `"ip4" needs a dotted-quad address: "${rest}"` };
      const prefix = cidr(m[2], 32, CIDR4);
      if (prefix === 'bad') return { error: `invalid IPv4 CIDR length "/${m[2] ?? ''}"` };
      return { network, prefix: prefix ?? 32 };
    }
    case 'ip6': {
      const m = /^:([^/]*)(?:\/(\d+))?$/.exec(rest);
      const network = m ? parseIpv6(m[1] ?? '') : undefined;
      if (!m || !network) return { error: `"ip6" needs an IPv6 address: "${rest}"` };
      const prefix = cidr(m[2], 128, CIDR6);
      if (prefix === 'bad') return { error: `invalid IPv6 CIDR length "/${m[2] ?? ''}"` };
      return { network, prefix: prefix ?? 128 };
    }
  }
}

/** Parses one term (§4.6.1): a modifier is a name followed by "=" before any ":" or "/". */
export function parseTerm(text: string): Parsed<Term> {
  const mod = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s.exec(text);
  if (mod) {
    const name = (mod[1] ?? '').toLowerCase();
    const value = mod[2] ?? '';
    if (name === 'redirect' || name === 'exp') {
      const spec = parseDomainSpec(value);
      if ('error' in spec) return { error: `${name}=: ${spec.error}` };
      return { kind: 'modifier', text, name, value, domainSpec: spec.tokens };
    }
    // §6: unknown modifiers are ignored, but their value must still be a valid macro-string.
    const macro = parseMacroString(value);
    if ('error' in macro) return { error: `${name}=: ${macro.error}` };
    return { kind: 'modifier', text, name, value };
  }
  const m = /^([+\-~?]?)([A-Za-z][A-Za-z0-9]*)(.*)$/s.exec(text);
  const name = (m?.[2] ?? '').toLowerCase();
  if (!m || !MECHANISMS.includes(name)) return { error: `unknown mechanism "${text}"` };
  const args = mechanismArgs(name as MechanismName, m[3] ?? '');
  if ('error' in args) return args;
  return { ...args, kind: 'mechanism', text, qualifier: (m[1] || '+') as SpfQualifier, name: name as MechanismName };
}

/** Parses a whole v=spf1 record; the first syntax error makes it unusable (§4.6). */
export function parseRecord(text: string): RecordParse {
  if (!isSpfRecord(text)) return { ok: false, error: 'not a v=spf1 record' };
  // §4.6.1: terms are separated by one or more SP (and only SP; a tab or CR is a syntax error).
  const words = text
    .slice(6)
    .split(' ')
    .filter((w) => w !== '');
  const terms: Term[] = [];
  let redirect: Modifier | undefined;
  let exp: Modifier | undefined;
  for (const word of words) {
    const term = parseTerm(word);
    if ('error' in term) return { ok: false, error: term.error, term: word };
    if (term.kind === 'modifier' && (term.name === 'redirect' || term.name === 'exp')) {
      // §6: redirect= and exp= may each appear at most once.
      if ((term.name === 'redirect' ? redirect : exp) !== undefined) {
        return { ok: false, error: `"${term.name}=" appears more than once`, term: word };
      }
      if (term.name === 'redirect') redirect = term;
      else exp = term;
    }
    terms.push(term);
  }
  return { ok: true, record: { terms, ...(redirect ? { redirect } : {}), ...(exp ? { exp } : {}) } };
}
