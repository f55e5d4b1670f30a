import type { Lang } from '../i18n/index.ts';
import type { Case } from '../model/case.ts';
import type { Finding } from '../model/finding.ts';
import type { Environment, Report, StepRecord } from '../model/report.ts';
import { verdictOf } from './verdict.ts';

/** Assembles a report; `now` is injected so reports are reproducible in tests. */
export function buildReport(input: {
  case: Case;
  findings: readonly Finding[];
  steps: readonly StepRecord[];
  environment: Environment;
  lang: Lang;
  now: Date;
}): Report {
  return {
    reportVersion: 1,
    generatedAt: input.now.toISOString(),
    case: input.case,
    verdict: verdictOf(input.findings, input.lang, { queueId: input.case.facts.queueIds[0] ?? '', messageId: input.case.facts.messageId }),
    findings: input.findings,
    steps: input.steps,
    environment: input.environment,
  };
}
