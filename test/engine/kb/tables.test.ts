import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../../electron/engine/i18n/index.ts';
import { BOUNCE_REASONS, REASON_WHO } from '../../../electron/engine/kb/reasons.ts';
import { RECOGNISERS } from '../../../electron/engine/kb/recognisers.ts';
import { REPLY_CODES } from '../../../electron/engine/kb/reply-codes.ts';
import { STATUS_CODES } from '../../../electron/engine/kb/status-codes.ts';
import { REASON_TEXTS, RECOGNISER_TEXTS, REPLY_TEXTS, STATUS_TEXTS } from '../../../electron/engine/kb/texts/index.ts';
import type { KbText } from '../../../electron/engine/kb/reasons.ts';
import { WHO_MUST_ACT } from '../../../electron/engine/model/finding.ts';

function assertComplete(
  table: string,
  keys: readonly string[],
  texts: (lang: (typeof LANGS)[number]) => Readonly<Record<string, KbText>>,
): void {
  for (const lang of LANGS) {
    const t = texts(lang);
    assert.deepEqual(Object.keys(t).sort(), [...keys].sort(), `${table} ${lang}: same entries as the table`);
    for (const key of keys) {
      const entry = t[key];
      for (const field of ['explanation', 'cause', 'fix'] as const) {
        assert.ok((entry?.[field] ?? '').trim().length > 3, `${table} ${lang} ${key}.${field} is written`);
      }
    }
  }
  // A Swedish or Norwegian text identical to the English one was not translated.
  for (const key of keys) {
    for (const lang of ['sv', 'nb'] as const) {
      assert.notEqual(texts(lang)[key]?.explanation, texts('en')[key]?.explanation, `${table} ${lang} ${key} is translated`);
    }
  }
}

describe('kb tables', () => {
  it('has texts for every reason in every language', () => {
    assertComplete('reasons', BOUNCE_REASONS, (l) => REASON_TEXTS[l]);
  });

  it('has texts for every enhanced status code in every language', () => {
    assertComplete('status', Object.keys(STATUS_CODES), (l) => STATUS_TEXTS[l]);
  });

  it('has texts for every reply code in every language', () => {
    assertComplete('reply', Object.keys(REPLY_CODES), (l) => REPLY_TEXTS[l]);
  });

  it('has texts for every recogniser in every language', () => {
    assertComplete(
      'recognisers',
      RECOGNISERS.map((r) => r.id),
      (l) => RECOGNISER_TEXTS[l],
    );
  });

  it('covers every enhanced status code of the IANA registry (X.0.0 to X.7.30)', () => {
    const expected = [
      '0.0',
      ...range(1, 10),
      ...range(2, 4),
      ...range(3, 6),
      ...range(4, 7),
      ...range(5, 6),
      ...range(6, 10),
      ...range(7, 30),
    ];
    assert.deepEqual(Object.keys(STATUS_CODES).sort(), expected.sort());
  });

  it('covers every basic reply code of RFC 5321 section 4.2.3', () => {
    for (const code of [
      '211',
      '214',
      '220',
      '221',
      '250',
      '251',
      '252',
      '354',
      '421',
      '450',
      '451',
      '452',
      '455',
      '500',
      '501',
      '502',
      '503',
      '504',
      '550',
      '551',
      '552',
      '553',
      '554',
      '555',
    ]) {
      assert.ok(REPLY_CODES[code], `reply code ${code}`);
    }
  });

  it('names a valid party who must act for every entry', () => {
    const who = [
      ...Object.values(REASON_WHO),
      ...Object.values(STATUS_CODES).map((e) => e.who),
      ...Object.values(REPLY_CODES).map((e) => e.who),
      ...RECOGNISERS.map((r) => r.who),
    ];
    for (const w of who) assert.ok(WHO_MUST_ACT.includes(w), w);
  });
});

function range(subject: number, last: number): string[] {
  return Array.from({ length: last + 1 }, (_v, i) => `${subject}.${i}`);
}
