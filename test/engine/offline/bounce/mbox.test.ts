import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitMbox } from '../../../../electron/engine/offline/bounce/mbox.ts';

describe('mbox', () => {
  describe('splitMbox', () => {
    it('splits at From_ lines after an empty line and unquotes >From', () => {
      const mbox =
        'From a@b Mon Jan  1 00:00:00 2024\nSubject: one\n\n>From here\n\nFrom c@d Mon Jan  1 00:00:01 2024\nSubject: two\n\nbody\n';
      assert.deepEqual(splitMbox(mbox), ['Subject: one\n\nFrom here\n', 'Subject: two\n\nbody\n']);
    });

    it('returns a single message when the input is not an mbox', () => {
      assert.deepEqual(splitMbox('Subject: x\r\n\r\nbody\r\n'), ['Subject: x\n\nbody\n']);
    });

    it('returns nothing for empty input', () => {
      assert.deepEqual(splitMbox(new Uint8Array()), []);
    });
  });
});
