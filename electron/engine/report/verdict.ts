/**
 * The verdict: who must act, in one sentence, and the next steps in order — decided by the rule
 * table in `verdict-rules.ts` over the findings (most severe first within a rule).
 */
import { t, type Lang } from '../i18n/index.ts';
import { bySeverity, type Finding } from '../model/finding.ts';
import type { Verdict } from '../model/report.ts';
import { VERDICT_RULES, type FindingMatcher, type VerdictRule } from './verdict-rules.ts';

/** Facts the next steps may name (from the case). */
export interface VerdictFacts {
  readonly queueId?: string;
  readonly messageId?: string;
}

export function matches(m: FindingMatcher, f: Finding): boolean {
  const idOk = m.id.endsWith('*') ? f.id.startsWith(m.id.slice(0, -1)) : f.id === m.id;
  if (!idOk) return false;
  if (m.status && !m.status.includes(f.status)) return false;
  if (m.who && !m.who.includes(f.whoMustAct)) return false;
  if (m.params) {
    for (const [name, allowed] of Object.entries(m.params)) {
      const value = f.params?.[name];
      if (value === undefined || !allowed.includes(value)) return false;
    }
  }
  return true;
}

/** The first rule (in table order) with a matching finding, and that finding. */
export function decidingRule(findings: readonly Finding[], rules: readonly VerdictRule[] = VERDICT_RULES): { rule: VerdictRule; finding: Finding } | undefined {
  const ordered = bySeverity(findings).filter((f) => f.status !== 'skipped');
  for (const rule of rules) {
    const finding = ordered.find((f) => rule.match.some((m) => matches(m, f)));
    if (finding) return { rule, finding };
  }
  return undefined;
}

function steps(prefix: string, count: number, lang: Lang, params: Record<string, string>): string[] {
  return Array.from({ length: count }, (_, i) => t(lang, `${prefix}.step${i + 1}`, params));
}

export function verdictOf(findings: readonly Finding[], lang: Lang, facts: VerdictFacts = {}): Verdict {
  const unknown = t(lang, 'verdict.unknown-value');
  const params = { queueId: facts.queueId || unknown, messageId: facts.messageId || unknown };
  if (findings.length === 0 || findings.every((f) => f.status === 'skipped')) {
    return { whoMustAct: 'nobody', sentence: t(lang, 'verdict.none'), nextSteps: steps('verdict.none', 1, lang, params) };
  }
  const decided = decidingRule(findings);
  if (decided) {
    const { rule, finding } = decided;
    return {
      whoMustAct: rule.whoMustAct,
      sentence: t(lang, `verdict.rule.${rule.id}`, { ...params, title: finding.title.replace(/[.。]$/u, '') }),
      nextSteps: steps(`verdict.rule.${rule.id}`, rule.steps, lang, params),
      basedOn: finding.id,
      rule: rule.id,
    };
  }
  // No rule knows this finding: fall back to the most severe problem and whoever it names.
  const worst = bySeverity(findings).find((f) => (f.status === 'error' || f.status === 'warning') && f.whoMustAct !== 'nobody');
  if (!worst) return { whoMustAct: 'nobody', sentence: t(lang, 'verdict.nobody'), nextSteps: steps('verdict.nobody', 2, lang, params) };
  return {
    whoMustAct: worst.whoMustAct,
    sentence: t(lang, `verdict.${worst.whoMustAct}`, { title: worst.title }),
    nextSteps: worst.fix ? [worst.fix] : [],
    basedOn: worst.id,
  };
}
