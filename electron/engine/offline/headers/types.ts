/**
 * The shape of a header analysis: plain JSON, so it travels unchanged over IPC, HTTP and the CLI.
 * Hops run oldest first (the order the message travelled), the reverse of the order MTAs prepend
 * their Received fields in (RFC 5321 §4.4).
 */
import type { Finding } from '../../model/finding.ts';

/** One header field as found in the input. */
export interface HeaderField {
  /** Field name as written (e.g. `Received`). */
  readonly name: string;
  /** Unfolded value, runs of white space collapsed to one space, trimmed. */
  readonly value: string;
  /** 0-based position among the fields, top (newest) first. */
  readonly index: number;
}

/** Whether a hop says it used TLS: `yes` and `no` only when the header states it. */
export type TlsState = 'yes' | 'no' | 'unknown';

export interface HopTls {
  readonly state: TlsState;
  /** Protocol version as normalised text, e.g. `TLSv1.3`. */
  readonly version?: string;
  readonly cipher?: string;
  /** The part of the header the verdict came from, e.g. `with ESMTPS`, `(version=TLS1_2, cipher=…)`. */
  readonly evidence?: string;
}

/** A hop's time stamp. */
export interface HopTime {
  /** ISO 8601 in UTC. */
  readonly utc: string;
  /** The date-time text as the MTA wrote it. */
  readonly original: string;
  /** The zone as written, with its comment when there is one, e.g. `+0100 (CET)`, `-0000`, `PST`. */
  readonly zone: string;
  /** False when the zone was missing or unknown and UTC was assumed. */
  readonly zoneKnown: boolean;
}

/** The sending side of a hop: the client that connected. */
export interface HopFrom {
  /** The from clause as written, comments included. */
  readonly text: string;
  /** The name the client gave in HELO/EHLO, when the header tells it. */
  readonly helo?: string;
  /** The reverse-DNS name the receiving MTA found; `unknown` when it says it found none. */
  readonly rdns?: string;
  /** The client's IP address (IPv4-mapped IPv6 reduced to IPv4). */
  readonly ip?: string;
  /** A user or ident named in the clause (`from user@localhost`, `(ident@host [ip])`). */
  readonly user?: string;
}

/** The receiving side of a hop: the MTA that wrote the field. */
export interface HopBy {
  readonly text: string;
  readonly host?: string;
  /** The receiving MTA's own address, when the clause states it (Exchange, Amavis). */
  readonly ip?: string;
  /** Software named in a comment, e.g. `Postfix`, `Exim 4.96`, `8.17.1/8.17.1`. */
  readonly software?: string;
}

export type IpScope = 'public' | 'private' | 'loopback' | 'link-local' | 'shared' | 'reserved';

export interface Hop {
  /** 0 = the oldest hop. */
  readonly index: number;
  readonly from?: HopFrom;
  readonly by?: HopBy;
  /** The `with` clause as written, e.g. `ESMTPS`, `Microsoft SMTP Server (version=TLS1_2, …)`. */
  readonly with?: string;
  /** The protocol keyword, upper-cased (`ESMTPSA`, `LMTP`, `HTTPS`, `MICROSOFT SMTP SERVER`, `LOCAL`). */
  readonly protocol?: string;
  readonly id?: string;
  readonly for?: string;
  readonly via?: string;
  readonly envelopeFrom?: string;
  readonly time?: HopTime;
  /** Seconds since the previous hop's time stamp, when both are known. */
  readonly delaySeconds?: number;
  /** This hop has the largest positive delay of the chain. */
  readonly largestDelay?: boolean;
  /** This hop is stamped earlier than the previous one beyond the tolerance. */
  readonly clockSkew?: boolean;
  readonly tls: HopTls;
  /** The client authenticated (SMTP AUTH) on this hop. */
  readonly authenticated?: { readonly user?: string; readonly evidence: string };
  /** Where the client's address lies. */
  readonly scope?: IpScope;
  /** The whole field value, unfolded. */
  readonly raw: string;
  /** Position of the Received field among all fields (top = 0). */
  readonly fieldIndex: number;
}

/** One method result from Authentication-Results, ARC-Authentication-Results or Received-SPF. */
export interface AuthResult {
  /** The header field it came from, as written. */
  readonly header: string;
  readonly authservId?: string;
  /** ARC instance (`i=`) for ARC-Authentication-Results. */
  readonly instance?: number;
  /** Method, lower case: `spf`, `dkim`, `dmarc`, `arc`, `iprev`, `auth`, `compauth`, `dkim-atps`, … */
  readonly method: string;
  /** Result, lower case: `pass`, `fail`, `softfail`, `none`, … */
  readonly result: string;
  readonly reason?: string;
  /** Comments next to the result, e.g. `google.com: domain of … designates 192.0.2.1 as permitted sender`. */
  readonly comment?: string;
  /** Properties, e.g. `smtp.mailfrom`, `header.d`, `header.from`, `header.i`, `client-ip`, `action`. */
  readonly properties: Readonly<Record<string, string>>;
  /** The hop (index in `hops`) whose MTA most likely wrote the field, by authserv-id or position. */
  readonly hopIndex?: number;
  /** Position of the field among all fields (top = 0). */
  readonly fieldIndex: number;
  /** False for copies that a receiver marked as untrusted (`…-Original`, `…-Untrusted`). */
  readonly trusted: boolean;
}

export type FilterName = 'microsoft' | 'spamassassin' | 'rspamd' | 'google' | 'barracuda' | 'mimecast' | 'generic';

export type FilterVerdictKind =
  | 'spam'
  | 'high-confidence-spam'
  | 'phish'
  | 'malware'
  | 'bulk'
  | 'not-spam'
  | 'bypassed'
  | 'blocked'
  | 'junk-folder'
  | 'inbox'
  | 'unknown';

/** One decoded field of a filter header. */
export interface FilterItem {
  readonly key: string;
  readonly value: string;
  /** Plain-language meaning in the run's language, when the code is documented. */
  readonly meaning?: string;
}

/** A spam filter's verdict from one header field. */
export interface FilterVerdict {
  readonly filter: FilterName;
  readonly header: string;
  readonly verdict: FilterVerdictKind;
  readonly score?: number;
  readonly threshold?: number;
  /** One line in the run's language. */
  readonly summary: string;
  readonly items: readonly FilterItem[];
  /** False for headers a receiver marked as untrusted (Microsoft's `…-Untrusted`). */
  readonly trusted: boolean;
  readonly fieldIndex: number;
}

/** The hop where the sender's client handed the message to its outgoing server. */
export interface Submission {
  /** The submission server (the hop's `by` host). */
  readonly host: string;
  /** The submission server's own address, when the header states it. */
  readonly ip?: string;
  /** The client's address as the submission server saw it. */
  readonly clientIp?: string;
  /** The client's HELO or reverse name. */
  readonly clientName?: string;
  readonly authenticated: boolean;
  readonly authenticatedUser?: string;
  readonly protocol?: string;
  readonly hopIndex: number;
}

export interface HeaderAnalysis {
  readonly hops: readonly Hop[];
  readonly auth: readonly AuthResult[];
  /** The address the recipient's receiving server saw the message come from. */
  readonly sendingIp?: string;
  /** The HELO name that address gave. */
  readonly helo?: string;
  /** Index of the hop where the message entered the recipient's systems. */
  readonly sendingHopIndex?: number;
  /** How the sending IP was found: a receiver's SPF record of it, or walking the Received chain. */
  readonly sendingIpSource?: 'received-spf' | 'authentication-results' | 'filter-report' | 'received-chain';
  readonly returnPath?: string;
  readonly messageId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  /** The Date field as written. */
  readonly date?: string;
  /** The Date field in UTC (ISO 8601). */
  readonly dateUtc?: string;
  readonly filters: readonly FilterVerdict[];
  readonly submission?: Submission;
  readonly findings: readonly Finding[];
}

/** Tunables; the defaults suit real mail. */
export interface AnalyzeOptions {
  /** A hop stamped this many seconds before the previous one counts as clock skew. Default 60. */
  readonly skewToleranceSeconds?: number;
  /** A delay at one hop this long counts as long. Default 4 hours. */
  readonly longDelaySeconds?: number;
}
