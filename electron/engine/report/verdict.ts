/**
 * The verdict v0: who must act, from the most severe finding that names someone. Later the
 * diagnosis replaces this with a rule table over correlated findings.
 */
import { t, type Lang } from '../i18n/index.ts';
import { bySeverity, type Finding } from '../model/finding.ts';
import type { Verdict } from '../model/report.ts';

export function verdictOf(findings: readonly Finding[], lang: Lang): Verdict {
  if (findings.length === 0 || findings.every((f) => f.status === 'skipped')) {
    return { whoMustAct: 'nobody', sentence: t(lang, 'verdict.none') };
  }
  const decisive = bySeverity(findings).find(
    (f) => (f.status === 'error' || f.status === 'warning') && f.whoMustAct !== 'nobody',
  );
  if (!decisive) return { whoMustAct: 'nobody', sentence: t(lang, 'verdict.nobody') };
  return {
    whoMustAct: decisive.whoMustAct,
    sentence: t(lang, `verdict.${decisive.whoMustAct}`, { title: decisive.title }),
    basedOn: decisive.id,
  };
}
