/**
 * "Run everything": the whole diagnosis in one `diagnose` call — the outgoing server chosen in
 * step 2 (with the password only while step 3 holds one in memory), the bounces, headers and
 * logs handed to step 5 in this session, the MX probe and the DNS checks — then the case it
 * returns is stored. Results of the offline step are kept as that step stored them (its own
 * shape, which its view reads); what belongs to no step (correlations, skipped steps, the re-test
 * diff) goes into `results.diagnose`.
 */
import type { OpInput, OpOutput } from '../../../electron/engine/contract/ops.ts';
import type { Case, StepResult } from '../../../electron/engine/model/case.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { api } from '../api/index.ts';
import type { RunTask } from '../findings/run.ts';
import type { Lang } from '../i18n/index.ts';
import type { OfflineItem } from '../offline/items.ts';
import { cleanHost, effectivePort, type Security } from '../smtp/host.ts';
import { collectFindings, DIAGNOSE_KEY, findingKey, type DiagnoseData } from './collect.ts';

export const RUN_ALL_KEY = 'report.runAll';

export interface RunAllServer {
  readonly host: string;
  readonly port: string;
  readonly security: Security;
  readonly user: string;
  readonly password: string;
  readonly ca: string;
}

export interface RunAllOptions {
  readonly draft: Case;
  /** Undefined when no outgoing server is known: `diagnose` then looks for one. */
  readonly server?: RunAllServer;
  readonly send: boolean;
  readonly items: readonly OfflineItem[];
  readonly dnsServers: readonly string[];
  readonly lang: Lang;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
}

export type DiagnoseInput = OpInput<'diagnose'>;

export function diagnoseInput(o: Omit<RunAllOptions, 'update' | 'flush' | 'lang'>): DiagnoseInput {
  const s = o.server;
  const port = s ? effectivePort(s) : undefined;
  const host = s ? cleanHost(s.host) : '';
  const content = (kind: OfflineItem['kind']) => o.items.filter((i) => i.kind === kind).map((i) => ({ base64: i.base64, name: i.name }));
  const previous = collectFindings(o.draft);
  return {
    case: o.draft,
    ...(s && host !== ''
      ? {
          smtp: {
            host,
            ...(port !== undefined ? { port } : {}),
            security: s.security,
            ...(s.user.trim() !== '' ? { user: s.user.trim() } : {}),
            ...(s.password !== '' ? { password: s.password } : {}),
            ...(s.ca.trim() !== '' ? { ca: s.ca } : {}),
          },
        }
      : {}),
    send: o.send && s !== undefined && s.password !== '',
    bounces: content('bounce'),
    headers: content('headers'),
    logs: content('log'),
    ...(previous.length > 0 ? { previous } : {}),
    dns: { servers: [...o.dnsServers] },
  };
}

/**
 * `latest` (the draft now) with the run's facts and results. The offline step's own results are
 * kept when it has any: `diagnose` numbers offline inputs its own way and stores its own shape.
 */
export function mergeDiagnosis(latest: Case, out: OpOutput<'diagnose'>, ms: number, now: Date = new Date()): Case {
  const keepOffline = Object.keys(latest.results).some((k) => k.startsWith('offline.'));
  // The last run's extras are replaced, not merged: a correlation that no longer holds must go.
  const results: Record<string, StepResult> = Object.fromEntries(Object.entries(latest.results).filter(([k]) => k !== DIAGNOSE_KEY));
  for (const [k, r] of Object.entries(out.case.results)) {
    if (k === DIAGNOSE_KEY || (keepOffline && k.startsWith('offline.'))) continue;
    results[k] = r;
  }
  const stored = new Set(Object.values(results).flatMap((r) => r.findings.map(findingKey)));
  // Correlations, skipped steps and the re-test note belong to no step: kept with the run.
  const extras: Finding[] = out.report.findings.filter((f) => !stored.has(findingKey(f)));
  const data: DiagnoseData = { steps: out.report.steps, ...(out.diff ? { diff: out.diff } : {}) };
  results[DIAGNOSE_KEY] = { at: now.toISOString(), ms, findings: extras, data };
  return { ...latest, facts: out.case.facts, results, updatedAt: out.case.updatedAt };
}

export function runAllTask(o: RunAllOptions): RunTask {
  return async ({ requestId, onProgress, startedAt }) => {
    const result = await api.diagnose(diagnoseInput(o), { lang: o.lang, requestId, onProgress });
    if (!result.ok) return result;
    const now = new Date();
    // The draft may have changed while the run went on (another tab of the wizard): merge into the latest.
    o.update((latest) => mergeDiagnosis(latest, result.value, now.getTime() - startedAt, now));
    o.flush();
    return undefined;
  };
}

/** The progress rows worth showing: the flow's own steps, not each check inside a domain. */
export function isFlowStep(step: string): boolean {
  return step === 'discover' || (/^(offline|smtp|dns)\.[^.]/u.test(step) && step !== 'smtp.transcript');
}

/** The steps the run is expected to report, so they show as waiting from the start. */
export function expectedSteps(input: DiagnoseInput, recipientDomains: readonly string[]): string[] {
  const out: string[] = [];
  (input.bounces ?? []).forEach((_, i) => out.push(`offline.bounce.${i + 1}`));
  (input.headers ?? []).forEach((_, i) => out.push(`offline.headers.${i + 1}`));
  if ((input.logs ?? []).length > 0) out.push('offline.logs');
  if (!input.smtp) out.push('discover');
  out.push('smtp.probe', 'smtp.send');
  for (const d of recipientDomains) out.push(`smtp.mx.${d}`);
  if ((input.case.sender ?? '').includes('@')) out.push('dns.sender');
  for (const d of recipientDomains) out.push(`dns.recipient.${d}`);
  return out;
}
