/**
 * Findings: the one shape every check returns. The report, the UI and the CLI render the same
 * findings; nothing downstream ever parses free text.
 */

/** How a finding bears on the case. `skipped` says a check did not run, and `skippedReason` says why. */
export type FindingStatus = 'ok' | 'info' | 'warning' | 'error' | 'skipped';
export const FINDING_STATUSES: readonly FindingStatus[] = ['error', 'warning', 'info', 'ok', 'skipped'];

/** Who has to do something about a finding. */
export type WhoMustAct = 'sender-it' | 'sender-provider' | 'recipient-provider' | 'recipient' | 'nobody';
export const WHO_MUST_ACT: readonly WhoMustAct[] = [
  'sender-it',
  'sender-provider',
  'recipient-provider',
  'recipient',
  'nobody',
];

/** One resource record as seen on the wire, in presentation form. */
export interface DnsRecordEvidence {
  /** Owner name, without the trailing dot. */
  readonly name: string;
  /** Record type mnemonic, e.g. `MX`. */
  readonly type: string;
  /** Time to live in seconds, as the server gave it. */
  readonly ttl: number;
  /** Record data in presentation form (e.g. `10 mx.example.com`, a TXT string joined). */
  readonly data: string;
}

/** One DNS question and what a server said to it. */
export interface DnsEvidence {
  readonly kind: 'dns';
  /** The server asked, `host:port` (or `replay` when answered from a recorded run). */
  readonly server: string;
  /** Queried name. */
  readonly name: string;
  /** Queried type. */
  readonly type: string;
  /** Outcome: NOERROR, NXDOMAIN, SERVFAIL, REFUSED, TIMEOUT, MALFORMED, … */
  readonly rcode: string;
  /** Answer section. */
  readonly answers: readonly DnsRecordEvidence[];
  /** The AD (authenticated data) flag of the reply. */
  readonly ad?: boolean;
  /** Milliseconds from question to answer. */
  readonly elapsedMs: number;
  /** ISO 8601 time the question was asked. */
  readonly at: string;
}

/** One line of an SMTP conversation. */
export interface TranscriptLine {
  /** ISO 8601 time. */
  readonly t: string;
  /** `c` = client to server, `s` = server to client, `i` = Mailpath's own note (e.g. TLS established). */
  readonly dir: 'c' | 's' | 'i';
  /** The line as sent or received, with credentials replaced by a marker. */
  readonly line: string;
}

/** Lines of an SMTP conversation that bear on the finding. */
export interface SmtpEvidence {
  readonly kind: 'smtp';
  readonly lines: readonly TranscriptLine[];
}

/** Lines from a log file. */
export interface LogEvidence {
  readonly kind: 'log';
  /** File name as the user gave it. */
  readonly file: string;
  readonly lines: readonly { readonly n: number; readonly text: string }[];
}

/** A header field from a message (a bounce, a delivered message). */
export interface HeaderEvidence {
  readonly kind: 'header';
  readonly name: string;
  readonly value: string;
}

/** Anything else worth quoting exactly (a record, a certificate field, a diagnostic text). */
export interface TextEvidence {
  readonly kind: 'text';
  /** What the text is, e.g. `SPF record`, `Diagnostic-Code`. */
  readonly label: string;
  readonly text: string;
}

export type Evidence = DnsEvidence | SmtpEvidence | LogEvidence | HeaderEvidence | TextEvidence;

/** Values substituted into a finding's texts; plain JSON only. */
export type FindingParams = Readonly<Record<string, string | number | boolean>>;

/** The result of one check. Plain JSON: it travels unchanged over IPC, HTTP and the CLI. */
export interface Finding {
  /** Stable identifier of what was found, e.g. `spf.record.multiple`; also the key of its texts. */
  readonly id: string;
  /** The check that produced it, e.g. `spf`, `mx`, `smtp.auth`. */
  readonly check: string;
  readonly status: FindingStatus;
  /** One line, in the language of the run. */
  readonly title: string;
  /** What it means, in plain language. */
  readonly explanation: string;
  /** Proof: what DNS, the server or the file said. */
  readonly evidence: readonly Evidence[];
  /** What to do about it, when anything. */
  readonly fix?: string;
  readonly whoMustAct: WhoMustAct;
  /** The values the texts were made from, so a UI can render them again in another language. */
  readonly params?: FindingParams;
  /** The subject the finding is about (a domain, host, address), for grouping. */
  readonly subject?: string;
}

const SEVERITY: Record<FindingStatus, number> = { error: 4, warning: 3, info: 2, ok: 1, skipped: 0 };

/** Orders statuses from most to least severe; `skipped` ranks below `ok` since it proves nothing. */
export function severity(status: FindingStatus): number {
  return SEVERITY[status];
}

/** Findings sorted most severe first, stable within a status. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severity(b.f.status) - severity(a.f.status) || a.i - b.i)
    .map((x) => x.f);
}

/** The most severe status among findings, or `ok` when there are none. */
export function worstStatus(findings: readonly Finding[]): FindingStatus {
  let worst: FindingStatus = 'ok';
  for (const f of findings) if (severity(f.status) > severity(worst)) worst = f.status;
  return worst;
}
