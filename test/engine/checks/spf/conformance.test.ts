/**
 * The openspf RFC 7208 conformance suite (test/fixtures/spf/rfc7208-tests.yml, see its header for
 * origin and licence), every scenario and test run through evaluateSpf with the zone resolver.
 * Results must match exactly (a test may list several acceptable ones); where a test names an
 * explanation, ours must match too ("DEFAULT" standing for "no exp= explanation", as in the
 * suite's reference driver).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateSpf } from '../../../../electron/engine/checks/spf/index.ts';
import { ZoneResolver } from '../../../helpers/zone-resolver.ts';
import { loadSuite, toZone } from './suite.ts';

/**
 * Tests whose comparison differs from "exact", each with its reason. Loaded as data so the
 * deviation is visible in the report, never silently skipped. The result is still compared exactly.
 */
const DEVIATIONS: Record<string, { readonly reason: string; readonly explanation: 'case-insensitive' }> = {};

const scenarios = loadSuite('rfc7208-tests.yml');
const total = scenarios.reduce((n, s) => n + Object.keys(s.tests).length, 0);

describe('spf', () => {
  describe('RFC 7208 conformance suite', () => {
    it('loads all 16 scenarios and 201 tests', () => {
      assert.equal(scenarios.length, 16);
      assert.equal(total, 201);
    });

    for (const scenario of scenarios) {
      describe(scenario.description, () => {
        const zone = toZone(scenario.zonedata);
        for (const [name, t] of Object.entries(scenario.tests)) {
          const expected = Array.isArray(t.result) ? t.result : [t.result];
          it(`${name}: returns ${expected.join(' or ')}${t.explanation !== undefined ? ` explaining "${t.explanation}"` : ''} (§${t.spec ?? '?'})`, async () => {
            const resolver = new ZoneResolver(zone);
            const ev = await evaluateSpf({ ip: t.host, sender: t.mailfrom, helo: t.helo }, { resolver, lang: 'en' });
            assert.ok(
              expected.includes(ev.result),
              `got ${ev.result} (${ev.trace[0]?.detail ?? 'no detail'}), expected ${expected.join('|')}`,
            );
            if (t.explanation !== undefined) {
              const got = ev.explanation ?? 'DEFAULT';
              if (DEVIATIONS[name]?.explanation === 'case-insensitive') assert.equal(got.toLowerCase(), t.explanation.toLowerCase());
              else assert.equal(got, t.explanation);
            }
          });
        }
      });
    }

    it('lists a written reason for every test compared other than exactly', () => {
      const names = new Set(scenarios.flatMap((s) => Object.keys(s.tests)));
      for (const [name, d] of Object.entries(DEVIATIONS)) {
        assert.ok(names.has(name), `${name} is not in the suite`);
        assert.ok(d.reason.length > 40);
      }
    });
  });
});
