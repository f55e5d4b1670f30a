/**
 * Findings in the language on screen. A finding keeps its id and params, so the engine's
 * catalogue renders it again in another language without running the check again (results stored
 * in the case were written in the language of their run).
 */
import { useMemo } from 'react';
import { relocalizeFinding, type Lang } from '../../../electron/engine/i18n/index.ts';
import { FINDING_STATUSES, type Finding, type FindingStatus } from '../../../electron/engine/model/finding.ts';

export function localizeFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => relocalizeFinding(f, lang));
}

export function useLocalizedFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return useMemo(() => localizeFindings(findings, lang), [findings, lang]);
}

/** How many findings have each status. */
export function countByStatus(findings: readonly Finding[]): Record<FindingStatus, number> {
  const counts: Record<FindingStatus, number> = { error: 0, warning: 0, info: 0, ok: 0, skipped: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** Findings grouped by status, most severe first; empty groups left out. */
export function groupByStatus(findings: readonly Finding[]): { status: FindingStatus; findings: Finding[] }[] {
  return FINDING_STATUSES.map((status) => ({ status, findings: findings.filter((f) => f.status === status) })).filter(
    (g) => g.findings.length > 0,
  );
}
