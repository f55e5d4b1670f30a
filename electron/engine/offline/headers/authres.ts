/**
 * Authentication-Results (RFC 8601 §2.2), ARC-Authentication-Results (RFC 8617 §4.1.1) and
 * Received-SPF (RFC 7208 §9.1). Written by hand rather than with mailauth's parser because that one keys
 * results by method and so keeps only one `spf=` per field; here every method result is kept, in order.
 * Tolerates what receivers write in practice: Microsoft's fields without an authserv-id, comments glued
 * to results (`dmarc=pass(p=NONE)`), `;` without spaces, and several methods in one resinfo.
 */
import type { AuthResult, HeaderField } from './types.ts';

interface Pair {
  readonly key: string;
  readonly value?: string;
}

interface Lexed {
  readonly pairs: Pair[];
  readonly comments: string[];
}

/** Splits on `;` outside comments and quoted strings. */
export function splitSemicolons(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (quoted) {
      if (c === '\\') {
        cur += c + (value[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') quoted = false;
    } else if (c === '"' && depth === 0) {
      quoted = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
    } else if (c === ';' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** Words and `key=value` pairs of one resinfo, comments apart. */
function lex(segment: string): Lexed {
  const pairs: Pair[] = [];
  const comments: string[] = [];
  let i = 0;
  const n = segment.length;
  const skipWs = (): void => {
    while (i < n && /\s/.test(segment[i] ?? '')) i++;
  };
  while (i < n) {
    skipWs();
    if (i >= n) break;
    const c = segment[i];
    if (c === '(') {
      let depth = 1;
      let text = '';
      i++;
      while (i < n && depth > 0) {
        const d = segment[i] ?? '';
        if (d === '\\' && i + 1 < n) {
          text += segment[i + 1];
          i += 2;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')') depth--;
        if (depth > 0) text += d;
        i++;
      }
      comments.push(text.replace(/\s+/g, ' ').trim());
      continue;
    }
    let key = '';
    while (i < n && !/[\s=(]/.test(segment[i] ?? '')) key += segment[i++];
    skipWs();
    if (segment[i] === '=') {
      i++;
      skipWs();
      let value = '';
      if (segment[i] === '"') {
        i++;
        while (i < n && segment[i] !== '"') {
          if (segment[i] === '\\') i++;
          value += segment[i] ?? '';
          i++;
        }
        i++;
      } else {
        while (i < n && !/[\s(]/.test(segment[i] ?? '')) value += segment[i++];
      }
      pairs.push({ key, value });
    } else if (key) {
      pairs.push({ key });
    } else {
      i++; // a stray character; never loop forever
    }
  }
  return { pairs, comments };
}

// A pair whose key is one of these starts a result even without a `;` before it.
const METHODS =
  /^(?:spf|dkim|dmarc|arc|iprev|auth|compauth|dkim-atps|dkim-adsp|domainkeys|sender-id|bimi|rrvs|smime|vbr|dnswl|x-[a-z0-9-]+)$/i;
// `method=result` as the first pair of a field means there is no authserv-id (Microsoft writes that).
const METHOD_PAIR = /^[a-z][a-z0-9-]*(?:\/\d+)?$/i;

type Partial = Omit<AuthResult, 'hopIndex'>;

function resultsOf(segment: string, base: Omit<Partial, 'method' | 'result' | 'properties'>): Partial[] {
  const { pairs, comments } = lex(segment);
  const out: Partial[] = [];
  let cur: { method: string; result: string; reason?: string; props: Record<string, string> } | undefined;
  const push = (): void => {
    if (!cur) return;
    out.push({
      ...base,
      method: cur.method,
      result: cur.result,
      ...(cur.reason ? { reason: cur.reason } : {}),
      ...(comments.length > 0 ? { comment: comments.join('; ') } : {}),
      properties: cur.props,
    });
  };
  for (const p of pairs) {
    if (p.value === undefined) continue;
    const key = p.key.toLowerCase();
    if (!cur || (METHODS.test(key.replace(/\/\d+$/, '')) && !key.includes('.'))) {
      if (!cur && !METHOD_PAIR.test(key)) continue;
      push();
      cur = { method: key.replace(/\/\d+$/, ''), result: p.value.toLowerCase(), props: {} };
    } else if (key === 'reason') {
      cur.reason = p.value;
    } else {
      cur.props[key] = p.value;
    }
  }
  push();
  // Comments belong to the result they follow; with several results in one segment keep them on all.
  return out;
}

/** Field names that carry RFC 8601 payloads, and whether a receiver vouches for them. */
export function authFieldKind(name: string): { kind: 'ar' | 'arc' | 'spf'; trusted: boolean } | undefined {
  const n = name.toLowerCase();
  if (n === 'authentication-results') return { kind: 'ar', trusted: true };
  // Copies of earlier verdicts: Microsoft 365 keeps the one its own tenant made when the sender's
  // on-premises server relayed through it (X-MS-Exchange-…), and renames foreign ones (…-Original).
  if (
    n === 'x-ms-exchange-authentication-results' ||
    n === 'authentication-results-original' ||
    n === 'x-original-authentication-results'
  ) {
    return { kind: 'ar', trusted: false };
  }
  if (n === 'arc-authentication-results') return { kind: 'arc', trusted: true };
  if (n === 'received-spf') return { kind: 'spf', trusted: true };
  return undefined;
}

/** Parses one Authentication-Results or ARC-Authentication-Results field. */
export function parseAuthenticationResults(field: HeaderField, arc: boolean, trusted: boolean): Partial[] {
  const segments = splitSemicolons(field.value).filter((s) => s.length > 0);
  let instance: number | undefined;
  if (arc) {
    const m = /^i\s*=\s*(\d+)$/i.exec(segments[0] ?? '');
    if (m) {
      instance = Number(m[1]);
      segments.shift();
    }
  }
  let authservId: string | undefined;
  const first = segments[0];
  if (first !== undefined) {
    const { pairs } = lex(first);
    const head = pairs[0];
    if (head && head.value === undefined) {
      // authserv-id [version]; RFC 8601 §2.5 — e.g. `mx.google.com`, `example.org 1`.
      authservId = head.key;
      segments.shift();
      // A resinfo glued to the id without `;` (seen in the wild): keep it.
      const rest = pairs.slice(1).filter((p) => p.value !== undefined);
      if (rest.length > 0) segments.unshift(first.slice(first.indexOf(rest[0]?.key ?? '')));
    }
  }
  const base = {
    header: field.name,
    ...(authservId ? { authservId } : {}),
    ...(instance !== undefined ? { instance } : {}),
    fieldIndex: field.index,
    trusted,
  };
  return segments.flatMap((s) => resultsOf(s, base)).filter((r) => r.method !== 'none');
}

/** Parses Received-SPF: `result (comment) key=value; key=value …`. */
export function parseReceivedSpf(field: HeaderField): Partial[] {
  const { pairs, comments } = lex(field.value.replace(/;/g, ' '));
  const head = pairs[0];
  if (!head || head.value !== undefined) return [];
  const properties: Record<string, string> = {};
  for (const p of pairs.slice(1)) if (p.value !== undefined) properties[p.key.toLowerCase()] = p.value;
  return [
    {
      header: field.name,
      method: 'spf',
      result: head.key.toLowerCase(),
      ...(comments.length > 0 ? { comment: comments.join('; ') } : {}),
      properties,
      fieldIndex: field.index,
      trusted: true,
      ...(properties['receiver'] && !/^<.*>$/.test(properties['receiver']) ? { authservId: properties['receiver'] } : {}),
    },
  ];
}

/** The client IP a result names: a property, or the text receivers put in the SPF comment. */
export function ipHintOf(r: AuthResult | Partial): string | undefined {
  const p = r.properties;
  const direct = p['client-ip'] ?? p['smtp.client-ip'] ?? p['smtp.remote-ip'] ?? p['policy.iprev'];
  if (direct) return direct;
  const c = r.comment ?? '';
  const m =
    /designates\s+([0-9a-f:.]+)\s+as permitted sender/i.exec(c) ??
    /does not designate\s+([0-9a-f:.]+)\s+as permitted sender/i.exec(c) ??
    /sender IP is\s+([0-9a-f:.]+)/i.exec(c) ??
    /client-ip=([0-9a-f:.]+)/i.exec(c);
  return m?.[1];
}
