/**
 * Offline analysis of a delivered message's headers (issue 5 §2): the Received chain as a hop
 * timeline, authentication results, spam-filter verdicts, the sending IP and the submission hop, and
 * findings about them. Pure: no network, no clock; malformed input yields findings, never exceptions.
 */
import { getDomain } from 'tldts';
import { decodeWords } from 'postal-mime';
import type { Lang } from '../../i18n/index.ts';
import { authFieldKind, parseAuthenticationResults, parseReceivedSpf } from './authres.ts';
import { parseMailDate } from './date.ts';
import { buildFindings } from './findings.ts';
import { decodeFilters } from './filters.ts';
import { decodeInput, firstField, splitHeaderFields } from './input.ts';
import { findSendingPoint, findSubmission } from './origin.ts';
import { buildHops, isInternalHop } from './timeline.ts';
import type { AnalyzeOptions, AuthResult, HeaderAnalysis, HeaderField, Hop } from './types.ts';

export type * from './types.ts';
export { parseReceived } from './received.ts';
export { parseMailDate } from './date.ts';
export { splitHeaderFields, decodeInput } from './input.ts';

const DEFAULT_SKEW = 60;
const DEFAULT_LONG_DELAY = 4 * 3600;

function decoded(field: HeaderField | undefined): string | undefined {
  if (!field) return undefined;
  try {
    return decodeWords(field.value);
  } catch {
    return field.value;
  }
}

/** The hop whose MTA most likely wrote an authentication field: by authserv-id, else by position. */
function hopFor(r: Omit<AuthResult, 'hopIndex'>, hops: readonly Hop[]): number | undefined {
  if (hops.length === 0) return undefined;
  const id = r.authservId?.toLowerCase().replace(/\.$/, '');
  if (id) {
    // Prefer the hop where mail entered over a later local delivery by the same host (LMTP).
    const newestFirst = [...hops].reverse().sort((a, b) => Number(isInternalHop(a)) - Number(isInternalHop(b)));
    const exact = newestFirst.find((h) => h.by?.host?.toLowerCase() === id);
    if (exact) return exact.index;
    const org = getDomain(id);
    const sameOrg = org ? newestFirst.find((h) => h.by?.host && getDomain(h.by.host) === org) : undefined;
    if (sameOrg) return sameOrg.index;
  }
  // The nearest Received field above this one (newer), else the newest hop.
  const above = hops.filter((h) => h.fieldIndex < r.fieldIndex).sort((a, b) => b.fieldIndex - a.fieldIndex)[0];
  return (above ?? hops[hops.length - 1])?.index;
}

function parseAuth(fields: readonly HeaderField[], hops: readonly Hop[]): AuthResult[] {
  const out: AuthResult[] = [];
  for (const field of fields) {
    const kind = authFieldKind(field.name);
    if (!kind) continue;
    const parsed = kind.kind === 'spf' ? parseReceivedSpf(field) : parseAuthenticationResults(field, kind.kind === 'arc', kind.trusted);
    for (const r of parsed) {
      const hopIndex = hopFor(r, hops);
      out.push({ ...r, ...(hopIndex !== undefined ? { hopIndex } : {}) });
    }
  }
  return out;
}

/**
 * Analyses a message's headers: a whole .eml, the headers alone, or text pasted from a mail client.
 * `lang` is the language of the findings and of the decoded filter verdicts.
 */
export function analyzeHeaders(input: string | Uint8Array, lang: Lang, options: AnalyzeOptions = {}): HeaderAnalysis {
  const fields = splitHeaderFields(decodeInput(input));
  const hops = buildHops(fields, { skewToleranceSeconds: options.skewToleranceSeconds ?? DEFAULT_SKEW });
  const auth = parseAuth(fields, hops);
  const filters = decodeFilters(fields, lang);
  const sending = findSendingPoint(hops, auth, filters);
  const submission = findSubmission(hops, sending?.hopIndex, fields);

  const returnPath = firstField(fields, 'Return-Path')?.value.replace(/^<|>$/g, '').trim();
  const dateField = firstField(fields, 'Date')?.value;
  const dateUtc = dateField ? parseMailDate(dateField)?.utc : undefined;
  const messageId = firstField(fields, 'Message-ID')?.value;
  const from = decoded(firstField(fields, 'From'));
  const to = decoded(firstField(fields, 'To'));
  const subject = decoded(firstField(fields, 'Subject'));

  const findings = buildFindings(
    {
      fields,
      hops,
      auth,
      filters,
      ...(sending ? { sending } : {}),
      ...(submission ? { submission } : {}),
      ...(returnPath ? { returnPath } : {}),
      longDelaySeconds: options.longDelaySeconds ?? DEFAULT_LONG_DELAY,
    },
    lang,
  );

  return {
    hops,
    auth,
    ...(sending ? { sendingIp: sending.ip, sendingIpSource: sending.source } : {}),
    ...(sending?.helo ? { helo: sending.helo } : {}),
    ...(sending?.hopIndex !== undefined ? { sendingHopIndex: sending.hopIndex } : {}),
    ...(returnPath !== undefined ? { returnPath } : {}),
    ...(messageId ? { messageId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(subject ? { subject } : {}),
    ...(dateField ? { date: dateField } : {}),
    ...(dateUtc ? { dateUtc } : {}),
    filters,
    ...(submission ? { submission } : {}),
    findings,
  };
}
