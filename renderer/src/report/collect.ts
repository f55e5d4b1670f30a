/**
 * What the Report step reads from the case: every finding of every stored step result (each
 * finding once, by id and subject), the step records the report lists, and which of the wizard's
 * steps ran. Pure functions; the step calls `reportBuild` with what they return.
 */
import type { Case, StepResult } from '../../../electron/engine/model/case.ts';
import { severity, type Finding } from '../../../electron/engine/model/finding.ts';
import type { StepRecord } from '../../../electron/engine/model/report.ts';

/** Where "Run everything" keeps what belongs to no single step: correlations, skipped steps, the re-test diff. */
export const DIAGNOSE_KEY = 'diagnose';

/** The wizard steps that run checks, in order. */
export const RUN_STEPS = ['server', 'send', 'dns', 'offline'] as const;
export type RunStep = (typeof RUN_STEPS)[number];

/** The wizard step a stored result belongs to, by its name; undefined for the report's own. */
export function stepOfResult(key: string): RunStep | undefined {
  if (key === 'discover' || key.startsWith('server.')) return 'server';
  if (key.startsWith('smtp.')) return 'send';
  if (key.startsWith('dns.')) return 'dns';
  if (key.startsWith('offline.')) return 'offline';
  return undefined;
}

/** Results in reading order: by wizard step, then by name; the report's own last. */
export function orderedResults(c: Case): [string, StepResult][] {
  const rank = (key: string): number => {
    const step = stepOfResult(key);
    return step === undefined ? RUN_STEPS.length : RUN_STEPS.indexOf(step);
  };
  return Object.entries(c.results).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/** Two findings are the same when they share id and subject (a DNS failure seen by two steps). */
export function findingKey(f: Pick<Finding, 'id' | 'subject'>): string {
  return `${f.id}\u0000${f.subject ?? ''}`;
}

/** Every finding of every result, each once; where the same one was seen twice, the more severe wins. */
export function collectFindings(c: Case): Finding[] {
  const kept = new Map<string, Finding>();
  for (const [, result] of orderedResults(c)) {
    for (const f of result.findings) {
      const key = findingKey(f);
      const prev = kept.get(key);
      if (!prev || severity(f.status) > severity(prev.status)) kept.set(key, f);
    }
  }
  return [...kept.values()];
}

/** What "Run everything" stored besides the step results. */
export interface DiagnoseData {
  readonly steps: readonly StepRecord[];
  readonly diff?: { readonly fixed: readonly DiffItem[]; readonly new: readonly DiffItem[]; readonly unchanged: readonly DiffItem[] };
}
export interface DiffItem {
  readonly id: string;
  readonly subject?: string;
  readonly title: string;
}

export function diagnoseData(c: Case): DiagnoseData | undefined {
  const d = c.results[DIAGNOSE_KEY]?.data as Partial<DiagnoseData> | undefined;
  return d && Array.isArray(d.steps) ? (d as DiagnoseData) : undefined;
}

/** How one wizard step stands in the case. */
export interface StepCoverage {
  readonly step: RunStep;
  /** Its stored results, in name order. */
  readonly results: readonly [string, StepResult][];
  /** When its latest result was made. */
  readonly lastAt?: string;
  /** The server step counts as done when a server was entered by hand. */
  readonly ran: boolean;
}

export function coverage(c: Case): StepCoverage[] {
  return RUN_STEPS.map((step) => {
    const results = orderedResults(c).filter(([k]) => stepOfResult(k) === step);
    const lastAt = results
      .map(([, r]) => r.at)
      .sort()
      .at(-1);
    const ran = results.length > 0 || (step === 'server' && c.facts.outgoingServer !== '');
    return { step, results, ran, ...(lastAt !== undefined ? { lastAt } : {}) };
  });
}

/** The record a skipped wizard step leaves in the report (names match the results it would store). */
const SKIPPED_NAME: Readonly<Record<RunStep, string>> = {
  server: 'server.find',
  send: 'smtp.probe',
  dns: 'dns.sender',
  offline: 'offline',
};

/**
 * The report's step list: one record per stored result (done), the skipped and failed steps of the
 * last "Run everything", and a skipped record, with `reasons[step]`, for each wizard step that
 * never ran — never silent.
 */
export function stepRecords(c: Case, reasons: Readonly<Record<RunStep, string>>, now: Date = new Date()): StepRecord[] {
  const records: StepRecord[] = [];
  for (const [name, r] of orderedResults(c)) {
    if (name === DIAGNOSE_KEY) continue;
    const end = Date.parse(r.at);
    const startedAt = Number.isNaN(end) ? r.at : new Date(end - r.ms).toISOString();
    records.push({ name, status: 'done', startedAt, ms: r.ms });
  }
  const named = new Set(records.map((r) => r.name));
  for (const s of diagnoseData(c)?.steps ?? []) {
    if (s.status !== 'done' && !named.has(s.name)) {
      records.push(s);
      named.add(s.name);
    }
  }
  for (const cov of coverage(c)) {
    if (cov.ran || named.has(SKIPPED_NAME[cov.step])) continue;
    records.push({ name: SKIPPED_NAME[cov.step], status: 'skipped', startedAt: now.toISOString(), ms: 0, detail: reasons[cov.step] });
  }
  return records;
}
