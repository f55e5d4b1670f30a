import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readMbox } from '../../../../electron/engine/offline/bounce/index.ts';
import type { BounceDelivery, BounceKind } from '../../../../electron/engine/offline/bounce/index.ts';
import type { CorpusSample, Deviation, SisimaiDelivery } from './sisimai-corpus-data.ts';
import { CORPUS, DEVIATIONS, MERGED_REASONS, isPseudoStatus } from './sisimai-corpus-data.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/bounces/', import.meta.url));
type Field = 'recipient' | 'status' | 'replyCode' | 'reason' | 'kind';
const FIELDS: readonly Field[] = ['recipient', 'status', 'replyCode', 'reason', 'kind'];

/** Tally of matches per field, overall and per family, printed when the suite ends. */
const tally = new Map<string, Record<Field, [number, number]>>();
function count(family: string, field: Field, ok: boolean): void {
  for (const key of ['all', family]) {
    const row = tally.get(key) ?? { recipient: [0, 0], status: [0, 0], replyCode: [0, 0], reason: [0, 0], kind: [0, 0] };
    row[field][0] += ok ? 1 : 0;
    row[field][1] += 1;
    tally.set(key, row);
  }
}

function expectedStatus(e: SisimaiDelivery): string | null {
  return e[1] === '' || isPseudoStatus(e[1]) ? null : e[1];
}
function reasonMatches(e: SisimaiDelivery, ours: string): boolean {
  return ours === e[3] || (MERGED_REASONS[e[3]] ?? []).includes(ours);
}
function kindMatches(sample: CorpusSample, kind: BounceKind): boolean {
  if (sample.kind) return kind === sample.kind;
  return kind === 'bounce' || kind === 'delay';
}

/** Every field where Mailpath and Sisimai differ, as deviations (to compare with the listed ones). */
function differences(sample: CorpusSample, kind: BounceKind, got: readonly BounceDelivery[]): Deviation[] {
  const out: Deviation[] = [];
  const dev = (index: number, field: Deviation['field'], ours: string): void => {
    out.push({ file: sample.file, index, field, ours, why: '' });
  };
  const kindOk = kindMatches(sample, kind);
  count(sample.family, 'kind', kindOk);
  if (!kindOk) dev(0, 'kind', kind);
  if (got.length !== sample.deliveries.length) dev(0, 'count', String(got.length));
  sample.deliveries.forEach((e, i) => {
    const d = got[i];
    const checks: [Field, boolean, string][] = [
      ['recipient', d?.recipient === e[0], d?.recipient ?? '–'],
      ['status', d !== undefined && d.status === expectedStatus(e), String(d?.status ?? null)],
      ['replyCode', d !== undefined && d.replyCode === (e[2] === '' ? null : Number(e[2])), String(d?.replyCode ?? null)],
      ['reason', d !== undefined && reasonMatches(e, d.reason), d?.reason ?? '–'],
    ];
    for (const [field, ok, ours] of checks) {
      count(sample.family, field, ok);
      if (!ok) dev(i + 1, field, ours);
    }
  });
  return out;
}

function summary(): string {
  const pct = ([ok, n]: [number, number]): string => (n === 0 ? '   –  ' : `${((100 * ok) / n).toFixed(1).padStart(5)}%`);
  const rows = [...tally.entries()].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  const lines = rows.map(
    ([family, r]) => `${family.padEnd(18)} ${String(r.reason[1]).padStart(4)}  ${FIELDS.map((f) => pct(r[f])).join('  ')}`,
  );
  return [`family             rcpt  ${FIELDS.map((f) => f.padStart(6)).join('  ')}`, ...lines].join('\n');
}

describe('bounce', () => {
  describe('readBounce on the Sisimai set-of-emails corpus', () => {
    after(() => console.log(`\nSisimai corpus accuracy (${CORPUS.length} samples)\n${summary()}\n`));

    for (const sample of CORPUS) {
      const listed = DEVIATIONS.filter((d) => d.file === sample.file);
      it(`agrees with Sisimai on ${sample.file} (${sample.family})${listed.length ? ' except the listed deviations' : ''}`, async () => {
        const results = await readMbox(readFileSync(`${FIXTURES}${sample.file}`), 'en');
        const kind = results[0]?.kind ?? 'not-a-bounce';
        const found = differences(
          sample,
          kind,
          results.flatMap((r) => r.deliveries),
        );
        const key = (d: Deviation): string => `${d.index}:${d.field}=${d.ours}`;
        assert.deepEqual(found.map(key).sort(), listed.map(key).sort());
      });
    }

    it('gives every listed deviation a written reason', () => {
      for (const d of DEVIATIONS) assert.ok(d.why.trim().length > 20, `${d.file} #${d.index} ${d.field} needs a reason`);
    });
  });
});
