/**
 * The test DNS server's data and answer logic: declarative zones, faults, how a zone answers a
 * question, and how a well-formed reply is damaged. Kept apart from the sockets in
 * dns-test-server.ts (see its header for the semantics and usage); import from there.
 */
import dnsPacket from 'dns-packet';
import type { Answer, Packet, RecordType } from 'dns-packet';

export type TestRecord = { readonly ttl?: number } & (
  | { readonly type: 'A' | 'AAAA' | 'CNAME' | 'NS' | 'PTR' | 'DNAME'; readonly data: string }
  | { readonly type: 'MX'; readonly data: { readonly preference: number; readonly exchange: string } }
  /** A string is one character-string; an array is one record made of several strings. */
  | { readonly type: 'TXT' | 'SPF'; readonly data: string | readonly string[] }
  | {
      readonly type: 'SOA';
      readonly data: {
        readonly mname: string;
        readonly rname: string;
        readonly serial?: number;
        readonly refresh?: number;
        readonly retry?: number;
        readonly expire?: number;
        readonly minimum?: number;
      };
    }
  | {
      readonly type: 'SRV';
      readonly data: { readonly priority: number; readonly weight: number; readonly port: number; readonly target: string };
    }
  /** `certificate` in hex. */
  | {
      readonly type: 'TLSA';
      readonly data: { readonly usage: number; readonly selector: number; readonly matchingType: number; readonly certificate: string };
    }
  /** `digest` in hex. */
  | {
      readonly type: 'DS';
      readonly data: { readonly keyTag: number; readonly algorithm: number; readonly digestType: number; readonly digest: string };
    }
  /** `key` in base64. */
  | { readonly type: 'DNSKEY'; readonly data: { readonly flags: number; readonly algorithm: number; readonly key: string } }
);

/** Owner name → records. */
export type TestZone = Readonly<Record<string, readonly TestRecord[]>>;

/** What goes wrong for the queries a fault matches. Several may combine (e.g. delay + SERVFAIL). */
export interface Fault {
  /** Wait before answering (ms). */
  readonly delayMs?: number;
  /** Answer with this rcode and no records. */
  readonly rcode?: 'SERVFAIL' | 'REFUSED' | 'FORMERR' | 'NOTIMP' | 'NXDOMAIN' | 'YXDOMAIN';
  /** Never answer (the client times out). */
  readonly drop?: boolean;
  /** UDP: answer TC=1 with no records, so the client must retry over TCP (which answers fully). */
  readonly truncate?: boolean;
  /**
   * Send bytes that do not decode, keeping the right ID: `garbage` (a header then junk),
   * `truncated` (the real reply cut short), `compression-loop` (a name pointer to itself),
   * `bad-rdlength` (a record whose RDLENGTH disagrees with its data).
   */
  readonly malformed?: 'garbage' | 'truncated' | 'compression-loop' | 'bad-rdlength';
  /** Reply with ID+1 instead of the query's ID. */
  readonly wrongId?: boolean;
  /** Reply about another name (`wrong.invalid`) with the right ID. */
  readonly wrongQuestion?: boolean;
  /** UDP: send the reply from another socket (another port) than the one asked. */
  readonly otherSocket?: boolean;
  /** After a `wrongId`/`wrongQuestion`/`otherSocket` reply, also send the genuine one. */
  readonly thenAnswer?: boolean;
  /** TCP only: `close` the connection without a reply, or send an `oversize-length` prefix. */
  readonly tcp?: 'close' | 'oversize-length';
  /** Set the AD bit on this answer (as a validating resolver would). */
  readonly ad?: boolean;
  /** Only the first N matching queries get the fault; later ones are answered normally. */
  readonly times?: number;
  /** Answer FORMERR without OPT to queries carrying EDNS, as a pre-EDNS server does (RFC 6891 §7). */
  readonly noEdns?: boolean;
  /** Only queries over this transport get the fault. */
  readonly transport?: 'udp' | 'tcp';
}

export type TestFaults = Readonly<Record<string, Fault>>;

const DEFAULT_TTL = 300;
export const lower = (n: string): string => n.replace(/\.$/u, '').toLowerCase();

function parentOf(name: string): string | undefined {
  const i = name.indexOf('.');
  return i < 0 ? undefined : name.slice(i + 1);
}

export function toAnswer(owner: string, r: TestRecord): Answer {
  const ttl = r.ttl ?? DEFAULT_TTL;
  switch (r.type) {
    case 'TXT':
      return { name: owner, type: 'TXT', ttl, data: typeof r.data === 'string' ? [r.data] : [...r.data] };
    case 'SPF': {
      // dns-packet has no SPF codec: hand it the raw RDATA (character-strings, RFC 1035 §3.3).
      const parts = (typeof r.data === 'string' ? [r.data] : [...r.data]).map((s) => Buffer.from(s));
      const rdata = Buffer.concat(parts.flatMap((p) => [Buffer.from([p.length]), p]));
      return { name: owner, type: 'SPF' as RecordType, ttl, data: rdata } as unknown as Answer;
    }
    case 'TLSA':
      return { name: owner, type: 'TLSA', ttl, data: { ...r.data, certificate: Buffer.from(r.data.certificate, 'hex') } };
    case 'DS':
      return { name: owner, type: 'DS', ttl, data: { ...r.data, digest: Buffer.from(r.data.digest, 'hex') } };
    case 'DNSKEY':
      return { name: owner, type: 'DNSKEY', ttl, data: { ...r.data, key: Buffer.from(r.data.key, 'base64') } };
    case 'SOA':
      return { name: owner, type: 'SOA', ttl, data: { serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 300, ...r.data } };
    default:
      return { name: owner, ttl, type: r.type, data: r.data } as Answer;
  }
}

export interface Resolved {
  rcode: string;
  answers: Answer[];
  authorities: Answer[];
}

/** The zone's answer to one question (see the header comment for the semantics). */
export function resolveInZone(zone: Map<string, readonly TestRecord[]>, qname: string, qtype: string, chaseCnames: boolean): Resolved {
  const answers: Answer[] = [];
  const exists = (n: string): boolean => zone.has(n) || [...zone.keys()].some((k) => k.endsWith(`.${n}`));
  const soaFor = (n: string): Answer[] => {
    for (let p: string | undefined = n; p !== undefined; p = parentOf(p)) {
      const soa = zone.get(p)?.find((r) => r.type === 'SOA');
      if (soa) return [toAnswer(p, soa)];
    }
    return [];
  };
  const recordsAt = (n: string): { owner: string; records: readonly TestRecord[] } | undefined => {
    const own = zone.get(n);
    if (own) return { owner: n, records: own };
    if (exists(n)) return { owner: n, records: [] };
    for (let p = parentOf(n); p !== undefined; p = parentOf(p)) {
      const wild = zone.get(`*.${p}`);
      if (wild) return { owner: n, records: wild };
      if (zone.has(p)) break;
    }
    return undefined;
  };
  let current = qname;
  for (let hop = 0; hop <= 8; hop++) {
    const at = recordsAt(current);
    if (!at) return { rcode: 'NXDOMAIN', answers, authorities: soaFor(current) };
    const matching = at.records.filter((r) => r.type === qtype);
    if (matching.length > 0) {
      answers.push(...matching.map((r) => toAnswer(current, r)));
      return { rcode: 'NOERROR', answers, authorities: [] };
    }
    const cname = at.records.find((r) => r.type === 'CNAME');
    if (!cname || qtype === 'CNAME') break;
    answers.push(toAnswer(current, cname));
    if (!chaseCnames) return { rcode: 'NOERROR', answers, authorities: [] };
    current = lower(cname.data as string);
  }
  return { rcode: 'NOERROR', answers, authorities: soaFor(current) };
}

/** Damages a well-formed reply in one of the ways a hostile or broken peer might. */
export function malform(bytes: Buffer, kind: NonNullable<Fault['malformed']>, query: Packet): Buffer {
  const id = Buffer.alloc(2);
  id.writeUInt16BE(query.id ?? 0);
  switch (kind) {
    case 'truncated':
      return bytes.subarray(0, Math.max(13, bytes.length - 3));
    case 'garbage':
      // A header claiming one question and five answers, then bytes that are no valid label.
      return Buffer.concat([id, Buffer.from([0x81, 0x80, 0, 1, 0, 5, 0, 0, 0, 0]), Buffer.from('ffee0102c0fffe7f80aa55', 'hex')]);
    case 'compression-loop': {
      // The answer's owner name is a pointer to itself (RFC 1035 §4.1.4 pointers; a loop).
      const q = query.questions?.[0];
      const question = dnsPacket.encode({
        type: 'response',
        id: query.id ?? 0,
        flags: dnsPacket.RECURSION_AVAILABLE,
        questions: q ? [q] : [],
      });
      const at = question.length;
      const header = Buffer.from(question);
      header.writeUInt16BE(1, 6); // ANCOUNT = 1
      const rr = Buffer.from([0xc0 | (at >> 8), at & 0xff, 0, 1, 0, 1, 0, 0, 1, 44, 0, 4, 192, 0, 2, 1]);
      return Buffer.concat([header, rr]);
    }
    case 'bad-rdlength': {
      // The first answer's RDLENGTH is one more than its data; one spare byte keeps it in bounds.
      const copy = Buffer.concat([bytes, Buffer.alloc(1)]);
      const q = query.questions?.[0];
      if (!q || copy.readUInt16BE(6) === 0) return copy.subarray(0, 11);
      const qlen = Buffer.byteLength(lower(q.name)) + 2 + 4; // dns-packet never compresses
      const nameLen = Buffer.byteLength(lower(q.name)) + 2;
      const rdlengthAt = 12 + qlen + nameLen + 8;
      copy.writeUInt16BE(copy.readUInt16BE(rdlengthAt) + 1, rdlengthAt);
      return copy;
    }
  }
}
