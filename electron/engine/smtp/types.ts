/**
 * Shapes of the SMTP engine's inputs and results. Results are plain JSON: the CLI prints them, the
 * UI renders them and the report quotes them, all without re-parsing any free text.
 */
import type { Resolver } from '../dns/types.ts';
import type { Lang } from '../i18n/index.ts';
import type { ExplainReply } from '../kb/index.ts';
import type { Finding, FindingStatus, TranscriptLine } from '../model/finding.ts';

/** How the client secures the session. `auto` = implicit TLS on 465, else STARTTLS when offered. */
export type Security = 'starttls' | 'tls' | 'none' | 'auto';

/** The security actually used once the session was set up. */
export type SecurityUsed = 'starttls' | 'tls' | 'none';

/** The phases a timeout or failure can happen in (named as in the findings' `phase` param). */
export type Phase =
  'dns' | 'connect' | 'greeting' | 'ehlo' | 'helo' | 'starttls' | 'tls' | 'auth' | 'mail' | 'rcpt' | 'rset' | 'data' | 'message' | 'quit';

/** Per-phase time limits in milliseconds. */
export type PhaseTimeouts = Readonly<Record<Phase, number>>;

/** One timed step of a probe, in the order it ran. */
export interface Step {
  /** e.g. `dns`, `connect`, `greeting`, `ehlo`, `tls`, `auth`, `mail`, `rcpt`, `rset`, `quit`, `send`. */
  readonly name: string;
  readonly status: FindingStatus;
  /** ISO 8601 time the step started. */
  readonly startedAt: string;
  /** Duration in milliseconds. */
  readonly ms: number;
  /** Plain facts about the step (an address, a reply line); not translated. */
  readonly detail: string;
}

/** One certificate of the chain the server presented, leaf first. */
export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  /** DNS names and IP addresses of the subjectAltName extension. */
  readonly sans: readonly string[];
  /** ISO 8601. */
  readonly validFrom: string;
  /** ISO 8601. */
  readonly validTo: string;
  readonly selfSigned: boolean;
  /** SHA-256 fingerprint, colon-separated hex. */
  readonly fingerprint256: string;
}

/** What the TLS handshake established. */
export interface TlsInfo {
  /** e.g. `TLSv1.3`. */
  readonly protocol: string;
  /** e.g. `TLS_AES_256_GCM_SHA384`. */
  readonly cipher: string;
  /** Whether the chain verified against the trust store (system roots plus any CA given). */
  readonly authorized: boolean;
  /** OpenSSL's verdict when not authorized, e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`. */
  readonly authorizationError?: string;
  /** Whether the certificate names the host typed (RFC 6125). */
  readonly nameMatches: boolean;
  readonly chain: readonly CertificateInfo[];
}

/** What EHLO (or HELO) told about the server. */
export interface EhloInfo {
  /** The name the server gave in its EHLO reply. */
  readonly name: string;
  /** `ehlo`, or `helo` when the server refused EHLO. */
  readonly verb: 'ehlo' | 'helo';
  /** Extension keywords upper-cased, with their parameters, e.g. `SIZE 10240000`. */
  readonly extensions: readonly string[];
  readonly authMechanisms: readonly string[];
  /** SIZE limit in bytes when announced (RFC 1870). */
  readonly size?: number;
  readonly starttls: boolean;
}

/** The server's answer to one envelope address. */
export interface AddressVerdict {
  readonly address: string;
  readonly accepted: boolean;
  readonly code: number;
  readonly status?: string;
  readonly text: string;
}

/** Which address of the host was used. */
export interface AddressUsed {
  /** The IP connected to (the last one tried when none worked). */
  readonly ip: string;
  readonly family: 4 | 6;
  /** Every address DNS returned, in the order tried. */
  readonly candidates: readonly string[];
  /** `resolver` = the injected resolver, `system` = the operating system's lookup, `literal` = typed as an IP. */
  readonly source: 'resolver' | 'system' | 'literal';
}

/** Dependencies shared by every SMTP operation. */
export interface SmtpDeps {
  readonly lang: Lang;
  /** For A/AAAA (and MX in the MX probe). Without it the submission probe uses the system lookup and says so. */
  readonly resolver?: Resolver;
  readonly signal?: AbortSignal;
  /** Called as each step finishes. */
  readonly onProgress?: (step: Step) => void;
  /** Called with every transcript line as it happens (for a live view); already redacted. */
  readonly onTranscript?: (line: TranscriptLine) => void;
  /** The reply knowledge base; when given, negative replies carry its explanation as evidence. */
  readonly explainReply?: ExplainReply;
  /** The clock (tests pin it to check certificate dates). */
  readonly now?: () => Date;
}

/** Input of `probeSubmission`. */
export interface SubmissionParams {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly user?: string;
  readonly password?: string;
  /** Sign in with this mechanism rather than the preferred one (PLAIN, then LOGIN). */
  readonly authMechanism?: 'PLAIN' | 'LOGIN';
  readonly from?: string;
  readonly to?: readonly string[];
  /** Extra trusted CA certificates, PEM (added to the system's trust store, not replacing it). */
  readonly ca?: string;
  /** A file with extra trusted CA certificates, PEM. */
  readonly caFile?: string;
  /** Limit for each phase in ms (default 15 000). */
  readonly timeoutMs?: number;
  /** Overrides for single phases. */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Name for EHLO; default an address literal of the local address (RFC 5321 §4.1.4). */
  readonly heloName?: string;
}

/** Result of `probeSubmission`. */
export interface SubmissionResult {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  readonly securityUsed?: SecurityUsed;
  readonly address?: AddressUsed;
  readonly steps: readonly Step[];
  readonly transcript: readonly TranscriptLine[];
  readonly greeting?: { readonly code: number; readonly text: string; readonly name?: string };
  readonly ehlo?: EhloInfo;
  readonly tls?: TlsInfo;
  readonly auth?: { readonly mechanism: string; readonly ok: boolean; readonly code?: number; readonly status?: string };
  readonly sender?: AddressVerdict;
  readonly recipients?: readonly AddressVerdict[];
  readonly findings: readonly Finding[];
}

export type { Finding, TranscriptLine };
