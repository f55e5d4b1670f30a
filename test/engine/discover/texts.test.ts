import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../../electron/engine/i18n/index.ts';
import { manualCandidate, portNote } from '../../../electron/engine/discover/ports.ts';
import { NOTE_TEXTS } from '../../../electron/engine/discover/texts.ts';

const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('discover', () => {
  describe('candidate notes', () => {
    it('have the same keys and placeholders in English, Swedish and bokmål', () => {
      for (const [key, en] of Object.entries(NOTE_TEXTS.en)) {
        for (const lang of LANGS) {
          const text = NOTE_TEXTS[lang][key];
          assert.ok(text, `${key} missing in ${lang}`);
          assert.deepEqual(placeholders(text), placeholders(en), `${key} in ${lang}`);
        }
      }
      for (const lang of LANGS) assert.equal(Object.keys(NOTE_TEXTS[lang]).length, Object.keys(NOTE_TEXTS.en).length);
    });
  });

  describe('manualCandidate', () => {
    it('assumes 587 with STARTTLS and explains the port', () => {
      const c = manualCandidate('sv', 'Mail.Example.se', undefined);
      assert.deepEqual(
        [c.host, c.port, c.security, c.auth, c.source, c.confidence],
        ['mail.example.se', 587, 'starttls', true, 'manual', 1],
      );
      assert.match(c.note ?? '', /RFC 6409/);
    });

    it('explains 465, 25, 2525 and other ports', () => {
      assert.equal(manualCandidate('en', 'h.example', 465).security, 'tls');
      assert.match(portNote('en', 465), /RFC 8314/);
      assert.match(portNote('nb', 25), /blokkerer/);
      assert.equal(manualCandidate('en', 'h.example', 25).auth, false);
      assert.match(portNote('en', 2525), /not a standard port/);
      assert.match(portNote('sv', 8025), /8025/);
    });
  });
});
