/**
 * SPF macros (RFC 7208 §7): parsing a macro-string into tokens (so syntax errors are found before
 * any evaluation, §4.6), the `domain-spec` rule, and expansion with transformers, delimiters and
 * URL escaping of upper-case letters.
 */
import { isTopLabel } from './domain.ts';
import { dotFormat, formatIp, type IpAddress } from './ip.ts';

export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'c' | 'r' | 't' | 'v';

export type MacroToken =
  | { readonly kind: 'literal'; readonly text: string }
  /** `%%`, `%_`, `%-`: grammatically a macro-expand, expanding to `%`, a space, `%20`. */
  | { readonly kind: 'escape'; readonly text: string }
  | {
      readonly kind: 'macro';
      readonly letter: MacroLetter;
      /** An upper-case letter: URL-escape the expansion (§7.3). */
      readonly urlEscape: boolean;
      /** Keep this many right-hand parts. */
      readonly digits?: number;
      readonly reverse: boolean;
      /** Split characters; empty means the default `.`. */
      readonly delimiters: string;
    };

export type MacroParse = { readonly tokens: readonly MacroToken[] } | { readonly error: string };

export interface MacroParseOptions {
  /** An explain-string (§6.2, the TXT text `exp=` points to): spaces and the c, r, t letters are allowed. */
  readonly explain?: boolean;
}

const LETTERS = 'slodiphcrtv';
const DELIMITERS = '.-+,/_=';

/** Parses a macro-string (§7.1); every `%` must start a valid macro-expand. */
export function parseMacroString(text: string, options: MacroParseOptions = {}): MacroParse {
  const tokens: MacroToken[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (ch !== '%') {
      // macro-literal = %x21-24 / %x26-7E; an explain-string also allows SP.
      if ((code >= 0x21 && code <= 0x7e) || (options.explain && code === 0x20)) {
        literal += ch;
        continue;
      }
      return { error: `character U+${code.toString(16).padStart(4, '0').toUpperCase()} is not allowed` };
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      flush();
      tokens.push({ kind: 'escape', text: next === '%' ? '%' : next === '_' ? ' ' : '%20' });
      i++;
      continue;
    }
    if (next !== '{') return { error: `"%" must be followed by "{", "%", "_" or "-" (at "${text.slice(i, i + 4)}")` };
    const close = text.indexOf('}', i + 2);
    if (close < 0) return { error: `unterminated macro "${text.slice(i)}"` };
    const body = text.slice(i + 2, close);
    const m = /^([A-Za-z])(\d*)([rR]?)([.\-+,/_=]*)$/.exec(body);
    const letterRaw = m?.[1] ?? '';
    const letter = letterRaw.toLowerCase();
    if (!m || !LETTERS.includes(letter)) return { error: `unknown macro "%{${body}}"` };
    if (!options.explain && 'crt'.includes(letter)) {
      return { error: `macro "%{${body}}" is allowed only in explanation text (§7.3)` };
    }
    const digitText = m[2] ?? '';
    const digits = digitText === '' ? undefined : Number(digitText);
    if (digits === 0) return { error: `macro "%{${body}}": the number of parts must not be zero (§7.3)` };
    flush();
    tokens.push({
      kind: 'macro',
      letter: letter as MacroLetter,
      urlEscape: letterRaw !== letter,
      ...(digits !== undefined ? { digits } : {}),
      reverse: (m[3] ?? '') !== '',
      delimiters: [...new Set(m[4] ?? '')].filter((c) => DELIMITERS.includes(c)).join(''),
    });
    i = close;
  }
  flush();
  return { tokens };
}

/**
 * `domain-spec = macro-string domain-end`, `domain-end = ( "." toplabel [ "." ] ) / macro-expand`
 * (§7.1). A target without a toplabel (`a:foo-bar`, `a:museum`, `a:111.222.33.44`) is a syntax error.
 */
export function parseDomainSpec(text: string): MacroParse {
  if (text === '') return { error: 'empty domain-spec' };
  const parsed = parseMacroString(text);
  if ('error' in parsed) return parsed;
  const last = parsed.tokens[parsed.tokens.length - 1];
  if (!last || last.kind !== 'literal') return parsed;
  let tail = last.text;
  if (tail.endsWith('.')) tail = tail.slice(0, -1);
  const dot = tail.lastIndexOf('.');
  const top = tail.slice(dot + 1);
  if (dot < 0 || !isTopLabel(top)) {
    return { error: `"${text}" does not end in a valid top-level label or a macro` };
  }
  return parsed;
}

/** The values macros expand to (§7.3). */
export interface MacroValues {
  /** <sender>, with postmaster substituted as §4.3 says. */
  readonly sender: string;
  readonly local: string;
  readonly senderDomain: string;
  /** The current <domain> (changes with include: and redirect=). */
  readonly domain: string;
  readonly ip: IpAddress;
  readonly helo: string;
  readonly receivingHost: string;
  readonly now: number;
  /** The validated name of <ip> for `%{p}` (costs DNS lookups, so asked only when used). */
  readonly validatedName: (domain: string) => Promise<string>;
}

/** URL escaping (§7.3): every octet outside RFC 3986 `unreserved` becomes %XX. */
export function urlEscape(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function letterValue(letter: MacroLetter, v: MacroValues): string | Promise<string> {
  switch (letter) {
    case 's':
      return v.sender;
    case 'l':
      return v.local;
    case 'o':
      return v.senderDomain;
    case 'd':
      return v.domain;
    case 'i':
      return dotFormat(v.ip);
    case 'p':
      return v.validatedName(v.domain);
    case 'v':
      return v.ip.version === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return v.helo;
    case 'c':
      return formatIp(v.ip);
    case 'r':
      return v.receivingHost;
    case 't':
      return String(Math.floor(v.now / 1000));
  }
}

/**
 * §7.3 transformers: split on the delimiters (default "."), optionally reverse, keep the N
 * right-hand parts, and join with "." whatever the delimiters were.
 */
function transform(value: string, t: Extract<MacroToken, { kind: 'macro' }>): string {
  if (t.digits === undefined && !t.reverse && t.delimiters === '') return value;
  const delimiters = t.delimiters || '.';
  let parts: string[] = [''];
  for (const ch of value) {
    if (delimiters.includes(ch)) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  if (t.reverse) parts = parts.reverse();
  if (t.digits !== undefined && t.digits < parts.length) parts = parts.slice(parts.length - t.digits);
  return parts.join('.');
}

/** Expands parsed tokens. */
export async function expandMacros(tokens: readonly MacroToken[], values: MacroValues): Promise<string> {
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'macro') {
      out += t.text;
      continue;
    }
    const expanded = transform(await letterValue(t.letter, values), t);
    out += t.urlEscape ? urlEscape(expanded) : expanded;
  }
  return out;
}
