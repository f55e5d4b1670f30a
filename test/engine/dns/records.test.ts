import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from 'dns-packet';
import { answerEvidence, characterStrings, presentData, recordData } from '../../../electron/engine/dns/records.ts';

describe('records', () => {
  describe('characterStrings', () => {
    it('splits RDATA into its length-prefixed strings (RFC 1035 §3.3)', () => {
      const rdata = Buffer.concat([Buffer.from([3]), Buffer.from('abc'), Buffer.from([0]), Buffer.from([2]), Buffer.from('de')]);
      assert.deepEqual(characterStrings(rdata)?.map(String), ['abc', '', 'de']);
    });
    it('refuses a string running past the data', () => {
      assert.equal(characterStrings(Buffer.from([5, 0x61])), undefined);
    });
  });

  describe('recordData', () => {
    it('decodes the raw SPF type like TXT', () => {
      const spf = { name: 'x.test', type: 'SPF', ttl: 1, data: Buffer.from('\u0007v=spf1 \u0004-all') } as unknown as Answer;
      assert.deepEqual(recordData(spf), { type: 'SPF', strings: ['v=spf1 ', '-all'], text: 'v=spf1 -all' });
    });
    it('decodes TXT bytes as UTF-8', () => {
      const txt: Answer = { name: 'x.test', type: 'TXT', ttl: 1, data: [Buffer.from('blåbär')] };
      assert.deepEqual(recordData(txt), { type: 'TXT', strings: ['blåbär'], text: 'blåbär' });
    });
  });

  describe('presentation', () => {
    it('writes each modelled type in master-file order', () => {
      assert.equal(
        presentData({ type: 'SOA', mname: 'ns1.x', rname: 'h.x', serial: 5, refresh: 4, retry: 3, expire: 2, minimum: 1 }),
        'ns1.x h.x 5 4 3 2 1',
      );
      assert.equal(presentData({ type: 'SRV', priority: 0, weight: 5, port: 587, target: 'mail.x' }), '0 5 587 mail.x');
      assert.equal(presentData({ type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: 'abcd' }), '3 1 1 abcd');
      assert.equal(presentData({ type: 'DNSKEY', flags: 257, algorithm: 13, key: 'AAAA' }), '257 3 13 AAAA');
      assert.equal(presentData({ type: 'DS', keyTag: 1, algorithm: 13, digestType: 2, digest: 'ff' }), '1 13 2 ff');
    });
    it('writes RRSIG times as YYYYMMDDHHmmSS (RFC 4034 §3.2)', () => {
      const sig: Answer = {
        name: 'Signed.Test.',
        type: 'RRSIG',
        ttl: 300,
        data: {
          typeCovered: 'A',
          algorithm: 13,
          labels: 2,
          originalTTL: 300,
          expiration: 1767225600,
          inception: 1764547200,
          keyTag: 4711,
          signersName: 'signed.test',
          signature: Buffer.from([1, 2, 3]),
        },
      };
      assert.deepEqual(answerEvidence(sig), {
        name: 'signed.test',
        type: 'RRSIG',
        ttl: 300,
        data: 'A 13 2 300 20260101000000 20251201000000 4711 signed.test AQID',
      });
    });
    it('writes unknown types in the RFC 3597 generic form', () => {
      const other = { name: 'x.test', type: 'UNKNOWN_65280', ttl: 5, data: Buffer.from([0xde, 0xad]) } as unknown as Answer;
      assert.equal(answerEvidence(other).data, '\\# 2 dead');
    });
  });
});
