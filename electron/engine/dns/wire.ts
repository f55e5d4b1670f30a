/**
 * DNS messages on the wire: building queries and decoding replies defensively.
 *
 * dns-packet throws on malformed input and trusts some length fields it should not (a record's
 * RDLENGTH is not checked against what the record's decoder consumed, and TXT data may read past
 * the end of the buffer). So a reply is first walked structurally here — every name, every
 * RDLENGTH, every count — and each record is then decoded on its own and checked to consume exactly
 * its RDLENGTH. Anything that does not add up is `malformed`; nothing here throws.
 */
import { randomInt } from 'node:crypto';
import dnsPacket from 'dns-packet';
import type { Answer, Packet, Question, RecordType } from 'dns-packet';
import type { RRType } from './types.ts';

/** EDNS0 UDP payload size: the DNS flag day 2020 value, safe against IP fragmentation. */
export const EDNS_UDP_SIZE = 1232;

/** A wire type code for each type the resolver asks for. */
export const TYPE_CODES: Readonly<Record<RRType, number>> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  DS: 43,
  DNSKEY: 48,
  TLSA: 52,
  SPF: 99,
};

/** A decoded, structurally valid reply. */
export interface Message {
  readonly id: number;
  readonly rcode: string;
  readonly flags: { qr: boolean; aa: boolean; tc: boolean; rd: boolean; ra: boolean; ad: boolean; cd: boolean };
  readonly question: { name: string; type: string; class: string } | undefined;
  readonly answers: readonly Answer[];
  readonly authorities: readonly Answer[];
  readonly additionals: readonly Answer[];
}

export type ParseResult = { readonly ok: true; readonly message: Message } | { readonly ok: false; readonly error: string };

interface Codec<T> {
  decode(buf: Buffer, offset?: number): T;
}
interface CodecWithBytes<T> extends Codec<T> {
  decode: ((buf: Buffer, offset?: number) => T) & { bytes: number };
}
// dns-packet exports its per-section codecs at run time; its type declarations omit them.
const codecs = dnsPacket as unknown as {
  answer: CodecWithBytes<Answer>;
  question: CodecWithBytes<Question & { class: string }>;
};

/** Names as the engine keeps them: lower-case, no trailing dot, root as `.`. */
export function normalizeName(name: string): string {
  const trimmed = name.trim().replace(/\.+$/u, '');
  return trimmed === '' ? '.' : trimmed.toLowerCase();
}

/** Why a name cannot be asked at all (RFC 1035 §2.3.4 limits), or undefined when it can. */
export function invalidName(name: string): string | undefined {
  if (name === '.') return undefined;
  if (Buffer.byteLength(name) > 253) return 'name longer than 253 octets';
  for (const label of name.split('.')) {
    if (label.length === 0) return 'empty label';
    if (Buffer.byteLength(label) > 63) return `label longer than 63 octets (${label.slice(0, 20)}…)`;
  }
  return undefined;
}

/** A fresh random query ID (RFC 5452 §9.2: unpredictable IDs and source ports). */
export function newQueryId(): number {
  return randomInt(0, 0x10000);
}

/** Encodes a query: one question, EDNS0 OPT with a 1232-byte buffer and the DO bit (RFC 3225), unless `edns` is false. */
export function buildQuery(id: number, name: string, type: RRType, recursionDesired: boolean, edns = true): Buffer {
  const packet: Packet = {
    type: 'query',
    id,
    flags: recursionDesired ? dnsPacket.RECURSION_DESIRED : 0,
    // dns-packet's RecordType has no SPF; its type table does (99), so the cast is safe.
    questions: [{ name: name === '.' ? '.' : name, type: type as RecordType, class: 'IN' }],
    additionals: edns
      ? [
          {
            type: 'OPT',
            name: '.',
            udpPayloadSize: EDNS_UDP_SIZE,
            extendedRcode: 0,
            ednsVersion: 0,
            flags: dnsPacket.DNSSEC_OK,
            flag_do: true,
            options: [],
          },
        ]
      : [],
  };
  return dnsPacket.encode(packet);
}

const RCODES: readonly string[] = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];

/** The reply code's mnemonic, with the OPT record's upper 8 bits (RFC 6891 §6.1.3), e.g. BADVERS. */
function rcodeName(low: number, additionals: readonly Answer[]): string {
  const opt = additionals.find((a) => a.type === 'OPT');
  const extended = opt && 'extendedRcode' in opt ? opt.extendedRcode : 0;
  const code = (extended << 4) | low;
  if (code === 16) return 'BADVERS';
  return RCODES[code] ?? `RCODE${code}`;
}

/** Reads the ID of a reply without decoding it; undefined when fewer than 2 bytes arrived. */
export function peekId(buf: Buffer): number | undefined {
  return buf.length >= 2 ? buf.readUInt16BE(0) : undefined;
}

/**
 * Skips a (possibly compressed) name starting at `offset`; returns the offset after it, or an error.
 * Pointers end a name in the message body, so only the name's own bytes are walked here; where the
 * pointers lead is checked by dns-packet, which only follows pointers backwards (no loops).
 */
function skipName(buf: Buffer, offset: number): number | string {
  let at = offset;
  for (;;) {
    if (at >= buf.length) return 'name runs past the end of the message';
    const len = buf[at] ?? 0;
    if (len === 0) return at + 1;
    if ((len & 0xc0) === 0xc0) {
      if (at + 2 > buf.length) return 'name pointer runs past the end of the message';
      return at + 2;
    }
    if ((len & 0xc0) !== 0) return 'unknown label type';
    at += 1 + len;
  }
}

/** Decodes a reply; every failure is reported as text, never thrown. */
export function parseMessage(buf: Buffer): ParseResult {
  if (buf.length < 12) return { ok: false, error: `message too short (${buf.length} bytes)` };
  const id = buf.readUInt16BE(0);
  const flagBits = buf.readUInt16BE(2);
  const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6), buf.readUInt16BE(8), buf.readUInt16BE(10)] as const;
  let offset = 12;
  const questions: { name: string; type: string; class: string }[] = [];
  try {
    for (let i = 0; i < counts[0]; i++) {
      const end = skipName(buf, offset);
      if (typeof end === 'string') return { ok: false, error: `question ${i + 1}: ${end}` };
      if (end + 4 > buf.length) return { ok: false, error: `question ${i + 1} runs past the end of the message` };
      const q = codecs.question.decode(buf, offset);
      if (offset + codecs.question.decode.bytes !== end + 4) return { ok: false, error: `question ${i + 1} has an inconsistent length` };
      questions.push({ name: q.name, type: q.type, class: String(q.class) });
      offset = end + 4;
    }
    const sections: Answer[][] = [[], [], []];
    for (let s = 0; s < 3; s++) {
      const count = counts[s + 1] ?? 0;
      const out = sections[s] ?? [];
      for (let i = 0; i < count; i++) {
        const nameEnd = skipName(buf, offset);
        if (typeof nameEnd === 'string') return { ok: false, error: `record: ${nameEnd}` };
        if (nameEnd + 10 > buf.length) return { ok: false, error: 'record header runs past the end of the message' };
        const rdlength = buf.readUInt16BE(nameEnd + 8);
        const end = nameEnd + 10 + rdlength;
        if (end > buf.length) return { ok: false, error: 'record data runs past the end of the message' };
        const record = codecs.answer.decode(buf, offset);
        if (offset + codecs.answer.decode.bytes !== end)
          return { ok: false, error: `${record.type} record data has an inconsistent length` };
        out.push(record);
        offset = end;
      }
    }
    return {
      ok: true,
      message: {
        id,
        rcode: rcodeName(flagBits & 0xf, sections[2] ?? []),
        flags: {
          qr: (flagBits & 0x8000) !== 0,
          aa: (flagBits & 0x0400) !== 0,
          tc: (flagBits & 0x0200) !== 0,
          rd: (flagBits & 0x0100) !== 0,
          ra: (flagBits & 0x0080) !== 0,
          ad: (flagBits & 0x0020) !== 0,
          cd: (flagBits & 0x0010) !== 0,
        },
        question: questions[0],
        answers: sections[0] ?? [],
        authorities: sections[1] ?? [],
        additionals: sections[2] ?? [],
      },
    };
  } catch (e) {
    // dns-packet's messages are precise ("Cannot decode name (bad pointer)" for compression loops).
    return { ok: false, error: (e as Error).message };
  }
}

/** Why a decoded reply does not belong to our question, or undefined when it does (RFC 5452 §9.1). */
export function mismatch(message: Message, id: number, name: string, type: RRType): string | undefined {
  if (message.id !== id) return `wrong ID ${message.id} (asked ${id})`;
  if (!message.flags.qr) return 'not a response (QR=0)';
  const q = message.question;
  // A FORMERR/NOTIMP reply may legitimately omit the question.
  if (q === undefined) return message.rcode === 'NOERROR' || message.rcode === 'NXDOMAIN' ? 'reply has no question' : undefined;
  if (normalizeName(q.name) !== normalizeName(name)) return `reply is for another name (${normalizeName(q.name)})`;
  if (q.type !== type) return `reply is for another type (${q.type})`;
  if (q.class !== 'IN') return `reply is for another class (${q.class})`;
  return undefined;
}
