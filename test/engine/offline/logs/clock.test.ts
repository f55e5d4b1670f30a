import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatInZone, parseUserTime, YearTracker, ZoneClock, zoneOffsetMinutes } from '../../../../electron/engine/offline/logs/clock.ts';

describe('log clock', () => {
  describe('YearTracker', () => {
    it('takes the year of the reference date when the first month is not after it', () => {
      const y = new YearTracker({ reference: new Date(Date.UTC(2026, 0, 1, 10)) });
      assert.equal(y.yearFor(1), 2026);
      assert.equal(y.firstYear, 2026);
    });

    it('takes the previous year when the first month lies after the reference month', () => {
      const y = new YearTracker({ reference: new Date(Date.UTC(2026, 0, 1, 10)) });
      assert.equal(y.yearFor(12), 2025);
    });

    it('moves to the next year when December is followed by January', () => {
      const y = new YearTracker({ year: 2025 });
      assert.deepEqual(
        [12, 12, 1, 1, 2].map((m) => y.yearFor(m)),
        [2025, 2025, 2026, 2026, 2026],
      );
    });

    it('keeps a late December line after January in the old year without moving on', () => {
      const y = new YearTracker({ year: 2025 });
      assert.deepEqual(
        [12, 1, 12, 1].map((m) => y.yearFor(m)),
        [2025, 2026, 2025, 2026],
      );
    });

    it('does not move the year for a month boundary line out of order', () => {
      const y = new YearTracker({ year: 2025 });
      assert.deepEqual(
        [3, 2, 3].map((m) => y.yearFor(m)),
        [2025, 2025, 2025],
      );
    });
  });

  describe('ZoneClock', () => {
    it('reads a wall time in the zone it was logged in', () => {
      const c = new ZoneClock('Europe/Stockholm');
      const t = c.fromWall(2025, 12, 31, 23, 59, 12, 0);
      assert.equal(new Date(t.at).toISOString(), '2025-12-31T22:59:12.000Z');
      assert.equal(t.iso, '2025-12-31T23:59:12+01:00');
    });

    it('uses the summer offset in summer', () => {
      const c = new ZoneClock('Europe/Oslo');
      assert.equal(c.fromWall(2026, 7, 1, 12, 0, 0, 0).iso, '2026-07-01T12:00:00+02:00');
    });

    it('agrees with the zone offset of a known instant', () => {
      assert.equal(zoneOffsetMinutes('Europe/Stockholm', Date.UTC(2026, 6, 1)), 120);
      assert.equal(zoneOffsetMinutes('UTC', Date.UTC(2026, 6, 1)), 0);
    });
  });

  describe('parseUserTime', () => {
    it('reads a time without offset in the given zone', () => {
      const at = parseUserTime('2025-12-31T14:00', new ZoneClock('Europe/Stockholm'));
      assert.equal(new Date(at as number).toISOString(), '2025-12-31T13:00:00.000Z');
    });

    it('honours an explicit offset', () => {
      const at = parseUserTime('2025-12-31T14:00:00Z', new ZoneClock('Europe/Stockholm'));
      assert.equal(new Date(at as number).toISOString(), '2025-12-31T14:00:00.000Z');
    });

    it('accepts a bare date as midnight', () => {
      const at = parseUserTime('2026-01-01', new ZoneClock('UTC'));
      assert.equal(at, Date.UTC(2026, 0, 1));
    });

    it('returns undefined for text that is not a time', () => {
      assert.equal(parseUserTime('yesterday', new ZoneClock('UTC')), undefined);
      assert.equal(parseUserTime('2025-13-01', new ZoneClock('UTC')), undefined);
    });
  });

  describe('formatInZone', () => {
    it('writes an instant as the local wall time', () => {
      assert.equal(formatInZone(Date.UTC(2025, 11, 31, 23, 30), 'Europe/Oslo'), '2026-01-01 00:30:00');
    });
  });
});
