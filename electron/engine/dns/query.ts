/**
 * Asks one question of a list of servers: UDP first, TCP when the reply is truncated (RFC 7766
 * §5), the next server when one fails, and further rounds for servers whose failure may pass
 * (timeout, SERVFAIL, network error). Every exchange becomes a `DnsEvidence`.
 */
import type { DnsEvidence } from '../model/finding.ts';
import { answerEvidence } from './records.ts';
import type { Semaphore } from './semaphore.ts';
import type { DnsServer, ExchangeOutcome, ExchangeRequest } from './transport.ts';
import { serverLabel, tcpExchange, udpExchange } from './transport.ts';
import type { LookupOutcome, RRType } from './types.ts';
import type { Message } from './wire.ts';
import { buildQuery, mismatch, newQueryId } from './wire.ts';

/** The result of one question at one name, before CNAME chasing gives it its final meaning. */
export interface Step {
  /** `ok` here means "NOERROR with a usable reply"; the chaser decides between ok and nodata. */
  readonly outcome: LookupOutcome;
  readonly message?: Message;
  readonly server?: DnsServer;
  readonly detail?: string;
  readonly evidence: readonly DnsEvidence[];
}

export interface Transports {
  readonly udp: (r: ExchangeRequest) => Promise<ExchangeOutcome>;
  readonly tcp: (r: ExchangeRequest) => Promise<ExchangeOutcome>;
}

export interface AskContext {
  readonly servers: readonly DnsServer[];
  readonly timeoutMs: number;
  /** Extra rounds over the servers whose failure may be transient. */
  readonly retries: number;
  /** RD bit: true for recursive resolvers, false when asking authoritative servers. */
  readonly recursionDesired: boolean;
  readonly semaphore: Semaphore;
  readonly now: () => number;
  readonly transports?: Transports;
}

const DEFAULT_TRANSPORTS: Transports = { udp: udpExchange, tcp: tcpExchange };

/** Failure outcomes, most telling first: what a server said beats silence. */
const FAILURE_RANK: readonly LookupOutcome[] = ['servfail', 'refused', 'malformed', 'timeout', 'error'];
const TRANSIENT: ReadonlySet<LookupOutcome> = new Set(['timeout', 'servfail', 'error']);

/** The DNS meaning of a decoded reply (RFC 1035 §4.1.1, RFC 2308). */
export function classify(message: Message): { outcome: LookupOutcome; detail?: string } {
  switch (message.rcode) {
    case 'NOERROR': {
      const hasSoa = message.authorities.some((a) => a.type === 'SOA');
      const hasNs = message.authorities.some((a) => a.type === 'NS');
      // An empty, non-authoritative NOERROR with only NS records in authority is a referral: the
      // server is neither recursive for us nor authoritative for the name (RFC 2308 §2.2 type 4 is
      // "no data" only when an SOA is present or the answer is authoritative).
      if (message.answers.length === 0 && !message.flags.aa && hasNs && !hasSoa) {
        const to = message.authorities.find((a) => a.type === 'NS');
        return { outcome: 'error', detail: `referral to ${to?.name ?? '?'} (the server does not answer this name itself)` };
      }
      return { outcome: 'ok' };
    }
    case 'NXDOMAIN':
      return { outcome: 'nxdomain' };
    case 'SERVFAIL':
      return { outcome: 'servfail' };
    case 'REFUSED':
      return { outcome: 'refused' };
    default:
      return { outcome: 'error', detail: `rcode ${message.rcode}` };
  }
}

interface ServerTry {
  readonly outcome: LookupOutcome;
  readonly message?: Message;
  readonly detail?: string;
}

async function exchangeOnce(
  ctx: AskContext,
  transport: 'udp' | 'tcp',
  server: DnsServer,
  name: string,
  type: RRType,
  evidence: DnsEvidence[],
  signal: AbortSignal | undefined,
  edns: boolean,
): Promise<ExchangeOutcome> {
  const transports = ctx.transports ?? DEFAULT_TRANSPORTS;
  const id = newQueryId();
  const request: ExchangeRequest = {
    server,
    id,
    query: buildQuery(id, name, type, ctx.recursionDesired, edns),
    mismatch: (m) => mismatch(m, id, name, type),
    timeoutMs: ctx.timeoutMs,
    signal,
  };
  const release = await ctx.semaphore.acquire(signal);
  const started = ctx.now();
  let outcome: ExchangeOutcome;
  try {
    outcome = await transports[transport](request);
  } finally {
    release();
  }
  const base = {
    kind: 'dns' as const,
    server: serverLabel(server),
    name,
    type,
    elapsedMs: Math.max(0, Math.round(ctx.now() - started)),
    at: new Date(started).toISOString(),
  };
  if (outcome.kind === 'reply') {
    const m = outcome.message;
    const rcode = transport === 'udp' && m.flags.tc ? 'TRUNCATED' : m.rcode;
    evidence.push({ ...base, rcode, answers: m.answers.filter((a) => a.type !== 'OPT').map(answerEvidence), ad: m.flags.ad });
  } else {
    evidence.push({ ...base, rcode: outcome.kind.toUpperCase(), answers: [] });
  }
  return outcome;
}

async function askServer(
  ctx: AskContext,
  server: DnsServer,
  name: string,
  type: RRType,
  evidence: DnsEvidence[],
  signal: AbortSignal | undefined,
): Promise<ServerTry> {
  let edns = true;
  let outcome = await exchangeOnce(ctx, 'udp', server, name, type, evidence, signal, edns);
  // RFC 6891 §7: a server that answers FORMERR without an OPT record does not speak EDNS; ask
  // it again plainly (and lose DNSSEC's DO bit and the larger buffer for this question).
  if (outcome.kind === 'reply' && outcome.message.rcode === 'FORMERR' && !outcome.message.additionals.some((a) => a.type === 'OPT')) {
    edns = false;
    outcome = await exchangeOnce(ctx, 'udp', server, name, type, evidence, signal, edns);
  }
  // RFC 7766 §5: a truncated UDP reply is retried over TCP with the same server.
  if (outcome.kind === 'reply' && outcome.message.flags.tc) {
    outcome = await exchangeOnce(ctx, 'tcp', server, name, type, evidence, signal, edns);
  }
  if (outcome.kind !== 'reply') {
    return { outcome: outcome.kind, ...(outcome.detail !== undefined ? { detail: outcome.detail } : {}) };
  }
  return { ...classify(outcome.message), message: outcome.message };
}

/** Asks `name`/`type` of the context's servers until one gives a conclusive answer. */
export async function askServers(ctx: AskContext, name: string, type: RRType, signal?: AbortSignal): Promise<Step> {
  const evidence: DnsEvidence[] = [];
  if (ctx.servers.length === 0) return { outcome: 'error', detail: 'no DNS servers to ask', evidence };
  let candidates = [...ctx.servers];
  let worst: (ServerTry & { server: DnsServer }) | undefined;
  for (let round = 0; round <= ctx.retries && candidates.length > 0; round++) {
    const again: DnsServer[] = [];
    for (const server of candidates) {
      const tried = await askServer(ctx, server, name, type, evidence, signal);
      if (tried.outcome === 'ok' || tried.outcome === 'nxdomain') {
        return { outcome: tried.outcome, server, evidence, ...(tried.message ? { message: tried.message } : {}) };
      }
      if (!worst || FAILURE_RANK.indexOf(tried.outcome) < FAILURE_RANK.indexOf(worst.outcome)) worst = { ...tried, server };
      if (TRANSIENT.has(tried.outcome)) again.push(server);
    }
    candidates = again;
  }
  const w = worst as ServerTry & { server: DnsServer };
  return {
    outcome: w.outcome,
    server: w.server,
    evidence,
    ...(w.message ? { message: w.message } : {}),
    ...(w.detail !== undefined ? { detail: w.detail } : {}),
  };
}
