import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildHops, formatDuration } from '../../../../electron/engine/offline/headers/timeline.ts';

const received = (...values: string[]) => values.map((value, index) => ({ name: 'Received', value, index }));

describe('timeline', () => {
  describe('buildHops', () => {
    it('orders hops oldest first and measures each delay from the previous stamp', () => {
      const hops = buildHops(
        received(
          'from b.example by c.example with ESMTPS; Mon, 15 Jan 2024 14:00:00 +0000',
          'from a.example by b.example with ESMTP; Mon, 15 Jan 2024 10:00:30 +0100',
          'from client by a.example with ESMTPSA; Mon, 15 Jan 2024 09:00:00 +0000',
        ),
        { skewToleranceSeconds: 60 },
      );
      assert.deepEqual(
        hops.map((h) => h.by?.host),
        ['a.example', 'b.example', 'c.example'],
      );
      assert.deepEqual(
        hops.map((h) => h.delaySeconds),
        [undefined, 30, 17970],
      );
      assert.deepEqual(
        hops.map((h) => h.largestDelay),
        [undefined, undefined, true],
      );
      assert.deepEqual(
        hops.map((h) => h.fieldIndex),
        [2, 1, 0],
      );
    });

    it('flags a hop stamped before the previous one beyond the tolerance, without inflating the next delay', () => {
      const hops = buildHops(
        received(
          'by d.example; Mon, 15 Jan 2024 09:10:05 +0000',
          'by c.example; Mon, 15 Jan 2024 09:05:00 +0000',
          'by b.example; Mon, 15 Jan 2024 09:09:30 +0000',
          'by a.example; Mon, 15 Jan 2024 09:10:00 +0000',
        ),
        { skewToleranceSeconds: 60 },
      );
      assert.deepEqual(
        hops.map((h) => h.delaySeconds),
        [undefined, -30, -300, 5],
      );
      assert.deepEqual(
        hops.map((h) => h.clockSkew),
        [undefined, undefined, true, undefined],
      );
      assert.equal(hops[3]?.largestDelay, true);
    });

    it('leaves delays out around a hop without a readable date', () => {
      const hops = buildHops(received('by b.example; Mon, 15 Jan 2024 09:10:00 +0000', 'by a.example with SMTP'), {
        skewToleranceSeconds: 60,
      });
      assert.equal(hops[0]?.time, undefined);
      assert.equal(hops[1]?.delaySeconds, undefined);
    });
  });

  describe('formatDuration', () => {
    it('writes seconds, minutes, hours and days compactly', () => {
      assert.deepEqual(
        [formatDuration(45), formatDuration(378), formatDuration(7200), formatDuration(90061)],
        ['45 s', '6 min 18 s', '2 h', '1 d 1 h'],
      );
    });
  });
});
