import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import dnsPacket from 'dns-packet';
import type { Packet } from 'dns-packet';
import { answerEvidence, toResourceRecord } from '../../../electron/engine/dns/records.ts';
import { buildQuery, invalidName, mismatch, normalizeName, parseMessage } from '../../../electron/engine/dns/wire.ts';

const REPLY: Packet = {
  type: 'response',
  id: 4242,
  flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | dnsPacket.AUTHENTIC_DATA,
  questions: [{ name: 'example.test', type: 'MX', class: 'IN' }],
  answers: [
    { name: 'example.test', type: 'MX', ttl: 300, data: { preference: 10, exchange: 'mx1.example.test' } },
    { name: 'example.test', type: 'TXT', ttl: 300, data: ['v=spf1 ', '-all'] },
  ],
  authorities: [
    {
      name: 'example.test',
      type: 'SOA',
      ttl: 60,
      data: { mname: 'ns1.example.test', rname: 'h.example.test', serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 1 },
    },
  ],
  additionals: [{ type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
};

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('wire', () => {
  describe('buildQuery', () => {
    it('asks one question with RD and an OPT record of 1232 bytes with DO (RFC 3225)', () => {
      const q = dnsPacket.decode(buildQuery(77, 'example.test', 'TLSA', true));
      assert.equal(q.id, 77);
      assert.equal(q.flag_rd, true);
      assert.deepEqual(q.questions, [{ name: 'example.test', type: 'TLSA', class: 'IN' }]);
      const opt = q.additionals?.[0] as { type: string; udpPayloadSize: number; flag_do: boolean };
      assert.deepEqual([opt.type, opt.udpPayloadSize, opt.flag_do], ['OPT', 1232, true]);
    });

    it('clears RD for authoritative questions and encodes SPF as type 99', () => {
      const bytes = buildQuery(1, 'example.test', 'SPF', false);
      assert.equal(bytes.readUInt16BE(2) & 0x0100, 0);
      assert.equal(bytes.readUInt16BE(12 + 'example.test'.length + 2), 99);
    });
  });

  describe('parseMessage', () => {
    it('decodes a reply with its flags, sections and rcode', () => {
      const r = parseMessage(dnsPacket.encode(REPLY));
      assert.ok(r.ok);
      assert.equal(r.message.id, 4242);
      assert.equal(r.message.rcode, 'NOERROR');
      assert.deepEqual([r.message.flags.qr, r.message.flags.ad, r.message.flags.tc], [true, true, false]);
      assert.deepEqual(r.message.question, { name: 'example.test', type: 'MX', class: 'IN' });
      assert.deepEqual([r.message.answers.length, r.message.authorities.length, r.message.additionals.length], [2, 1, 1]);
    });

    it('reads the extended rcode BADVERS from the OPT record (RFC 6891 §6.1.3)', () => {
      const bytes = dnsPacket.encode({
        ...REPLY,
        answers: [],
        authorities: [],
        additionals: [
          { type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode: 1, ednsVersion: 0, flags: 0, flag_do: false, options: [] },
        ],
      });
      const r = parseMessage(bytes);
      assert.ok(r.ok);
      assert.equal(r.message.rcode, 'BADVERS');
    });

    it('rejects a message shorter than a header', () => {
      assert.deepEqual(parseMessage(Buffer.from([1, 2, 3])), { ok: false, error: 'message too short (3 bytes)' });
    });

    it('rejects every truncation of a valid reply', () => {
      const bytes = dnsPacket.encode(REPLY);
      for (let len = 0; len < bytes.length; len++) assert.equal(parseMessage(bytes.subarray(0, len)).ok, false, `length ${len}`);
    });

    it('rejects a name pointer to itself (a compression loop)', () => {
      const header = Buffer.from([0, 1, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0]);
      const rr = Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1]);
      const r = parseMessage(Buffer.concat([header, rr]));
      assert.deepEqual(r, { ok: false, error: 'Cannot decode name (bad pointer)' });
    });

    it('rejects a record whose RDLENGTH disagrees with its data', () => {
      const bytes = Buffer.concat([
        dnsPacket.encode({ ...REPLY, answers: [REPLY.answers?.[0] as never], authorities: [], additionals: [] }),
        Buffer.alloc(1),
      ]);
      const at = 12 + 'example.test'.length + 2 + 4 + 'example.test'.length + 2 + 8;
      bytes.writeUInt16BE(bytes.readUInt16BE(at) + 1, at);
      const r = parseMessage(bytes);
      assert.equal(r.ok, false);
      assert.match((r as { error: string }).error, /MX record data has an inconsistent length/u);
    });

    it('rejects a count larger than the records present without reading past the end', () => {
      const bytes = dnsPacket.encode(REPLY);
      bytes.writeUInt16BE(65535, 6);
      assert.equal(parseMessage(bytes).ok, false);
    });

    it('never throws on 5000 randomly damaged replies, nor when presenting what decodes', () => {
      const base = dnsPacket.encode(REPLY);
      const random = rng(20250131);
      let rejected = 0;
      for (let i = 0; i < 5000; i++) {
        const b = Buffer.from(base);
        const flips = 1 + Math.floor(random() * 6);
        for (let f = 0; f < flips; f++) b[Math.floor(random() * b.length)] = Math.floor(random() * 256);
        const cut = random() < 0.3 ? b.subarray(0, Math.floor(random() * b.length)) : b;
        const r = parseMessage(cut);
        if (!r.ok) rejected += 1;
        // What decodes must also present and convert without throwing.
        else {
          for (const a of [...r.message.answers, ...r.message.authorities]) {
            assert.equal(typeof answerEvidence(a).data, 'string');
            toResourceRecord(a);
          }
        }
      }
      assert.ok(rejected > 500, `only ${rejected} rejected`);
    });
  });

  describe('mismatch', () => {
    const parsed = parseMessage(dnsPacket.encode(REPLY));
    assert.ok(parsed.ok);
    const m = parsed.message;
    it('accepts the reply to our question, whatever the case of the name', () => {
      assert.equal(mismatch(m, 4242, 'EXAMPLE.test', 'MX'), undefined);
    });
    it('names a wrong ID, name or type', () => {
      assert.equal(mismatch(m, 1, 'example.test', 'MX'), 'wrong ID 4242 (asked 1)');
      assert.equal(mismatch(m, 4242, 'other.test', 'MX'), 'reply is for another name (example.test)');
      assert.equal(mismatch(m, 4242, 'example.test', 'TXT'), 'reply is for another type (MX)');
    });
  });

  describe('names', () => {
    it('normalizes to lower case without the trailing dot', () => {
      assert.deepEqual(['Example.TEST.', ' mx.Example.test ', '.', ''].map(normalizeName), ['example.test', 'mx.example.test', '.', '.']);
    });
    it('finds names no DNS message can carry (RFC 1035 §2.3.4)', () => {
      assert.equal(invalidName('example.test'), undefined);
      assert.equal(invalidName('a..b'), 'empty label');
      assert.match(invalidName(`${'x'.repeat(64)}.test`) ?? '', /label longer than 63/u);
      assert.equal(invalidName(`${'abcdefghi.'.repeat(26)}test`), 'name longer than 253 octets');
    });
  });
});
