/**
 * Loads an openspf YAML test suite (rfc7208-tests.yml) and turns each scenario's zonedata into a
 * ZoneResolver zone with the semantics of the suite's reference driver (pyspf's testspf.py).
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { ZoneDescription, ZoneNode } from '../../../helpers/zone-resolver.ts';

export interface SuiteTest {
  readonly host: string;
  readonly mailfrom: string;
  readonly helo: string;
  readonly result: string | string[];
  readonly explanation?: string;
  readonly spec?: string;
}
export interface Scenario {
  readonly description: string;
  readonly tests: Record<string, SuiteTest>;
  readonly zonedata: Record<string, (string | Record<string, unknown>)[]>;
}

const TYPES = ['A', 'AAAA', 'MX', 'TXT', 'SPF', 'PTR'] as const;

/**
 * The suite's zone semantics (as its reference driver, pyspf's testspf.py, implements them): SPF
 * entries double as TXT records unless the name has explicit TXT entries (`TXT: NONE` = none at
 * all); a TIMEOUT entry makes every type without an answer listed before it time out.
 */
export function toZone(zonedata: Scenario['zonedata']): ZoneDescription {
  const zone: Record<string, ZoneNode | 'TIMEOUT'> = {};
  for (const [name, entries] of Object.entries(zonedata)) {
    if (entries.length === 1 && entries[0] === 'TIMEOUT') {
      zone[name] = 'TIMEOUT';
      continue;
    }
    const timeoutAt = entries.indexOf('TIMEOUT');
    const before = (i: number): boolean => timeoutAt < 0 || i < timeoutAt;
    const byType: Record<string, unknown[]> = {};
    const explicitTxt = entries.some((e) => typeof e === 'object' && 'TXT' in e);
    let cname: string | undefined;
    entries.forEach((e, i) => {
      if (typeof e !== 'object') return;
      for (const [type, value] of Object.entries(e)) {
        if (value === 'NONE') continue;
        if (type === 'CNAME') {
          cname = String(value);
          continue;
        }
        const data = type === 'MX' ? { preference: (value as [number, string])[0], exchange: (value as [number, string])[1] } : value;
        if (before(i)) (byType[type] ??= []).push(data);
        // Generated TXT copies come after every listed entry, so a TIMEOUT entry hides them.
        if (type === 'SPF' && !explicitTxt && timeoutAt < 0) (byType['TXT'] ??= []).push(value);
      }
    });
    const node: Record<string, unknown> = {};
    for (const type of TYPES) {
      const values = byType[type];
      if (values) node[type] = values;
      else if (timeoutAt >= 0) node[type] = 'TIMEOUT';
    }
    if (cname !== undefined) node['CNAME'] = cname;
    zone[name] = node as ZoneNode;
  }
  return zone;
}

/** The scenarios of a suite file under test/fixtures/spf/. */
export function loadSuite(file: string): Scenario[] {
  const text = readFileSync(new URL(`../../../fixtures/spf/${file}`, import.meta.url), 'utf8');
  return parseAllDocuments(text).map((d) => d.toJS() as Scenario);
}
