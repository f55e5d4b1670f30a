/**
 * The resolver contract every DNS-using check takes (injected: the app, the CLI and the tests pass
 * different ones). Outcomes are data: a SERVFAIL is never confused with "no record".
 */
import type { DnsEvidence } from '../model/finding.ts';

/** Record types the checks ask for. */
export type RRType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS' | 'SOA' | 'SRV' | 'TLSA' | 'SPF' | 'DS' | 'DNSKEY';

/**
 * How a lookup ended.
 * - `ok`: NOERROR with answers of the asked type (possibly after following CNAMEs).
 * - `nodata`: NOERROR, the name exists, no record of that type.
 * - `nxdomain`: the name does not exist.
 * - `servfail`, `refused`: the server said so (a server-side failure, not "no record").
 * - `timeout`: no usable answer in time from any server.
 * - `malformed`: the reply could not be decoded or did not belong to the question.
 * - `error`: anything else (network unreachable, other rcode); `detail` says what.
 */
export type LookupOutcome = 'ok' | 'nodata' | 'nxdomain' | 'servfail' | 'refused' | 'timeout' | 'malformed' | 'error';

/** Typed record data, by type. Names are lower-case without the trailing dot. */
export type RecordData =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'TXT' | 'SPF'; strings: string[]; text: string }
  | { type: 'PTR' | 'CNAME' | 'NS'; target: string }
  | { type: 'SOA'; mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { type: 'TLSA'; usage: number; selector: number; matchingType: number; data: string }
  | { type: 'DS'; keyTag: number; algorithm: number; digestType: number; digest: string }
  | { type: 'DNSKEY'; flags: number; algorithm: number; key: string };

export interface ResourceRecord {
  readonly name: string;
  readonly ttl: number;
  readonly data: RecordData;
}

/** The answer to one question, with the evidence that proves it. */
export interface LookupResult {
  readonly name: string;
  readonly type: RRType;
  readonly outcome: LookupOutcome;
  /** Records of the asked type (after CNAME chasing), in server order. */
  readonly records: readonly ResourceRecord[];
  /** CNAME chain followed from `name`, if any (targets in order). */
  readonly cnames: readonly string[];
  /** The AD flag: the server validated the answer with DNSSEC. */
  readonly ad: boolean;
  /** Free text for `error`/`malformed`, e.g. `ECONNREFUSED`. */
  readonly detail?: string;
  /** Every exchange made to answer this question (retries and TCP fallback included). */
  readonly evidence: readonly DnsEvidence[];
}

export interface LookupOptions {
  readonly signal?: AbortSignal;
}

/** What every DNS-using check is given. */
export interface Resolver {
  lookup(name: string, type: RRType, options?: LookupOptions): Promise<LookupResult>;
}

export const RECORDING_FORMAT = 'mailpath-dns-recording';
export const RECORDING_VERSION = 1;

/** A recorded run: every question and answer (file format documented in recording.ts). */
export interface DnsRecording {
  readonly format: typeof RECORDING_FORMAT;
  readonly version: typeof RECORDING_VERSION;
  readonly createdAt: string;
  readonly servers: readonly string[];
  readonly lookups: readonly LookupResult[];
}
