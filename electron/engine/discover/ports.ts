/**
 * The ports a mail client submits on, and a candidate typed in by hand.
 *
 * - 587: message submission, STARTTLS then AUTH (RFC 6409; RFC 3207 for STARTTLS).
 * - 465: submission over implicit TLS, which RFC 8314 §3.3 recommends over STARTTLS.
 * - 25: relay between MTAs (RFC 5321); often blocked for clients by their network.
 * - 2525: no standard; an alternative some sending services offer.
 */
import type { Lang } from '../i18n/index.ts';
import { makeCandidate, normalizeHost } from './candidate.ts';
import { joinNotes, note } from './texts.ts';
import type { Candidate, Security } from './types.ts';

/** The security a port implies when nothing else says. */
export function defaultSecurity(port: number): Security {
  return port === 465 ? 'tls' : 'starttls';
}

/** A sentence explaining a port, in `lang`. */
export function portNote(lang: Lang, port: number): string {
  if (port === 587 || port === 465 || port === 25 || port === 2525) return note(lang, `port.${port}`);
  return note(lang, 'port.other', { port });
}

export interface ManualOptions {
  readonly security?: Security;
  readonly auth?: boolean;
}

/**
 * A candidate entered by the consultant. Without a port, 587 (submission) is assumed; the note
 * explains the port chosen.
 */
export function manualCandidate(lang: Lang, host: string, port?: number, options: ManualOptions = {}): Candidate {
  const p = port ?? 587;
  return makeCandidate({
    host: normalizeHost(host),
    port: p,
    security: options.security ?? defaultSecurity(p),
    auth: options.auth ?? p !== 25,
    source: 'manual',
    evidence: [],
    confidence: 1,
    note: joinNotes(note(lang, 'manual.entered'), portNote(lang, p)),
  });
}
