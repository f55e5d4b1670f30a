/**
 * Shapes of the outgoing-server discovery (issue 6): candidates found by each source, the
 * dependencies every source is given (all I/O injected), and the result. Plain JSON throughout,
 * so a result travels unchanged over IPC, HTTP and the CLI.
 */
import type { Resolver } from '../dns/types.ts';
import type { Lang } from '../i18n/index.ts';
import type { Evidence, Finding } from '../model/finding.ts';

/** How the connection is secured: STARTTLS on a plain port, TLS from the first byte, or neither. */
export type Security = 'starttls' | 'tls' | 'none';

/** Where a candidate came from. */
export type CandidateSource =
  'headers' | 'thunderbird' | 'outlook' | 'apple-mail' | 'windows-mail' | 'srv' | 'autoconfig' | 'autodiscover' | 'provider' | 'manual';

export const CANDIDATE_SOURCES: readonly CandidateSource[] = [
  'headers',
  'thunderbird',
  'outlook',
  'apple-mail',
  'windows-mail',
  'srv',
  'autoconfig',
  'autodiscover',
  'provider',
  'manual',
];

/** What the reachability probe saw: a TCP (or TLS) connection and the server's greeting. */
export interface Reachability {
  /** The server greeted with 220 in time. */
  readonly ok: boolean;
  /** Milliseconds from the first connection attempt to the greeting (or to the failure). */
  readonly ms: number;
  /** The greeting as sent, lines joined with a newline. */
  readonly greeting?: string;
  /** Why it failed: `timeout`, a socket error code (`ECONNREFUSED`, …) or `greeting <code>`. */
  readonly error?: string;
}

/** One outgoing server the sender may use. */
export interface Candidate {
  /** Host name (lower case) or IP address. */
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  /** The server expects SMTP authentication. */
  readonly auth: boolean;
  /** The strongest source that named it (after merging: the one with the highest confidence). */
  readonly source: CandidateSource;
  /** Every source that named it (one entry before merging). */
  readonly sources: readonly CandidateSource[];
  /** Proof: the header, settings lines, DNS answers or XML that named it. */
  readonly evidence: readonly Evidence[];
  /** 0..1: how likely this is the server the sender really uses. */
  readonly confidence: number;
  readonly reachable?: Reachability;
  /** The mail provider, when known (e.g. `Microsoft 365`). */
  readonly provider?: string;
  /** A sentence in the run's language about this candidate (the port, a caveat). */
  readonly note?: string;
}

/** What a source hands back: candidates, and findings about what it did or could not do. */
export interface SourceResult {
  readonly candidates: readonly Candidate[];
  readonly findings: readonly Finding[];
}

/** An HTTP answer as the sources need it. */
export interface HttpResponse {
  readonly status: number;
  readonly text: string;
  /** Header names lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface HttpRequest {
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Default 8 000 ms. */
  readonly timeoutMs?: number;
}

/** HTTP with a timeout; rejects only when no answer arrived (network error, timeout, abort). */
export type HttpFetch = (url: string, request?: HttpRequest) => Promise<HttpResponse>;

/** A connected stream as the probe needs it (node:net and node:tls sockets fit). */
export interface ProbeSocket {
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  destroy(): void;
}

/** Opens a connection; `tls` asks for TLS from the first byte (port 465, RFC 8314 §3.3). */
export type ConnectFn = (target: { readonly host: string; readonly port: number; readonly tls: boolean }) => ProbeSocket;

/** Everything a discovery run reads or reaches, injected. */
export interface DiscoverDeps {
  readonly resolver: Resolver;
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  readonly fetch: HttpFetch;
  /** Whole file as bytes; rejects (with `code`) when it cannot be read. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Entry names of a directory; rejects when it is not one. */
  readonly readDir: (path: string) => Promise<string[]>;
  readonly exists: (path: string) => Promise<boolean>;
  /** `process.platform` of the computer whose settings are read. */
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  /** Runs `reg query KEY /s` (Windows) and returns its output; rejects when the key is missing. */
  readonly regQuery: (key: string) => Promise<string>;
  readonly connect: ConnectFn;
}

/** Input of `findOutgoingServer`. */
export interface DiscoverParams {
  /** Fetch autoconfig and Autodiscover over HTTPS (default true); false keeps the run off the web. */
  readonly web?: boolean;
  /** The sender's address: its domain drives SRV, autoconfig, Autodiscover and provider lookups. */
  readonly email?: string;
  /** Header text of a message the sender sent (pasted, or a file's content). */
  readonly headers?: string;
  /** Read this computer's mail clients (`auto`), or the files at `path` instead; absent: not read. */
  readonly clientConfig?: 'auto' | { readonly path: string };
  /** Probe the top candidates for reachability. */
  readonly probe: boolean;
  /** How many candidates to probe (default 5). */
  readonly probeTop?: number;
  /** Per-probe limit in ms (default 5 000). */
  readonly probeTimeoutMs?: number;
}

export interface DiscoverResult {
  /** Best first. */
  readonly candidates: readonly Candidate[];
  readonly findings: readonly Finding[];
}
