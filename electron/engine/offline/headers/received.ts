/**
 * One Received field (RFC 5321 §4.4, RFC 5322 §3.6.7) into its clauses: from / by / via / with / id /
 * for and the time stamp. Real MTAs bend the grammar in many ways, so clauses are found by keyword
 * and each clause keeps its comments; see `from-clause.ts` and `hop-security.ts` for their meaning.
 */
import { parseMailDate, type MailDate } from './date.ts';
import { parseFromClause } from './from-clause.ts';
import { authenticationOf, tlsOf } from './hop-security.ts';
import { findIps, normalizeIp } from './ip.ts';
import { tokenize, untokenize, type Token } from './tokens.ts';
import type { HopBy, HopFrom, HopTime, HopTls } from './types.ts';

export interface ParsedReceived {
  readonly from?: HopFrom;
  readonly by?: HopBy;
  readonly with?: string;
  readonly protocol?: string;
  readonly id?: string;
  readonly for?: string;
  readonly via?: string;
  readonly envelopeFrom?: string;
  readonly time?: HopTime;
  readonly tls: HopTls;
  readonly authenticated?: { readonly user?: string; readonly evidence: string };
}

export interface Clause {
  readonly key: string;
  readonly words: string[];
  readonly comments: string[];
  readonly tokens: Token[];
}

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);
// A day-month-year time anywhere, for fields whose date lacks the `;` before it.
const LOOSE_DATE =
  /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{2,4}\s+\d{1,2}:\d{2}/i;

// SendGrid's filter hops: `… id X 2020-07-06 09:45:46.161499776 +0000 UTC m=+837368.64`, no `;`.
const LOOSE_ISO = /\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?\s*(?:[+-]\d{2}:?\d{2}|Z\b|UTC\b)/;

/** Splits off the date-time: after the last `;` that is followed by one (Exchange puts `; via …;` first). */
function splitDate(tokens: readonly Token[]): { clause: Token[]; date?: MailDate } {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'semi') segments.push([]);
    else segments[segments.length - 1]?.push(t);
  }
  for (let k = segments.length - 1; k >= 1; k--) {
    const date = parseMailDate(untokenize(segments[k] ?? []));
    if (date) {
      const clause = segments.filter((_, i) => i !== k).flat();
      if (date.rest) clause.push(...tokenize(date.rest));
      return { clause, date };
    }
  }
  const flat = segments.flat();
  const text = untokenize(flat);
  const loose = LOOSE_DATE.exec(text) ?? LOOSE_ISO.exec(text);
  if (loose && loose.index !== undefined) {
    const date = parseMailDate(text.slice(loose.index));
    // Go's time format (SendGrid) follows the offset with the zone name and a monotonic clock reading.
    const rest = date?.rest.replace(/^(?:[A-Z]{2,5}\b)?\s*(?:m=[+-]?[\d.]+)?\s*$/, '') ?? '';
    if (date) return { clause: tokenize(text.slice(0, loose.index) + ' ' + rest), date };
  }
  return { clause: flat };
}

function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [{ key: '', words: [], comments: [], tokens: [] }];
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (t.kind === 'word' && KEYWORDS.has(lower)) {
      clauses.push({ key: lower, words: [], comments: [], tokens: [] });
      continue;
    }
    const cur = clauses[clauses.length - 1];
    if (!cur) continue;
    cur.tokens.push(t);
    if (t.kind === 'word') cur.words.push(t.text);
    else if (t.kind === 'comment') cur.comments.push(t.text);
  }
  return clauses;
}

function clause(clauses: readonly Clause[], key: string): Clause | undefined {
  return clauses.find((c) => c.key === key);
}

const NOT_SOFTWARE =
  /\[|envelope-(?:from|sender)|^(?:using|version=)|cipher|^no client certificate|^authenticated|^orcpt|^helo|^\d+\.\d+\.\d+\.\d+$/i;

function parseBy(c: Clause, allComments: readonly string[]): HopBy {
  const host = c.words[0]?.replace(/\.$/, '');
  let ip: string | undefined;
  let software: string | undefined;
  for (const comment of c.comments) {
    const { literals, bare } = findIps(comment);
    const found = literals[literals.length - 1] ?? (/^[0-9a-f:.]+$/i.test(comment) ? bare[0] : undefined);
    if (found && !ip) {
      ip = found;
      continue;
    }
    if (!software && !NOT_SOFTWARE.test(comment) && comment.length > 0) software = comment;
  }
  software ??= allComments.find((x) => /^(?:Exim|Postfix|qpsmtpd|Sendmail|Halon|PPS)\b/i.test(x));
  const hostIp = host ? normalizeIp(host) : undefined;
  return {
    text: untokenize(c.tokens),
    ...(host ? { host } : {}),
    ...(ip ? { ip } : hostIp ? { ip: hostIp } : {}),
    ...(software ? { software } : {}),
  };
}

/** The protocol keyword of a `with` clause, upper-cased. */
function protocolOf(words: readonly string[]): string | undefined {
  const first = words[0];
  if (!first) return undefined;
  if (/^microsoft$/i.test(first)) {
    const end = words.findIndex((w) => /^(?:server|smtpsvc.*)$/i.test(w));
    return words
      .slice(0, end >= 0 ? end + 1 : 3)
      .join(' ')
      .toUpperCase();
  }
  // Symantec MessageLabs (qmail): `with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP`.
  const afterCipher = /^encrypted$/i.test(words[1] ?? '') ? words[2] : undefined;
  if (afterCipher) return afterCipher.toUpperCase();
  return (first.split('/')[0] ?? first).toUpperCase();
}

export function parseReceived(value: string): ParsedReceived {
  const { clause: clauseTokens, date } = splitDate(tokenize(value));
  const clauses = clausesOf(clauseTokens);
  const allComments = clauses.flatMap((c) => c.comments);

  const byClause = clause(clauses, 'by');
  const by = byClause ? parseBy(byClause, allComments) : undefined;

  // RFC 5322 §3.6.7 puts `from` first; a `from` after `by` is free text (Mailman's
  // `by outflank-mailman (output) from mailman id …`), not the connecting client.
  const byAt = byClause ? clauses.indexOf(byClause) : -1;
  const fromClause = clauses.find((c, i) => c.key === 'from' && (byAt < 0 || i < byAt));
  let from: HopFrom | undefined;
  if (fromClause) {
    from = parseFromClause(fromClause, by?.software);
  } else {
    // Sendmail's local submission `(from user@localhost)`, qmail `(qmail 123 invoked by uid 89)`.
    const pre = clauses[0]?.comments.find((x) => /^from\s/i.test(x));
    if (pre) from = { text: `(${pre})`, user: pre.replace(/^from\s+/i, '') };
  }

  const withClauses = clauses.filter((c) => c.key === 'with');
  const withWords = withClauses.flatMap((c) => c.words);
  const withText = withClauses.map((c) => untokenize(c.tokens)).join(' with ');
  const protocol = protocolOf(withWords);
  // Haraka writes `id … envelope-from <…>` without a comment around the envelope sender.
  const bareEnv = (c: Clause | undefined): number => c?.words.findIndex((w) => /^envelope-(?:from|sender)$/i.test(w)) ?? -1;
  const join = (key: string): string | undefined => {
    const c = clause(clauses, key);
    const at = bareEnv(c);
    const text = (at >= 0 ? c?.words.slice(0, at) : c?.words)?.join(' ').trim();
    return text ? text : undefined;
  };
  const id = join('id');
  const forText = join('for');
  const via = join('via');
  const env = /envelope-(?:from|sender)\s*<([^>]*)>/i.exec([...allComments, ...clauses.flatMap((c) => c.words)].join(' '));

  let time: HopTime | undefined;
  if (date) time = { utc: date.utc, original: date.original, zone: date.zone, zoneKnown: date.zoneKnown };

  const tls = tlsOf(value, protocol, withText);
  const authenticated = authenticationOf(allComments, protocol, withText);
  return {
    ...(from ? { from } : {}),
    ...(by ? { by } : {}),
    ...(withText ? { with: withText } : {}),
    ...(protocol ? { protocol } : {}),
    ...(id ? { id } : {}),
    ...(forText ? { for: forText } : {}),
    ...(via ? { via } : {}),
    ...(env?.[1] !== undefined ? { envelopeFrom: env[1] } : {}),
    ...(time ? { time } : {}),
    tls,
    ...(authenticated ? { authenticated } : {}),
  };
}
