import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { utcClock, utcText, wrap } from '../../../electron/engine/report/format.ts';

describe('report format', () => {
  describe('wrap', () => {
    it('breaks at spaces within the width, with a first-line and a hanging prefix', () => {
      assert.deepEqual(wrap('one two three four five', 12, '- ', '  '), ['- one two', '  three four', '  five']);
    });

    it('keeps a word longer than the line whole', () => {
      const url = 'https://example.org/a/very/long/path/that/cannot/break';
      assert.deepEqual(wrap(`see ${url} now`, 20), ['see', url, 'now']);
    });

    it('keeps explicit line breaks and counts code points, not UTF-16 units', () => {
      assert.deepEqual(wrap('a b\nc', 10, '> '), ['> a b', '> c']);
      assert.deepEqual(wrap('åäö åäö åäö', 7), ['åäö åäö', 'åäö']);
    });
  });

  describe('utcText', () => {
    it('shows any ISO time in UTC, and leaves what is not a time alone', () => {
      assert.equal(utcText('2026-11-20T14:02:00+01:00'), '2026-11-20 13:02:00 UTC');
      assert.equal(utcText('2026-11-20T13:02:00.123Z', true), '2026-11-20 13:02:00.123 UTC');
      assert.equal(utcText('yesterday'), 'yesterday');
      assert.equal(utcClock('2026-11-20T14:02:00.5+01:00'), '13:02:00.500');
    });
  });
});
