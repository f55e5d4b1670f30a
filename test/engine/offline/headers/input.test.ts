import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInput, splitHeaderFields } from '../../../../electron/engine/offline/headers/input.ts';

describe('input', () => {
  describe('splitHeaderFields', () => {
    it('unfolds CRLF continuation lines and stops at the body', () => {
      const fields = splitHeaderFields(
        'Received: from a\r\n\tby b; Mon, 15 Jan 2024 10:00:00 +0000\r\nSubject: x\r\n\r\nReceived: not a header\r\n',
      );
      assert.deepEqual(
        fields.map((f) => [f.name, f.value]),
        [
          ['Received', 'from a by b; Mon, 15 Jan 2024 10:00:00 +0000'],
          ['Subject', 'x'],
        ],
      );
    });

    it('skips leading junk such as a label copied from the mail client', () => {
      const fields = splitHeaderFields('Internet headers:\nReceived: from a by b; Mon, 15 Jan 2024 10:00:00 +0000\nFrom: x@example.com');
      assert.deepEqual(
        fields.map((f) => f.name),
        ['Received', 'From'],
      );
    });

    it('drops a summary table printed above the real headers (Gmail "Show original")', () => {
      const text = [
        'Original message',
        'Message ID\t<a@b>',
        'From:\tSomeone <s@example.com>',
        'SPF:\tPASS with IP 192.0.2.1 Learn more',
        'Download Original\tCopy to clipboard',
        'Delivered-To: per@example.org',
        'Received: from a by b; Mon, 15 Jan 2024 10:00:00 +0000',
        'From: Someone <s@example.com>',
      ].join('\n');
      assert.deepEqual(
        splitHeaderFields(text).map((f) => f.name),
        ['Delivered-To', 'Received', 'From'],
      );
    });

    it('removes indentation common to every line and keeps lines that lost their fold indentation', () => {
      const fields = splitHeaderFields('    Received: from a\n    by b; Mon, 15 Jan 2024 10:00:00 +0000\n    Subject: y');
      assert.deepEqual(
        fields.map((f) => f.value),
        ['from a by b; Mon, 15 Jan 2024 10:00:00 +0000', 'y'],
      );
    });

    it('returns nothing for text without fields', () => {
      assert.deepEqual(splitHeaderFields('hello\nworld'), []);
      assert.deepEqual(splitHeaderFields(''), []);
    });
  });

  describe('decodeInput', () => {
    it('decodes UTF-8 and falls back to Latin-1 for invalid UTF-8', () => {
      assert.equal(decodeInput(new TextEncoder().encode('Subject: Möte')), 'Subject: Möte');
      assert.equal(decodeInput(new Uint8Array([0x53, 0x3a, 0x20, 0xf6])), 'S: ö');
    });
  });
});
