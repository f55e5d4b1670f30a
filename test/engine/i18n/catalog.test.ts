import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allCatalogs, findingText, LANGS, makeFinding, relocalizeFinding } from '../../../electron/engine/i18n/index.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n', () => {
  describe('finding catalogues', () => {
    const { findings } = allCatalogs();
    it('have the same finding ids in English, Swedish and bokmål', () => {
      for (const catalog of findings) {
        const en = Object.keys(catalog.en).sort();
        for (const lang of LANGS) assert.deepEqual(Object.keys(catalog[lang]).sort(), en, `ids differ in ${lang}`);
      }
    });

    it('give every finding a title and an explanation with the same placeholders in every language', () => {
      for (const catalog of findings) {
        for (const [id, en] of Object.entries(catalog.en)) {
          for (const lang of LANGS) {
            const text = catalog[lang][id];
            assert.ok(text, `${id} missing in ${lang}`);
            assert.ok(text.title.trim() && text.explanation.trim(), `${id} has empty text in ${lang}`);
            assert.equal(text.fix === undefined, en.fix === undefined, `${id}: fix present in one language only (${lang})`);
            for (const field of ['title', 'explanation', 'fix'] as const) {
              assert.deepEqual(placeholders(text[field] ?? ''), placeholders(en[field] ?? ''), `${id}.${field} placeholders differ in ${lang}`);
            }
          }
        }
      }
    });

    it('never define the same finding id in two areas', () => {
      const seen = new Set<string>();
      for (const catalog of findings) {
        for (const id of Object.keys(catalog.en)) {
          assert.ok(!seen.has(id), `duplicate finding id ${id}`);
          seen.add(id);
        }
      }
    });
  });

  describe('common catalogue', () => {
    it('has the same keys and placeholders in every language', () => {
      const { common } = allCatalogs();
      for (const [key, en] of Object.entries(common.en)) {
        for (const lang of LANGS) {
          const text = common[lang][key];
          assert.ok(text, `${key} missing in ${lang}`);
          assert.deepEqual(placeholders(text), placeholders(en), `${key} placeholders differ in ${lang}`);
        }
      }
      for (const lang of LANGS) assert.equal(Object.keys(common[lang]).length, Object.keys(common.en).length, lang);
    });
  });

  describe('makeFinding', () => {
    it('writes the texts in the requested language with parameters filled in', () => {
      const f = makeFinding('nb', { id: 'case.recipient.same-domain', check: 'case', status: 'info', whoMustAct: 'nobody', params: { domain: 'firma.no' } });
      assert.equal(f.title, 'Avsender og mottaker deler domenet firma.no');
      assert.match(f.fix ?? '', /firma\.no/);
    });

    it('can render a finding again in another language from its id and params', () => {
      const f = makeFinding('en', { id: 'case.incomplete', check: 'case', status: 'warning', whoMustAct: 'sender-it', params: { fields: 'sender' } });
      assert.equal(relocalizeFinding(f, 'sv').title, 'Ärendet saknar sender');
    });

    it('throws on an id without texts, since that is a bug', () => {
      assert.throws(() => findingText('en', 'no.such.finding'), /No texts/);
    });

    it('does not HTML-escape parameters (renderers escape)', () => {
      const f = makeFinding('en', { id: 'case.incomplete', check: 'case', status: 'warning', whoMustAct: 'sender-it', params: { fields: '<b>' } });
      assert.equal(f.title, 'The case is missing <b>');
    });
  });
});
