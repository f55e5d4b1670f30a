/**
 * A declarative in-memory `Resolver` for tests: describe a zone as data, get `LookupResult`s with
 * `DnsEvidence` (server `zone`), and read back every question asked.
 *
 * ```ts
 * const dns = new ZoneResolver({
 *   'example.com': {
 *     TXT: ['v=spf1 mx -all'],                          // one string per record…
 *     MX: [{ preference: 10, exchange: 'mx.example.com' }],
 *     A: ['192.0.2.1'],
 *   },
 *   'split.example': { TXT: [['v=spf1 ip4:192.0.2.0/24 ', '-all']] }, // …or several strings in one record
 *   'alias.example': { CNAME: 'example.com' },           // followed for every other type
 *   'slow.example': { A: ['192.0.2.9'], TXT: 'TIMEOUT' }, // one type fails, the others answer
 *   'bad.example': 'SERVFAIL',                           // every type fails: SERVFAIL | TIMEOUT | REFUSED | MALFORMED | NXDOMAIN
 * });
 * await dns.lookup('example.com', 'MX');
 * dns.calls; // [{ name: 'example.com', type: 'MX', outcome: 'ok' }]
 * ```
 *
 * Semantics: names are case-insensitive and a trailing dot is ignored. A name that is not in the
 * zone is NXDOMAIN, unless a listed name lies below it (then it exists without data: NODATA, an
 * "empty non-terminal"). A listed name without records of the asked type is NODATA. CNAME chains
 * are followed (at most 8 steps); a loop answers SERVFAIL, as recursive resolvers do. Record data
 * comes back as the `Resolver` contract says: names lower-case without the trailing dot.
 */
import type {
  LookupOptions,
  LookupOutcome,
  LookupResult,
  RecordData,
  Resolver,
  ResourceRecord,
  RRType,
} from '../../electron/engine/dns/types.ts';
import type { DnsEvidence, DnsRecordEvidence } from '../../electron/engine/model/finding.ts';

/** A failure the zone answers with instead of data. */
export type ZoneFault = 'SERVFAIL' | 'TIMEOUT' | 'REFUSED' | 'MALFORMED' | 'NXDOMAIN';

/** TXT/SPF data: a string is a one-string record, an array is one record of several strings. */
export type ZoneText = string | readonly string[];

/** The records of one name, by type; a type may instead be a fault for that type only. */
export interface ZoneNode {
  readonly A?: readonly string[] | ZoneFault;
  readonly AAAA?: readonly string[] | ZoneFault;
  readonly MX?: readonly { readonly preference: number; readonly exchange: string }[] | ZoneFault;
  readonly TXT?: readonly ZoneText[] | ZoneFault;
  /** The retired type-99 SPF record (RFC 7208 §3.1). */
  readonly SPF?: readonly ZoneText[] | ZoneFault;
  readonly PTR?: readonly string[] | ZoneFault;
  readonly NS?: readonly string[] | ZoneFault;
  readonly CNAME?: string;
  readonly SRV?: readonly { priority: number; weight: number; port: number; target: string }[] | ZoneFault;
  readonly TLSA?: readonly { usage: number; selector: number; matchingType: number; data: string }[] | ZoneFault;
  readonly SOA?:
    { mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number } | ZoneFault;
  readonly DS?: readonly { keyTag: number; algorithm: number; digestType: number; digest: string }[] | ZoneFault;
  readonly DNSKEY?: readonly { flags: number; algorithm: number; key: string }[] | ZoneFault;
}

/** Owner name → its records, or a fault for every question about it. */
export type ZoneDescription = Readonly<Record<string, ZoneNode | ZoneFault>>;

export interface ZoneResolverOptions {
  /** TTL given to every record; default 300. */
  readonly ttl?: number;
  /** Milliseconds before each answer (honours the AbortSignal while waiting); default 0. */
  readonly delayMs?: number;
  /** The AD flag of every answer; default false. */
  readonly ad?: boolean;
}

/** One question asked, in order. */
export interface ZoneCall {
  readonly name: string;
  readonly type: RRType;
  readonly outcome: LookupOutcome;
}

const FAULT_OUTCOME: Record<ZoneFault, LookupOutcome> = {
  SERVFAIL: 'servfail',
  TIMEOUT: 'timeout',
  REFUSED: 'refused',
  MALFORMED: 'malformed',
  NXDOMAIN: 'nxdomain',
};

const RCODE: Record<LookupOutcome, string> = {
  ok: 'NOERROR',
  nodata: 'NOERROR',
  nxdomain: 'NXDOMAIN',
  servfail: 'SERVFAIL',
  refused: 'REFUSED',
  timeout: 'TIMEOUT',
  malformed: 'MALFORMED',
  error: 'ERROR',
};

function key(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

function isFault(v: unknown): v is ZoneFault {
  return typeof v === 'string' && v in FAULT_OUTCOME;
}

function dataOf(type: RRType, value: unknown): RecordData {
  const v = value as Record<string, unknown>;
  switch (type) {
    case 'A':
    case 'AAAA':
      return { type, address: String(value) };
    case 'TXT':
    case 'SPF': {
      const strings = typeof value === 'string' ? [value] : [...(value as readonly string[])];
      return { type, strings, text: strings.join('') };
    }
    case 'MX':
      return { type, preference: Number(v['preference']), exchange: key(String(v['exchange'])) };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type, target: key(String(value)) };
    case 'SRV':
      return {
        type,
        priority: Number(v['priority']),
        weight: Number(v['weight']),
        port: Number(v['port']),
        target: key(String(v['target'])),
      };
    default:
      return { type, ...(value as object) } as RecordData;
  }
}

function presentation(d: RecordData): string {
  switch (d.type) {
    case 'A':
    case 'AAAA':
      return d.address;
    case 'TXT':
    case 'SPF':
      return d.strings.map((s) => JSON.stringify(s)).join(' ');
    case 'MX':
      return `${d.preference} ${d.exchange || '.'}`;
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return d.target;
    default:
      return Object.values(d).slice(1).join(' ');
  }
}

export class ZoneResolver implements Resolver {
  /** Every question, in the order asked (a CNAME chase is one question). */
  readonly calls: ZoneCall[] = [];
  private readonly zone: Map<string, ZoneNode | ZoneFault>;
  private readonly options: ZoneResolverOptions;

  constructor(zone: ZoneDescription, options: ZoneResolverOptions = {}) {
    this.zone = new Map(Object.entries(zone).map(([name, node]) => [key(name), node]));
    this.options = options;
  }

  /** The questions asked about `type` (or all), as `TYPE name`, for compact assertions. */
  asked(type?: RRType): string[] {
    return this.calls.filter((c) => !type || c.type === type).map((c) => `${c.type} ${c.name}`);
  }

  /** Forgets the recorded calls. */
  reset(): void {
    this.calls.length = 0;
  }

  async lookup(name: string, type: RRType, options: LookupOptions = {}): Promise<LookupResult> {
    const signal = options.signal;
    signal?.throwIfAborted();
    const delay = this.options.delayMs ?? 0;
    if (delay > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
    const started = new Date();
    const { outcome, records, cnames } = this.answer(key(name), type);
    this.calls.push({ name: key(name), type, outcome });
    const ttl = this.options.ttl ?? 300;
    const rrs: ResourceRecord[] = records.map((r) => ({ name: r.owner, ttl, data: r.data }));
    const answers: DnsRecordEvidence[] = [
      ...cnames.map((target, i) => ({ name: i === 0 ? key(name) : (cnames[i - 1] ?? ''), type: 'CNAME', ttl, data: target })),
      ...rrs.map((r) => ({ name: r.name, type: r.data.type, ttl, data: presentation(r.data) })),
    ];
    const evidence: DnsEvidence = {
      kind: 'dns',
      server: 'zone',
      name: key(name),
      type,
      rcode: RCODE[outcome],
      answers,
      ...(this.options.ad !== undefined ? { ad: this.options.ad } : {}),
      elapsedMs: delay,
      at: started.toISOString(),
    };
    return {
      name: key(name),
      type,
      outcome,
      records: rrs,
      cnames,
      ad: this.options.ad ?? false,
      ...(outcome === 'malformed' ? { detail: 'zone: MALFORMED' } : {}),
      evidence: [evidence],
    };
  }

  private answer(
    start: string,
    type: RRType,
  ): { outcome: LookupOutcome; records: { owner: string; data: RecordData }[]; cnames: string[] } {
    const cnames: string[] = [];
    let name = start;
    for (let step = 0; ; step++) {
      const node = this.zone.get(name);
      if (node === undefined) {
        const below = [...this.zone.keys()].some((k) => k.endsWith(`.${name}`));
        return { outcome: below ? 'nodata' : 'nxdomain', records: [], cnames };
      }
      if (isFault(node)) return { outcome: FAULT_OUTCOME[node], records: [], cnames };
      if (node.CNAME !== undefined && type !== 'CNAME') {
        const target = key(node.CNAME);
        if (step >= 8 || target === start || cnames.includes(target)) return { outcome: 'servfail', records: [], cnames };
        cnames.push(target);
        name = target;
        continue;
      }
      const value: unknown = type === 'CNAME' ? (node.CNAME !== undefined ? [node.CNAME] : undefined) : node[type as keyof ZoneNode];
      if (value === undefined) return { outcome: 'nodata', records: [], cnames };
      if (isFault(value)) return { outcome: FAULT_OUTCOME[value], records: [], cnames };
      const list = Array.isArray(value) ? (value as unknown[]) : [value];
      const records = list.map((v) => ({ owner: name, data: dataOf(type, v) }));
      return { outcome: records.length ? 'ok' : 'nodata', records, cnames };
    }
  }
}

/** Shorthand for `new ZoneResolver(zone, options)`. */
export function zoneResolver(zone: ZoneDescription, options?: ZoneResolverOptions): ZoneResolver {
  return new ZoneResolver(zone, options);
}
