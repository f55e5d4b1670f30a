/**
 * The state of one check_host() run shared by every include/redirect level: the DNS-term and
 * void-lookup counters of §4.6.4, the DNS evidence, and the validated-name cache behind `%{p}`.
 * Errors that end the whole evaluation (§2.6.6, §2.6.7) travel as `SpfError`.
 */
import type { LookupResult, Resolver, RRType } from '../../dns/types.ts';
import type { DnsEvidence } from '../../model/finding.ts';
import { isQueryableName, isSameOrSubdomain, stripDot } from './domain.ts';
import { inCidr, parseRecordAddress, reverseName, type IpAddress } from './ip.ts';
import type { SpfProblem, SpfResult } from './types.ts';

/** §4.6.4 limits. */
export const LOOKUP_LIMIT = 10;
export const VOID_LIMIT = 2;
export const MX_NAME_LIMIT = 10;
export const PTR_NAME_LIMIT = 10;

/** A permerror or temperror that ends the evaluation at every level (§5.2: include propagates them). */
export class SpfError extends Error {
  readonly result: Extract<SpfResult, 'permerror' | 'temperror'>;
  readonly problem: SpfProblem;
  constructor(result: 'permerror' | 'temperror', problem: SpfProblem, detail: string) {
    super(detail);
    this.name = 'SpfError';
    this.result = result;
    this.problem = problem;
  }
}

/** Outcomes that mean "the server could not say" (§4.4, §5): temperror, never "no record". */
export function isDnsFailure(r: LookupResult): boolean {
  return r.outcome !== 'ok' && r.outcome !== 'nodata' && r.outcome !== 'nxdomain';
}

/** NOERROR with no answer, or NXDOMAIN (§4.6.4 "void lookup"). */
export function isVoid(r: LookupResult): boolean {
  return r.outcome === 'nxdomain' || r.outcome === 'nodata' || (r.outcome === 'ok' && r.records.length === 0);
}

export interface EvalInput {
  readonly ip: IpAddress;
  readonly sender: string;
  readonly local: string;
  readonly senderDomain: string;
  readonly helo: string;
  readonly receivingHost: string;
  readonly now: number;
}

export class SpfContext {
  readonly input: EvalInput;
  readonly resolver: Resolver;
  readonly signal: AbortSignal | undefined;
  readonly evidence: DnsEvidence[] = [];
  /** The TXT answer each domain's record came from, for findings' evidence. */
  readonly txtByDomain = new Map<string, LookupResult>();
  lookups = 0;
  voidLookups = 0;
  /** The questions that came back void, as `TYPE name`. */
  readonly voidNames: string[] = [];
  private validated: Promise<string[]> | undefined;
  /** Questions asked ahead of evaluation and not yet used, by `TYPE name`. */
  private readonly early = new Map<string, Promise<LookupResult>>();
  private readonly prefetching: boolean;

  constructor(input: EvalInput, resolver: Resolver, signal: AbortSignal | undefined, prefetch = true) {
    this.input = input;
    this.resolver = resolver;
    this.signal = signal;
    this.prefetching = prefetch;
  }

  private ask(name: string, type: RRType): Promise<LookupResult> {
    return this.resolver.lookup(name, type, this.signal ? { signal: this.signal } : {});
  }

  /**
   * Starts questions whose answers the evaluation will probably need, so that independent
   * lookups overlap instead of queueing. It changes nothing else: terms are still evaluated and
   * counted in record order, and an answer becomes evidence only when the evaluation uses it.
   */
  prefetch(name: string, type: RRType): void {
    if (!this.prefetching || this.signal?.aborted || !isQueryableName(name)) return;
    const key = `${type} ${stripDot(name).toLowerCase()}`;
    if (this.early.has(key)) return;
    const pending = this.ask(name, type);
    pending.catch(() => undefined); // an unused question may fail unobserved
    this.early.set(key, pending);
  }

  /** Asks the resolver; a time-limit abort becomes temperror (§4.6.4), a cancellation is rethrown. */
  async lookup(name: string, type: RRType): Promise<LookupResult> {
    this.checkSignal();
    const key = `${type} ${stripDot(name).toLowerCase()}`;
    const early = this.early.get(key);
    this.early.delete(key);
    let r: LookupResult;
    try {
      r = await (early ?? this.ask(name, type));
    } catch (e) {
      this.checkSignal();
      throw e;
    }
    this.evidence.push(...r.evidence);
    this.checkSignal();
    return r;
  }

  private checkSignal(): void {
    const s = this.signal;
    if (!s?.aborted) return;
    const reason: unknown = s.reason;
    if (reason instanceof Error && reason.name === 'TimeoutError') {
      throw new SpfError('temperror', 'time-limit', 'the evaluation exceeded its time limit');
    }
    throw reason instanceof Error ? reason : new DOMException('The operation was aborted', 'AbortError');
  }

  /** Counts a DNS-querying term; the 11th is a permerror (§4.6.4). */
  countTerm(term: string): void {
    this.lookups++;
    if (this.lookups > LOOKUP_LIMIT) {
      throw new SpfError('permerror', 'lookup-limit', `"${term}" would be DNS-querying term ${this.lookups}; the limit is ${LOOKUP_LIMIT}`);
    }
  }

  /** Counts a void answer to a term's query; the third is a permerror (§4.6.4). */
  countVoid(name: string, type: RRType): void {
    this.voidLookups++;
    this.voidNames.push(`${type} ${name}`);
    if (this.voidLookups > VOID_LIMIT) {
      throw new SpfError('permerror', 'void-limit', `${type} ${name} is void lookup ${this.voidLookups}; the limit is ${VOID_LIMIT}`);
    }
  }

  /** The type of address record that fits the connection (§5.3). */
  addressType(): 'A' | 'AAAA' {
    return this.input.ip.version === 4 ? 'A' : 'AAAA';
  }

  /** Whether any address record in `r` lies within `prefix` bits of <ip>. */
  matchesAny(r: LookupResult, prefix: number): string | undefined {
    for (const rec of r.records) {
      if (rec.data.type !== 'A' && rec.data.type !== 'AAAA') continue;
      const addr = parseRecordAddress(rec.data.address, this.input.ip.version);
      if (addr && inCidr(addr, this.input.ip, prefix)) return rec.data.address;
    }
    return undefined;
  }

  /**
   * §5.5 PTR names of <ip>, the first 10 only (§4.6.4); `undefined` when the PTR lookup failed.
   */
  async ptrNames(): Promise<{ names: string[]; result: LookupResult }> {
    const result = await this.lookup(reverseName(this.input.ip), 'PTR');
    const names: string[] = [];
    for (const rec of result.records) if (rec.data.type === 'PTR') names.push(stripDot(rec.data.target));
    return { names: names.slice(0, PTR_NAME_LIMIT), result };
  }

  /** Whether `name` has an address equal to <ip>; DNS errors make it "not validated" (§5.5). */
  async validates(name: string): Promise<boolean> {
    if (!isQueryableName(name)) return false;
    const r = await this.lookup(name, this.addressType());
    if (r.outcome !== 'ok') return false;
    return this.matchesAny(r, this.input.ip.version === 4 ? 32 : 128) !== undefined;
  }

  /**
   * §7.3 `%{p}`: a validated name of <ip> — <domain> itself if validated, else a subdomain of it,
   * else any validated name; `unknown` when none validates or the PTR lookup fails.
   */
  async validatedName(domain: string): Promise<string> {
    this.validated ??= (async () => {
      const { names, result } = await this.ptrNames();
      if (result.outcome !== 'ok') return [];
      for (const n of names) this.prefetch(n, this.addressType());
      const ok: string[] = [];
      for (const n of names) if (await this.validates(n)) ok.push(n);
      return ok;
    })();
    const names = await this.validated;
    const exact = names.find((n) => n.toLowerCase() === stripDot(domain).toLowerCase());
    return exact ?? names.find((n) => isSameOrSubdomain(n, domain)) ?? names[0] ?? 'unknown';
  }
}
