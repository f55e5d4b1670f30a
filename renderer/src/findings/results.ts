/**
 * Step results in the case (`case.results[name]`): what a step found, when, how long it took and
 * the operation's own output, so the report can be rebuilt and a step re-run later. Pure helpers;
 * the step saves the case through the draft (`update`, then `flush`).
 */
import type { Case, StepResult } from '../../../electron/engine/model/case.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';

export function makeStepResult(findings: readonly Finding[], startedAt: number, data?: unknown, now: Date = new Date()): StepResult {
  return {
    at: now.toISOString(),
    ms: Math.max(0, now.getTime() - startedAt),
    findings: [...findings],
    ...(data !== undefined ? { data } : {}),
  };
}

export function withResult(c: Case, key: string, result: StepResult): Case {
  return { ...c, results: { ...c.results, [key]: result } };
}

export function withoutResults(c: Case, drop: (key: string) => boolean): Case {
  const kept = Object.entries(c.results).filter(([k]) => !drop(k));
  if (kept.length === Object.keys(c.results).length) return c;
  return { ...c, results: Object.fromEntries(kept) };
}

/** Results whose name starts with `prefix`, in name order. */
export function resultsUnder(c: Case, prefix: string): [string, StepResult][] {
  return Object.entries(c.results)
    .filter(([k]) => k.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}
