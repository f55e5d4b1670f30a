/**
 * Shapes shared by the DNS checks (MX, DKIM, DMARC, reverse DNS/HELO, MTA-STS/TLS-RPT, DANE,
 * DNSSEC, BIMI). Every result is plain JSON: it travels unchanged over IPC, HTTP and the CLI.
 */
import type { Resolver } from '../../dns/types.ts';
import type { Lang } from '../../i18n/index.ts';
import type { DnsEvidence, Finding, FindingStatus, WhoMustAct } from '../../model/finding.ts';

/** What every DNS check is given. */
export interface CheckDeps {
  readonly resolver: Resolver;
  readonly lang: Lang;
  /** Cancels the check; the lookups reject with the signal's reason (not a finding). */
  readonly signal?: AbortSignal;
}

/** An HTTP GET as the MTA-STS check needs it: no redirects followed (RFC 8461 §3.3), a timeout. */
export type HttpFetch = (
  url: string,
  options?: { readonly signal?: AbortSignal },
) => Promise<{ readonly status: number; readonly text: string }>;

/** Whose domain is checked: a sender's DNS is fixed by its IT, a recipient's by its mail provider. */
export type DomainRole = 'sender' | 'recipient';

/** What every check returns, besides its own structured data. */
export interface CheckOutput {
  readonly findings: Finding[];
  /** Every DNS exchange the check made, in order, once each. */
  readonly evidence: DnsEvidence[];
}

/** Who acts on a finding about a domain's DNS. */
export function actorFor(role: DomainRole | undefined): WhoMustAct {
  return role === 'recipient' ? 'recipient-provider' : 'sender-it';
}

/** Nobody has to act on what is fine or was not checked; anything else falls to `who`. */
export function whoActs(status: FindingStatus, who: WhoMustAct): WhoMustAct {
  return status === 'ok' || status === 'skipped' ? 'nobody' : who;
}
