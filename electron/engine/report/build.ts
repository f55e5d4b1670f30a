import type { Lang } from '../i18n/index.ts';
import type { Case } from '../model/case.ts';
import type { Finding } from '../model/finding.ts';
import type { Environment, Report, StepRecord } from '../model/report.ts';
import { redactReport, type RedactOptions } from './redact.ts';
import { verdictOf } from './verdict.ts';

/**
 * Assembles a report; `now` is injected so reports are reproducible in tests. Every report is
 * redacted on the way out: credentials are always removed (SASL payloads, password fields, and
 * `redact.secrets` when given); `redact.mask` masks addresses, hosts and IPs for wider sharing.
 */
export function buildReport(input: {
  case: Case;
  findings: readonly Finding[];
  steps: readonly StepRecord[];
  environment: Environment;
  lang: Lang;
  now: Date;
  redact?: RedactOptions;
}): Report {
  const report: Report = {
    reportVersion: 1,
    generatedAt: input.now.toISOString(),
    case: input.case,
    verdict: verdictOf(input.findings, input.lang, { queueId: input.case.facts.queueIds[0] ?? '', messageId: input.case.facts.messageId }),
    findings: input.findings,
    steps: input.steps,
    environment: input.environment,
  };
  return redactReport(report, input.redact);
}
