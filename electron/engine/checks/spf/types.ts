/**
 * Public shapes of the SPF check (RFC 7208). Everything here is plain JSON so the result travels
 * unchanged over IPC, HTTP and the CLI.
 */
import type { Resolver } from '../../dns/types.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import type { Lang } from '../../i18n/index.ts';

/** The closed set of check_host() results (RFC 7208 §2.6). */
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';
export const SPF_RESULTS: readonly SpfResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror'];

/** A directive's qualifier (§4.6.2); `+` is the default. */
export type SpfQualifier = '+' | '-' | '~' | '?';

/**
 * Why an evaluation ended in `none`, `permerror` or `temperror`, as a stable code (the trace's
 * `detail` gives the technical particulars in English).
 */
export type SpfProblem =
  | 'invalid-domain' // §4.3: the domain is malformed or not a multi-label name → none
  | 'no-record' // §4.5: no v=spf1 record → none
  | 'multiple-records' // §4.5: more than one v=spf1 record → permerror
  | 'syntax' // §4.6: the record does not follow the grammar → permerror
  | 'lookup-limit' // §4.6.4: more than 10 DNS-querying terms → permerror
  | 'void-limit' // §4.6.4: more than 2 void lookups → permerror
  | 'mx-limit' // §4.6.4: an MX answer with more than 10 names → permerror
  | 'include-none' // §5.2: include: of a domain without SPF record → permerror
  | 'redirect-none' // §6.1: redirect= to a domain without SPF record (or a malformed one) → permerror
  | 'dns-error' // §4.4, §5: SERVFAIL, timeout or another DNS failure → temperror
  | 'time-limit' // §4.6.4: the evaluation ran out of time → temperror
  | 'invalid-ip'; // the client IP given is not an IPv4 or IPv6 address (nothing evaluated)

/** What was asked. */
export interface SpfParams {
  /** The SMTP client's address, IPv4 or IPv6 (an IPv4-mapped IPv6 address is treated as IPv4). */
  readonly ip: string;
  /** MAIL FROM; empty for a null reverse-path, in which case `postmaster@<helo>` is checked (§2.4). */
  readonly sender: string;
  /** The HELO/EHLO name. */
  readonly helo: string;
  /** The domain to check; defaults as an MTA does: the sender's domain, or the HELO name when the sender is empty. */
  readonly domain?: string;
  /** The checking host's name, for the `%{r}` macro (§7.3); `unknown` when not given. */
  readonly receivingHost?: string;
  /** Milliseconds since the epoch, for the `%{t}` macro; the current time when not given. */
  readonly now?: number;
  /** Elapsed-time limit of the whole evaluation in ms (§4.6.4 suggests at least 20 s); default 20000. */
  readonly timeLimitMs?: number;
  /** Also lint the records and ask for a deprecated type-99 SPF record after the evaluation; default true. */
  readonly lint?: boolean;
  /**
   * Ask for the targets of a record's terms in parallel before evaluating them in order; default
   * true. Results, counts and evidence are the same either way; wall time approaches include depth
   * × round trip. Turn off for a strictly sequential call log.
   */
  readonly prefetch?: boolean;
}

/** What the check is given. */
export interface SpfDeps {
  readonly resolver: Resolver;
  readonly signal?: AbortSignal;
  readonly lang: Lang;
}

/** How one term of a record fared. */
export type SpfTermStatus = 'match' | 'no-match' | 'error' | 'skipped' | 'ignored' | 'used';

/** One term of an evaluated record, in record order. */
export interface SpfTermTrace {
  /** The term as written in the record, e.g. `-include:_spf.example.com`. */
  readonly term: string;
  readonly type: 'mechanism' | 'modifier';
  /** Lower-case name: all, include, a, mx, ptr, ip4, ip6, exists, redirect, exp, or an unknown modifier's name. */
  readonly name: string;
  readonly qualifier?: SpfQualifier;
  /** The target domain after macro expansion, for terms that have one. */
  readonly target?: string;
  /** match / no-match (mechanisms), error, skipped (not reached), ignored (unknown modifier), used (redirect, exp). */
  readonly status: SpfTermStatus;
  /** The result this term produced: the qualifier's result on a match, the nested result for include/redirect, or the error. */
  readonly result?: SpfResult;
  /** DNS-querying terms counted against the limit of 10 by this term (nested ones included). */
  readonly lookups: number;
  /** Void lookups (§4.6.4) caused by this term (nested ones included). */
  readonly voidLookups: number;
  /** Technical particulars in English, e.g. `A 192.0.2.1 is within /24`. */
  readonly detail?: string;
  /** The record evaluated for an include: or redirect=. */
  readonly child?: SpfTraceNode;
}

/** One record evaluated by check_host(): the top-level one, or one reached through include:/redirect=. */
export interface SpfTraceNode {
  readonly domain: string;
  readonly via: 'check' | 'include' | 'redirect';
  /** The v=spf1 record, when exactly one was found. */
  readonly record?: string;
  readonly result: SpfResult;
  /** DNS-querying terms spent in this branch. */
  readonly lookups: number;
  /** Void lookups caused in this branch. */
  readonly voidLookups: number;
  readonly terms: readonly SpfTermTrace[];
  /** Why this branch ended in none/permerror/temperror. */
  readonly problem?: SpfProblem;
  readonly detail?: string;
}

/** The answer: RFC 7208's result plus the trace, the lint findings and every DNS exchange. */
export interface SpfEvaluation {
  readonly result: SpfResult;
  /** The explanation from `exp=` (§6.2), macro-expanded; only when the result is `fail` and the record has one. */
  readonly explanation?: string;
  /** The mechanism that decided, with the include/redirect path to it and the domain whose record held it. */
  readonly matched?: string;
  /** The deciding mechanism alone, as written. */
  readonly matchedTerm?: string;
  /** The domain whose record held the deciding mechanism. */
  readonly matchedDomain?: string;
  /** DNS-querying terms counted (§4.6.4; the limit is 10). */
  readonly lookups: number;
  /** Void lookups counted (§4.6.4; the limit is 2). */
  readonly voidLookups: number;
  readonly trace: readonly SpfTraceNode[];
  /** The domain checked. */
  readonly domain: string;
  /** The domain's v=spf1 record. */
  readonly record?: string;
  /** Why the result is none/permerror/temperror. */
  readonly problem?: SpfProblem;
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
}

/** The answer of `lintSpf`: the records' problems without a verdict for any one IP. */
export interface SpfLint {
  readonly domain: string;
  readonly record?: string;
  /** DNS-querying terms a receiver spends for an IP the record does not authorize (the worst case). */
  readonly lookups: number;
  readonly voidLookups: number;
  /** The result for an IP the record does not authorize (`permerror` shows a broken record). */
  readonly result: SpfResult;
  readonly problem?: SpfProblem;
  readonly trace: readonly SpfTraceNode[];
  readonly findings: readonly Finding[];
  readonly evidence: readonly DnsEvidence[];
}
