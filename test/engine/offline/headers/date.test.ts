import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMailDate } from '../../../../electron/engine/offline/headers/date.ts';

describe('date', () => {
  describe('parseMailDate', () => {
    it('converts an RFC 5322 date with a numeric zone and comment to UTC and keeps the zone', () => {
      const d = parseMailDate('Mon, 15 Jan 2024 10:04:21 +0100 (CET)');
      assert.equal(d?.utc, '2024-01-15T09:04:21.000Z');
      assert.equal(d?.zone, '+0100 (CET)');
      assert.equal(d?.zoneKnown, true);
    });

    it('reads obsolete forms: no day name, two-digit year, named zones, no seconds', () => {
      assert.equal(parseMailDate('15 Feb 2024 14:09:51 -0000')?.utc, '2024-02-15T14:09:51.000Z');
      assert.equal(parseMailDate('Mon, 15 Jan 24 10:00 GMT')?.utc, '2024-01-15T10:00:00.000Z');
      assert.equal(parseMailDate('Mon, 15 Jan 99 10:00:00 EST')?.utc, '1999-01-15T15:00:00.000Z');
      assert.equal(parseMailDate('Thu, 14 Mar 2024 03:21:09 PDT')?.utc, '2024-03-14T10:21:09.000Z');
      assert.equal(parseMailDate('Sat,  1 Jun 2024 22:14:03 +0200')?.utc, '2024-06-01T20:14:03.000Z');
      assert.equal(parseMailDate('Fri, 19 Apr 2024 09:31:06 +02:00')?.utc, '2024-04-19T07:31:06.000Z');
    });

    it('reads ctime and ISO 8601 forms', () => {
      const ct = parseMailDate('Mon Jan 15 10:00:00 2024');
      assert.equal(ct?.utc, '2024-01-15T10:00:00.000Z');
      assert.equal(ct?.zoneKnown, false);
      assert.equal(parseMailDate('2024-01-15T10:00:00+01:00')?.utc, '2024-01-15T09:00:00.000Z');
    });

    it('leaves what follows the date in rest (Courier writes the id there)', () => {
      const d = parseMailDate('Mon, 30 Oct 2023 11:21:31 -0500 id 00000000000804E2.00000000653FD80B');
      assert.equal(d?.rest, 'id 00000000000804E2.00000000653FD80B');
      const noZone = parseMailDate('Mon, 30 Oct 2023 11:21:31 id 0001');
      assert.equal(noZone?.zoneKnown, false);
      assert.equal(noZone?.rest, 'id 0001');
    });

    it('rejects impossible dates and non-dates', () => {
      assert.equal(parseMailDate('Fri, 31 Feb 2024 10:00:00 +0000'), undefined);
      assert.equal(parseMailDate('Mon, 15 Foo 2024 10:00:00 +0000'), undefined);
      assert.equal(parseMailDate('no date here'), undefined);
    });
  });
});
