import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLookupFailure, lookupFailureFinding } from '../../../electron/engine/dns/failure.ts';
import type { LookupOutcome, LookupResult } from '../../../electron/engine/dns/types.ts';
import { catalog } from '../../../electron/engine/i18n/findings/dns.ts';
import { LANGS } from '../../../electron/engine/i18n/index.ts';

function result(outcome: LookupOutcome, detail?: string): LookupResult {
  return {
    name: 'example.test',
    type: 'TXT',
    outcome,
    records: [],
    cnames: [],
    ad: false,
    ...(detail !== undefined ? { detail } : {}),
    evidence: [
      {
        kind: 'dns',
        server: '192.0.2.53:53',
        name: 'example.test',
        type: 'TXT',
        rcode: outcome.toUpperCase(),
        answers: [],
        elapsedMs: 2000,
        at: '2025-01-01T00:00:00.000Z',
      },
      {
        kind: 'dns',
        server: '[2001:db8::53]:53',
        name: 'example.test',
        type: 'TXT',
        rcode: outcome.toUpperCase(),
        answers: [],
        elapsedMs: 2001,
        at: '2025-01-01T00:00:02.000Z',
      },
    ],
  };
}

describe('failure', () => {
  describe('lookupFailureFinding', () => {
    it('gives nothing for lookups that were answered', () => {
      for (const outcome of ['ok', 'nodata', 'nxdomain'] as const) {
        assert.equal(isLookupFailure(result(outcome)), false);
        assert.equal(lookupFailureFinding(result(outcome), 'en', 'spf'), undefined);
      }
    });

    it('turns each failure into its own finding with the evidence, servers and detail', () => {
      for (const outcome of ['servfail', 'refused', 'timeout', 'malformed', 'error'] as const) {
        const f = lookupFailureFinding(result(outcome), 'en', 'spf');
        assert.ok(f);
        assert.equal(f.id, `dns.${outcome}`);
        assert.deepEqual([f.check, f.status, f.whoMustAct, f.subject], ['spf', 'warning', 'sender-it', 'example.test']);
        assert.equal(f.evidence.length, 2);
        assert.deepEqual(f.params, {
          name: 'example.test',
          type: 'TXT',
          servers: '192.0.2.53:53, [2001:db8::53]:53',
          tries: 2,
          detail: `192.0.2.53:53 ${outcome.toUpperCase()} (2000 ms); [2001:db8::53]:53 ${outcome.toUpperCase()} (2001 ms)`,
        });
      }
    });

    it('never calls a SERVFAIL a missing record, in any language', () => {
      const texts = LANGS.map((lang) => lookupFailureFinding(result('servfail', 'upstream'), lang, 'mx'));
      assert.equal(texts[0]?.title, 'DNS server failure for example.test TXT');
      assert.match(texts[0]?.explanation ?? '', /not the same as "no record"/u);
      assert.match(texts[1]?.explanation ?? '', /inte samma sak som att posten saknas/u);
      assert.match(texts[2]?.explanation ?? '', /ikke det samme som at posten mangler/u);
      assert.ok(texts.every((f) => f?.explanation.includes('Details: upstream') || f?.explanation.includes('Detaljer: upstream')));
    });

    it('lets the check choose status, who must act and subject', () => {
      const f = lookupFailureFinding(result('timeout'), 'sv', 'mx', {
        status: 'error',
        whoMustAct: 'recipient-provider',
        subject: 'recipient.test',
      });
      assert.deepEqual([f?.status, f?.whoMustAct, f?.subject], ['error', 'recipient-provider', 'recipient.test']);
      assert.equal(f?.title, 'Inget DNS-svar i tid för example.test TXT');
    });

    it('marks a question missing from a replayed run as skipped', () => {
      const f = lookupFailureFinding(result('error', 'not in recording'), 'nb', 'dkim');
      assert.deepEqual([f?.id, f?.status, f?.whoMustAct], ['dns.not-in-recording', 'skipped', 'nobody']);
      assert.equal(f?.title, 'example.test TXT finnes ikke i den innspilte kjøringen');
    });
  });

  describe('catalogue', () => {
    it('has every text in en, sv and nb with the same placeholders', () => {
      const placeholders = (s: string | undefined): string[] => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1] ?? '').sort();
      const ids = Object.keys(catalog.en).sort();
      for (const lang of LANGS) {
        assert.deepEqual(Object.keys(catalog[lang]).sort(), ids, lang);
        for (const id of ids) {
          for (const part of ['title', 'explanation', 'fix'] as const) {
            assert.deepEqual(placeholders(catalog[lang][id]?.[part]), placeholders(catalog.en[id]?.[part]), `${lang} ${id} ${part}`);
          }
        }
      }
    });
  });
});
