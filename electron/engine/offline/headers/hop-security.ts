/**
 * What a Received field says about transport security and SMTP authentication.
 * Protocol keywords follow the "Mail Transmission Types" registry (RFC 3848, RFC 6531): an `S` says
 * TLS was used, an `A` says the client authenticated. Beyond them each MTA states TLS its own way.
 */
import type { HopTls } from './types.ts';

const TLS_PROTOCOLS = new Set([
  'ESMTPS',
  'ESMTPSA',
  'SMTPS',
  'SMTPSA',
  'LMTPS',
  'LMTPSA',
  'UTF8SMTPS',
  'UTF8SMTPSA',
  'UTF8LMTPS',
  'UTF8LMTPSA',
  'HTTPS',
]);
const PLAIN_PROTOCOLS = new Set([
  'SMTP',
  'ESMTP',
  'ESMTPA',
  'LMTP',
  'LMTPA',
  'UTF8SMTP',
  'UTF8SMTPA',
  'UTF8LMTP',
  'UTF8LMTPA',
  'HTTP',
  'MICROSOFT SMTP SERVER',
]);
const AUTH_PROTOCOLS = new Set(['ESMTPA', 'ESMTPSA', 'SMTPSA', 'LMTPA', 'LMTPSA', 'UTF8SMTPA', 'UTF8SMTPSA', 'UTF8LMTPA', 'UTF8LMTPSA']);

/** `TLS1_2`, `TLS1.2`, `TLSv1.2` → `TLSv1.2`; other texts as written. */
export function normalizeTlsVersion(v: string): string {
  const m = /^TLS\s*v?(\d)[._](\d)$/i.exec(v);
  if (m) return `TLSv${m[1]}.${m[2]}`;
  if (/^TLSv?1$/i.test(v)) return 'TLSv1';
  return v;
}

interface Rule {
  readonly re: RegExp;
  readonly version?: number;
  readonly cipher?: number;
}

// Each rule names the capture groups holding the version and the cipher.
const RULES: readonly Rule[] = [
  // Postfix: (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) …)
  { re: /using (TLSv?[\d.]+|SSLv\d|TLSv1\/SSLv3) with cipher ([A-Z0-9_-]+)/i, version: 1, cipher: 2 },
  // Sendmail, Google, Proofpoint, Exchange: (version=TLSv1.3 cipher=…) / (version=TLS1_2, cipher=…)
  { re: /version=(TLS[v\d._]*|SSLv\d|TLSv1\/SSLv3)[,\s]+cipher=([A-Z0-9_-]+)/i, version: 1, cipher: 2 },
  // Courier: (AUTH: PLAIN user, TLS: TLSv1/SSLv3,256bits,ECDHE-RSA-AES256-GCM-SHA384)
  { re: /\b(?:TLS|SSL): (TLS[v\d._]*(?:\/SSLv3)?|SSLv\d),\d+bits,([A-Z0-9_-]+)/i, version: 1, cipher: 2 },
  // Exim 4.9x: with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
  { re: /\((TLS1(?:\.\d)?|TLSv1(?:\.\d)?)\)\s+tls\s+([A-Z0-9_-]+)/i, version: 1, cipher: 2 },
  // Exim before 4.92: with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)
  { re: /\((TLS1(?:\.\d)?|TLSv1(?:\.\d)?|SSLv3):([A-Z0-9_-]+):\d+\)/i, version: 1, cipher: 2 },
  { re: /\((TLS1(?:\.\d)?|TLSv1(?:\.\d)?)\)/i, version: 1 },
  // qpsmtpd: with (TLS_AES_256_GCM_SHA384 encrypted) ESMTPS
  { re: /\(([A-Z0-9_-]+) encrypted\b/i, cipher: 1 },
  // Symantec MessageLabs (qmail): with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP
  { re: /\bwith ([A-Z0-9_-]+) encrypted E?SMTP\b/i, cipher: 1 },
  // Cisco IronPort: with ESMTP/TLS/AES256-SHA256
  { re: /\bE?SMTPS?\/TLS\/([A-Z0-9_-]+)/i, cipher: 1 },
  // Exchange (TLS), Mimecast (Using TLS), Google (Google Transport Security), STARTTLS mentions.
  { re: /\((?:using )?TLS\)|Google Transport Security|\bwith STARTTLS\b|\bTLS(?:v1(?:\.\d)?)? (?:connection|encrypted)\b/i },
];

/** The TLS verdict of a hop from its whole field value, its protocol and its with-clause text. */
export function tlsOf(value: string, protocol: string | undefined, withText: string): HopTls {
  for (const rule of RULES) {
    const m = rule.re.exec(value);
    if (!m) continue;
    const version = rule.version !== undefined ? m[rule.version] : undefined;
    const cipher = rule.cipher !== undefined ? m[rule.cipher] : undefined;
    return {
      state: 'yes',
      ...(version ? { version: normalizeTlsVersion(version) } : {}),
      ...(cipher ? { cipher } : {}),
      evidence: m[0],
    };
  }
  if (protocol && TLS_PROTOCOLS.has(protocol)) return { state: 'yes', evidence: `with ${withText.split(' ')[0] ?? protocol}` };
  if (protocol && PLAIN_PROTOCOLS.has(protocol)) return { state: 'no', evidence: `with ${withText}`.slice(0, 120) };
  return { state: 'unknown' };
}

const AUTH_RULES: readonly { re: RegExp; user?: number }[] = [
  { re: /Authenticated sender:\s*([^\s)]+)/i, user: 1 },
  { re: /User authenticated as\s+([^\s)]+)/i, user: 1 },
  { re: /\bauthenticated as\s+([^\s)]+)/i, user: 1 },
  { re: /\bAUTH: [A-Z0-9_-]+ ([^,\s)]+)/i, user: 1 },
  { re: /\bauthenticated[- ]user[:=\s]\s*([^\s;,)]+)/i, user: 1 },
  { re: /(?:^|\s)A=[\w-]+:([^\s)]+)/, user: 1 },
  { re: /\bauthenticated bits=\d+/i },
  { re: /(?:^|[\s,(])authenticated(?:[\s,)]|$)/i },
];

/** Whether the client authenticated on this hop, and as whom when stated. */
export function authenticationOf(
  comments: readonly string[],
  protocol: string | undefined,
  withText: string,
): { user?: string; evidence: string } | undefined {
  for (const comment of comments) {
    if (/\b(?:not|un)authenticated\b/i.test(comment)) continue;
    for (const rule of AUTH_RULES) {
      const m = rule.re.exec(comment);
      if (!m) continue;
      const user = rule.user !== undefined ? m[rule.user] : undefined;
      return { ...(user ? { user } : {}), evidence: `(${comment})` };
    }
  }
  if (protocol && AUTH_PROTOCOLS.has(protocol)) return { evidence: `with ${withText.split(' ')[0] ?? protocol}` };
  return undefined;
}
