/**
 * Turning a failed lookup into a finding. Every check that asks DNS uses this for the outcomes it
 * cannot interpret (SERVFAIL, REFUSED, timeout, malformed, other errors, a replay that lacks the
 * question), so "the server failed" is never reported as "there is no record". `ok`, `nodata` and
 * `nxdomain` are answers: the check itself says what they mean.
 */
import type { Finding, FindingStatus, WhoMustAct } from '../model/finding.ts';
import type { Lang } from '../i18n/index.ts';
import { makeFinding } from '../i18n/index.ts';
import type { LookupResult } from './types.ts';

/** Whether the lookup ended without an answer (the record's existence is unknown). */
export function isLookupFailure(result: LookupResult): boolean {
  return result.outcome !== 'ok' && result.outcome !== 'nodata' && result.outcome !== 'nxdomain';
}

export interface LookupFailureOptions {
  /** Default `warning`; a check whose verdict hinges on this lookup may say `error`. */
  readonly status?: FindingStatus;
  /** Default `sender-it`: the consultant running Mailpath acts first (another resolver, network). */
  readonly whoMustAct?: WhoMustAct;
  /** Default: the looked-up name. */
  readonly subject?: string;
}

const IDS = {
  servfail: 'dns.servfail',
  refused: 'dns.refused',
  timeout: 'dns.timeout',
  malformed: 'dns.malformed',
  error: 'dns.error',
} as const;

/** Distinct servers asked, in order of first contact. */
function serversAsked(result: LookupResult): string {
  const seen = [...new Set(result.evidence.map((e) => e.server))];
  return seen.length > 0 ? seen.join(', ') : '-';
}

/** Technical detail: the resolver's note, else what each exchange ended with. */
function detailOf(result: LookupResult): string {
  if (result.detail !== undefined && result.detail !== '') return result.detail;
  const lines = result.evidence.map((e) => `${e.server} ${e.rcode} (${e.elapsedMs} ms)`);
  return lines.length > 0 ? lines.slice(0, 6).join('; ') : result.outcome.toUpperCase();
}

/**
 * The finding for a failed lookup, in `lang`, for check `check`; undefined when the lookup gave an
 * answer (`ok`, `nodata`, `nxdomain`).
 */
export function lookupFailureFinding(
  result: LookupResult,
  lang: Lang,
  check: string,
  options: LookupFailureOptions = {},
): Finding | undefined {
  if (!isLookupFailure(result)) return undefined;
  const subject = options.subject ?? result.name;
  if (result.outcome === 'error' && result.detail === 'not in recording') {
    return makeFinding(lang, {
      id: 'dns.not-in-recording',
      check,
      status: 'skipped',
      whoMustAct: 'nobody',
      params: { name: result.name, type: result.type },
      evidence: result.evidence,
      subject,
    });
  }
  const id = IDS[result.outcome as keyof typeof IDS];
  return makeFinding(lang, {
    id,
    check,
    status: options.status ?? 'warning',
    whoMustAct: options.whoMustAct ?? 'sender-it',
    params: {
      name: result.name,
      type: result.type,
      servers: serversAsked(result),
      tries: result.evidence.length,
      detail: detailOf(result),
    },
    evidence: result.evidence,
    subject,
  });
}
