/**
 * Redaction of a whole report before it leaves the machine. Passwords never appear: a generic
 * pass over every string of the Report JSON (case, findings, evidence, step data) hides SASL
 * payloads (the `AUTH` command's initial response and every client line answering a `334`
 * challenge, RFC 4954 §4), any given secret with its base64 forms (RFC 4616's PLAIN message
 * included), `password=` values and URL passwords, and the value of any field named like a
 * password. On request the masker (`redact-mask.ts`) then replaces local parts, internal host
 * names and private IPs with consistent placeholders. Renderers only ever see the result, so the
 * HTML, the text, the embedded JSON and the PDF agree.
 */
import type { Report } from '../model/report.ts';
import type { TranscriptLine } from '../model/finding.ts';
import { CREDENTIALS_HIDDEN, secretForms } from '../smtp/transcript.ts';
import { Masker, type MaskCounts } from './redact-mask.ts';
import type { MaskOptions } from './render-options.ts';

export type { MaskOptions, MaskCounts };

/** What replaces a credential. */
export const HIDDEN = CREDENTIALS_HIDDEN;

export interface RedactOptions {
  /** Secrets to remove wherever they appear (passwords, tokens), with their base64 forms. */
  readonly secrets?: readonly string[];
  /** User names that go with the secrets, to also catch `base64(\0user\0secret)` (AUTH PLAIN). */
  readonly users?: readonly string[];
  readonly mask?: MaskOptions;
}

const SECRET_KEY = /^(pass|password|passwd|passphrase|pwd|secret|client_?secret|api_?key|access_?token|refresh_?token|auth_?token|authorization)$/iu;
const MECHANISM = /^(PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|NTLM|GSSAPI|SCRAM-[A-Z0-9-]+|EXTERNAL|ANONYMOUS)$/iu;
/** `AUTH PLAIN <payload>` ending a line (a command as sent or logged), not `250-AUTH PLAIN LOGIN` (a capability list). */
const AUTH_LINE = /\bAUTH[ \t]+([A-Za-z0-9_-]+)[ \t]+([A-Za-z0-9+/]+={0,2}|=)[ \t]*$/gimu;
/** A line carrying a 334 challenge (`334 VXNlcm5hbWU6`, `S: 334 `, `<- 334`). */
const CHALLENGE = /(?:^|[\s:<>])334(?:[ -]|$)/u;
/** A client line that is nothing but one base64 token after an optional `C:`/`>` marker. */
const SASL_ANSWER = /^(.*(?:C:|>)[ \t]*|[ \t]*)([A-Za-z0-9+/]+={0,2}|\*)[ \t]*$/u;
const SERVER_LINE = /^(?:.*(?:S:|<)[ \t]*)?[2-5]\d\d(?:[ -]|$)/u;
/** The whole rest of the token: a password may hold `&`, `;` or `,`, and hiding a little too much is the safe side. */
const KEY_VALUE = /\b(pass|password|passwd|pwd|secret)=(?!\[credentials hidden\])("[^"]*"|'[^']*'|\S+)/giu;
const JSON_PAIR = /"(pass|password|passwd|pwd|secret)"\s*:\s*"(?:[^"\\]|\\.)*"/giu;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)(?!\[credentials hidden\])([^\s@/]+)@/giu;

/** SASL payloads in free text: AUTH initial responses, and answers to 334 challenges in pasted transcripts. */
export function hideAuthInText(text: string): string {
  let out = text.replace(AUTH_LINE, (m: string, mech: string, payload: string) => {
    if (MECHANISM.test(payload) || /\b250[ -][ \t]*AUTH\b/iu.test(m)) return m;
    return m.replace(new RegExp(`${escapeRe(payload)}([ \\t]*)$`, 'u'), `${HIDDEN}$1`);
  });
  if (out.includes('334')) {
    let afterChallenge = false;
    out = out
      .split('\n')
      .map((line) => {
        if (CHALLENGE.test(line)) {
          afterChallenge = true;
          return line;
        }
        if (!afterChallenge) return line;
        const m = SASL_ANSWER.exec(line);
        if (m && !SERVER_LINE.test(line)) return `${m[1] ?? ''}${HIDDEN}`;
        afterChallenge = false;
        return line;
      })
      .join('\n');
  }
  return out
    .replace(KEY_VALUE, (_m, key: string) => `${key}=${HIDDEN}`)
    .replace(JSON_PAIR, (_m, key: string) => `"${key}":"${HIDDEN}"`)
    .replace(URL_PASSWORD, (_m, head: string) => `${head}${HIDDEN}@`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

function isTranscript(v: readonly unknown[]): v is readonly TranscriptLine[] {
  return v.length > 0 && v.every((l) => typeof l === 'object' && l !== null && typeof (l as TranscriptLine).line === 'string' && ['c', 's', 'i'].includes((l as TranscriptLine).dir));
}

/** The transcript state machine of `smtp/transcript.ts`, run again over stored lines: a second guard for transcripts from elsewhere. */
function hideAuthInTranscript(lines: readonly TranscriptLine[]): TranscriptLine[] {
  let inAuth = false;
  return lines.map((l) => {
    if (l.dir === 'c') {
      const auth = /^AUTH[ \t]+(\S+)([ \t]+\S.*)?$/iu.exec(l.line);
      if (auth) {
        inAuth = true;
        return { ...l, line: `AUTH ${auth[1] ?? ''}${auth[2] !== undefined ? ` ${HIDDEN}` : ''}` };
      }
      if (inAuth) return { ...l, line: HIDDEN };
    } else if (l.dir === 's' && inAuth && !/^334(?:[ -]|$)/u.test(l.line)) {
      inAuth = false;
    }
    return l;
  });
}

function secretScrubber(options: RedactOptions): (s: string) => string {
  const secrets = (options.secrets ?? []).filter((s) => s !== '');
  const forms = new Set<string>();
  for (const secret of secrets) {
    for (const f of secretForms(secret)) forms.add(f);
    for (const user of options.users ?? []) for (const f of secretForms(secret, user)) forms.add(f);
  }
  // Short forms would match inside ordinary words; exact equality still catches them as whole values.
  const ordered = [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
  const exact = new Set([...secrets, ...forms]);
  return (s) => {
    if (exact.has(s)) return HIDDEN;
    let out = s;
    for (const f of ordered) if (out.includes(f)) out = out.split(f).join(HIDDEN);
    return out;
  };
}

/** Maps every string and key of a JSON value; transcripts (arrays of lines) go through the SASL state machine first. */
function mapJson(value: unknown, text: (s: string) => string, keys: (k: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    const items = isTranscript(value) ? hideAuthInTranscript(value) : value;
    return items.map((v) => mapJson(v, text, keys));
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[keys(k)] = SECRET_KEY.test(k) && typeof v === 'string' && v !== '' ? HIDDEN : mapJson(v, text, keys);
    }
    return out;
  }
  return value;
}

/** Redacts any JSON value (a report, a case, an operation's output) as `redactReport` does. */
export function redactJson<T>(value: T, options: RedactOptions = {}): { value: T; masked: MaskCounts } {
  const scrub = secretScrubber(options);
  const clean = mapJson(value, (s) => hideAuthInText(scrub(s)), (k) => k);
  const mask = options.mask;
  if (!mask || !(mask.localParts || mask.internalHosts || mask.internalIps)) return { value: clean as T, masked: { addresses: 0, hosts: 0, ips: 0 } };
  const masker = new Masker(mask);
  masker.learn(clean);
  const masked = mapJson(clean, (s) => masker.text(s), (k) => masker.text(k));
  return { value: masked as T, masked: masker.counts() };
}

/** The report with credentials removed and, on request, addresses, hosts and IPs masked consistently. */
export function redactReport(report: Report, options: RedactOptions = {}): Report {
  return redactJson(report, options).value;
}
