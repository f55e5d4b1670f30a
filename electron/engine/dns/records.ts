/**
 * dns-packet's decoded records → the engine's typed `RecordData` and the presentation form kept as
 * evidence (RFC 1035 §5.1 master-file style; RFC 3597 `\# len hex` for types we do not model).
 */
import type { Answer } from 'dns-packet';
import type { DnsRecordEvidence } from '../model/finding.ts';
import type { RecordData, ResourceRecord, RRType } from './types.ts';
import { normalizeName } from './wire.ts';

const TEXT = new TextDecoder('utf-8');

/** Splits RFC 1035 §3.3 <character-string>s; used for SPF (type 99), which dns-packet leaves raw. */
export function characterStrings(rdata: Buffer): Buffer[] | undefined {
  const out: Buffer[] = [];
  let at = 0;
  while (at < rdata.length) {
    const len = rdata[at] ?? 0;
    if (at + 1 + len > rdata.length) return undefined;
    out.push(rdata.subarray(at + 1, at + 1 + len));
    at += 1 + len;
  }
  return out;
}

function asBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf-8');
  return Buffer.alloc(0);
}

function textStrings(a: Answer): string[] | undefined {
  if (a.type === 'TXT') {
    const data: unknown = a.data;
    const list = Array.isArray(data) ? data : [data];
    return list.map((part) => TEXT.decode(asBuffer(part)));
  }
  const raw = (a as { data?: unknown }).data;
  const parts = characterStrings(asBuffer(raw));
  return parts?.map((p) => TEXT.decode(p));
}

function hex(value: unknown): string {
  return asBuffer(value).toString('hex');
}

/** The typed data of a record of one of the resolver's types; undefined for other types. */
export function recordData(a: Answer): RecordData | undefined {
  switch (a.type) {
    case 'A':
    case 'AAAA':
      return { type: a.type, address: a.data };
    case 'MX':
      return { type: 'MX', preference: a.data.preference ?? 0, exchange: normalizeName(a.data.exchange) };
    case 'TXT': {
      const strings = textStrings(a) ?? [];
      return { type: 'TXT', strings, text: strings.join('') };
    }
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type: a.type, target: normalizeName(a.data) };
    case 'SOA':
      return {
        type: 'SOA',
        mname: normalizeName(a.data.mname),
        rname: normalizeName(a.data.rname),
        serial: a.data.serial ?? 0,
        refresh: a.data.refresh ?? 0,
        retry: a.data.retry ?? 0,
        expire: a.data.expire ?? 0,
        minimum: a.data.minimum ?? 0,
      };
    case 'SRV':
      return {
        type: 'SRV',
        priority: a.data.priority ?? 0,
        weight: a.data.weight ?? 0,
        port: a.data.port,
        target: normalizeName(a.data.target),
      };
    case 'TLSA':
      return {
        type: 'TLSA',
        usage: a.data.usage,
        selector: a.data.selector,
        matchingType: a.data.matchingType,
        data: hex(a.data.certificate),
      };
    case 'DS':
      return { type: 'DS', keyTag: a.data.keyTag, algorithm: a.data.algorithm, digestType: a.data.digestType, digest: hex(a.data.digest) };
    case 'DNSKEY':
      return { type: 'DNSKEY', flags: a.data.flags, algorithm: a.data.algorithm, key: asBuffer(a.data.key).toString('base64') };
    default: {
      // SPF (99) is not in dns-packet's RecordType union but is decoded raw under its name.
      if ((a.type as string) === 'SPF') {
        const strings = textStrings(a);
        return strings ? { type: 'SPF', strings, text: strings.join('') } : undefined;
      }
      return undefined;
    }
  }
}

/** Presentation form of typed data, as shown in evidence and reports. */
export function presentData(data: RecordData): string {
  switch (data.type) {
    case 'A':
    case 'AAAA':
      return data.address;
    case 'MX':
      return `${data.preference} ${data.exchange}`;
    case 'TXT':
    case 'SPF':
      return data.text;
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return data.target;
    case 'SOA':
      return `${data.mname} ${data.rname} ${data.serial} ${data.refresh} ${data.retry} ${data.expire} ${data.minimum}`;
    case 'SRV':
      return `${data.priority} ${data.weight} ${data.port} ${data.target}`;
    case 'TLSA':
      return `${data.usage} ${data.selector} ${data.matchingType} ${data.data}`;
    case 'DS':
      return `${data.keyTag} ${data.algorithm} ${data.digestType} ${data.digest}`;
    case 'DNSKEY':
      return `${data.flags} 3 ${data.algorithm} ${data.key}`;
  }
}

/** YYYYMMDDHHmmSS as RRSIG's presentation form writes times (RFC 4034 §3.2). */
function sigTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/[-:T]/gu, '').slice(0, 14);
}

/** Presentation form of any decoded record's data. */
export function presentAnswer(a: Answer): string {
  const typed = recordData(a);
  if (typed) return presentData(typed);
  switch (a.type) {
    case 'RRSIG': {
      const d = a.data;
      return `${d.typeCovered} ${d.algorithm} ${d.labels} ${d.originalTTL} ${sigTime(d.expiration)} ${sigTime(d.inception)} ${d.keyTag} ${normalizeName(d.signersName)} ${asBuffer(d.signature).toString('base64')}`;
    }
    case 'NSEC':
      return `${normalizeName(a.data.nextDomain)} ${a.data.rrtypes.join(' ')}`;
    case 'DNAME':
      return normalizeName(a.data);
    case 'CAA':
      return `${a.data.flags ?? 0} ${a.data.tag} "${a.data.value}"`;
    default: {
      const raw = asBuffer((a as { data?: unknown }).data);
      return `\\# ${raw.length}${raw.length ? ` ${raw.toString('hex')}` : ''}`;
    }
  }
}

/** A wire record as evidence. */
export function answerEvidence(a: Answer): DnsRecordEvidence {
  return { name: normalizeName(a.name), type: a.type, ttl: 'ttl' in a ? (a.ttl ?? 0) : 0, data: presentAnswer(a) };
}

/** A wire record as a typed `ResourceRecord`, when its type is one the engine models. */
export function toResourceRecord(a: Answer): ResourceRecord | undefined {
  const data = recordData(a);
  return data ? { name: normalizeName(a.name), ttl: 'ttl' in a ? (a.ttl ?? 0) : 0, data } : undefined;
}

/** Whether a decoded record has type `type` (dns-packet names SPF records `SPF`). */
export function hasType(a: Answer, type: RRType | 'CNAME'): boolean {
  return (a.type as string) === type;
}
