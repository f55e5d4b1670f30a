/**
 * The from clause of a Received field: who connected. MTAs write it differently:
 * - RFC 5321 §4.4, Postfix, Sendmail, Google: `from HELO (RDNS [IP])`, `unknown` or nothing when there
 *   is no reverse name, Sendmail `(user@RDNS [IP])` with an ident.
 * - Exim: `from RDNS ([IP]:port helo=HELO)` or, without a verified name, `from [IP] (helo=HELO)`;
 *   no `helo=` when it equals the name.
 * - qmail, IronPort: `from RDNS (HELO name) (IP)`, `unknown` when there is no reverse name.
 * - Exchange: `from HELO (IP)` with a bare address.
 * - ZMailer (vger.kernel.org): `from RDNS ([IP]:port "EHLO name" rhost-flags-…)`.
 * - LMTP and internal hops often name a host only: `from mail.example.org`.
 */
import { findIps, normalizeIp } from './ip.ts';
import { untokenize } from './tokens.ts';
import type { Clause } from './received.ts';
import type { HopFrom } from './types.ts';

const HELO_MARK = /(?:^|[\s("])(?:helo|ehlo)(?:=|\s+)"?([^\s")]+)/i;

function clean(name: string): string {
  return name.replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

function isLiteral(word: string): boolean {
  return /^\[[^\]]*\](?::\d+)?$/.test(word);
}

export function parseFromClause(c: Clause, software: string | undefined): HopFrom {
  const value = c.words[0];
  const text = untokenize(c.tokens);
  let helo: string | undefined;
  let rdns: string | undefined;
  let ip: string | undefined;
  let user: string | undefined;

  for (const comment of c.comments) {
    const m = HELO_MARK.exec(comment);
    if (m?.[1] && !helo) helo = m[1].replace(/"$/, '');
  }

  // The TCP-info comment: the last one holding an address literal (a HELO name may carry its own
  // parenthesised literal before it, `from x([203.0.113.5]) (unknown [198.51.100.7])`); its last
  // literal is the address.
  for (const comment of [...c.comments].reverse()) {
    const { literals } = findIps(comment);
    const last = literals[literals.length - 1];
    if (!last) continue;
    ip = last;
    const trimmed = comment.replace(/^(?:port=\d+\s+)/i, '');
    const qmailUser = /^([^\s@[\]()]+)@\[/.exec(trimmed);
    if (qmailUser?.[1]) user = qmailUser[1];
    const name = /^(?:([^\s[\]()]+)\s+)?\[/.exec(trimmed);
    const candidate = name?.[1];
    if (candidate && !/^(?:helo|ehlo)=/i.test(candidate)) {
      const at = candidate.lastIndexOf('@');
      if (at > 0) {
        user = candidate.slice(0, at);
        rdns = clean(candidate.slice(at + 1));
      } else {
        rdns = clean(candidate);
      }
    }
    break;
  }

  // No literal: a bare address (Exchange `(192.0.2.1)`, qmail `(192.0.2.1)` or `(user@192.0.2.1)`).
  if (!ip) {
    for (const comment of c.comments) {
      if (/^(?:helo|ehlo)\b/i.test(comment)) continue;
      const bareMatch = /^(?:([^\s@()]+)@)?([0-9a-fA-F:.]+)$/.exec(comment.trim());
      const found = bareMatch?.[2] ? normalizeIp(bareMatch[2]) : undefined;
      if (found) {
        ip = found;
        if (bareMatch?.[1]) user = bareMatch[1];
        break;
      }
    }
  }

  // SendGrid writes `from [192.168.1.14] (unknown)`: the literal is the HELO, the address went unrecorded.
  const addressUnknown = !ip && c.comments.length > 0 && c.comments.every((x) => /^unknown$/i.test(x.trim()));
  if (value && addressUnknown) {
    helo = isLiteral(value) ? value : clean(value);
    rdns = 'unknown';
  } else if (value) {
    const valueIp = isLiteral(value) ? normalizeIp(value.replace(/:\d+$/, '')) : normalizeIp(value);
    if (valueIp && !ip) {
      // Exim `from [IP] (helo=…)`, or a client with nothing but its address.
      ip = valueIp;
    } else if (helo) {
      // qmail / IronPort / Exim: the value is the reverse name (or `unknown`).
      if (!isLiteral(value) && !rdns) rdns = /^unknown$/i.test(value) ? 'unknown' : clean(value);
    } else if (rdns !== undefined) {
      helo = isLiteral(value) ? value : clean(value);
    } else if (software && /^exim\b/i.test(software) && c.comments.length === 0 && !value.includes('.')) {
      // Exim's local submission `from list by host with local` names the sending user.
      user = value;
    } else if (software && /^exim\b/i.test(software) && !isLiteral(value)) {
      // Exim writes the verified reverse name and leaves out helo= when the client said the same.
      rdns = clean(value);
      helo = clean(value);
    } else {
      helo = isLiteral(value) ? value : clean(value);
    }
    if (!valueIp && /@/.test(value) && !user) {
      // `from user@host` (sSMTP) or Exim's `from user by host with local`.
      user = value.slice(0, value.lastIndexOf('@'));
    }
  }
  if (rdns !== undefined && /^unknown$/i.test(rdns)) rdns = 'unknown';

  return {
    text,
    ...(helo ? { helo } : {}),
    ...(rdns ? { rdns } : {}),
    ...(ip ? { ip } : {}),
    ...(user ? { user } : {}),
  };
}
