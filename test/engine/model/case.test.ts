import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newCase, sentInstant, validateCase, type Case } from '../../../electron/engine/model/case.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const base = (patch: Partial<Case> = {}): Case => ({ ...newCase('id-1', NOW, 'Europe/Stockholm'), ...patch });
const codes = (c: Case, complete = true) => validateCase(c, { now: NOW, complete }).map((i) => `${i.field}:${i.code}`);

describe('case', () => {
  describe('validateCase', () => {
    it('asks for sender, recipients, time and symptom when a complete case is needed', () => {
      assert.deepEqual(codes(base()), ['sender:required', 'recipients:required', 'sentAt:required', 'symptom:required']);
    });

    it('does not ask for missing fields of a draft', () => {
      assert.deepEqual(codes(base(), false), []);
    });

    it('accepts a complete, well-formed case', () => {
      const c = base({ sender: 'anna@firma.se', recipients: ['ola@example.no'], sentAt: '2026-11-20T14:02', symptom: 'bounced' });
      assert.deepEqual(codes(c), []);
    });

    it('names the recipient row that is not an address and the one listed twice', () => {
      const c = base({ recipients: ['ola@example.no', 'ola.example.no', 'OLA@example.no'] });
      assert.deepEqual(codes(c, false), ['recipients.1:invalid-email', 'recipients.2:duplicate']);
    });

    it('rejects addresses without a domain dot, with spaces, or with two @', () => {
      for (const bad of ['anna@firma', 'anna @firma.se', 'anna@@firma.se', '@firma.se', 'anna@']) {
        assert.deepEqual(codes(base({ sender: bad }), false), ['sender:invalid-email'], bad);
      }
    });

    it('accepts internationalised domains and plus addressing', () => {
      assert.deepEqual(codes(base({ sender: 'åsa+test@blåbär.se' }), false), []);
    });

    it('rejects an impossible date and a time in the future', () => {
      assert.deepEqual(codes(base({ sentAt: '2026-02-30T10:00' }), false), ['sentAt:invalid-date']);
      assert.deepEqual(codes(base({ sentAt: '2026-12-24T10:00' }), false), ['sentAt:future-date']);
    });

    it('rejects an unknown time zone and a malformed MX pattern', () => {
      const c = base({ timeZone: 'Mars/Olympus', provider: { name: '', supportAddress: 'support', mxPattern: '*.' } });
      assert.deepEqual(codes(c, false), ['timeZone:invalid-timezone', 'provider.supportAddress:invalid-email', 'provider.mxPattern:invalid-pattern']);
    });
  });

  describe('sentInstant', () => {
    it('gives the instant with the zone offset in winter and in summer', () => {
      assert.equal(sentInstant(base({ sentAt: '2026-11-20T14:02' })), '2026-11-20T14:02:00+01:00');
      assert.equal(sentInstant(base({ sentAt: '2026-07-01T09:30:15' })), '2026-07-01T09:30:15+02:00');
      assert.equal(sentInstant(base({ sentAt: '2026-07-01T09:30', timeZone: 'America/New_York' })), '2026-07-01T09:30:00-04:00');
    });

    it('moves a time skipped by the spring DST change forward', () => {
      assert.equal(sentInstant(base({ sentAt: '2026-03-29T02:30' })), '2026-03-29T03:30:00+02:00');
    });

    it('is undefined when the time is not known', () => {
      assert.equal(sentInstant(base()), undefined);
    });
  });
});
