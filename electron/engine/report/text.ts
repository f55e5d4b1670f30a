/**
 * The plain-text report: what a consultant pastes into an e-mail to support, and what the CLI
 * prints. Plain lines, no markup, wrapped by the mail client.
 */
import { t, type Lang } from '../i18n/index.ts';
import { sentInstant } from '../model/case.ts';
import { bySeverity, type Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { evidenceLines, formatInstant } from './format.ts';

const MARK: Readonly<Record<Finding['status'], string>> = {
  error: '[X]',
  warning: '[!]',
  info: '[i]',
  ok: '[ok]',
  skipped: '[-]',
};

/** Findings as text blocks, most severe first. */
export function findingsText(findings: readonly Finding[], lang: Lang, withEvidence = true): string {
  if (findings.length === 0) return `${t(lang, 'report.noFindings')}\n`;
  const out: string[] = [];
  for (const f of bySeverity(findings)) {
    out.push(`${MARK[f.status]} ${f.title}`);
    out.push(`    ${f.explanation}`);
    if (f.fix) out.push(`    ${t(lang, 'report.fix')}: ${f.fix}`);
    if (f.status === 'error' || f.status === 'warning') out.push(`    ${t(lang, 'report.whoMustAct')}: ${t(lang, `who.${f.whoMustAct}`)}`);
    if (withEvidence) for (const e of f.evidence) for (const line of evidenceLines(e)) out.push(`      ${line}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export function renderText(report: Report, lang: Lang): string {
  const c = report.case;
  const tz = report.environment.timeZone;
  const none = t(lang, 'report.notGiven');
  const sent = sentInstant(c);
  const rows: [string, string][] = [
    [t(lang, 'report.sender'), c.sender || none],
    [t(lang, 'report.recipients'), c.recipients.filter((r) => r.trim()).join(', ') || none],
    [t(lang, 'report.sentAt'), sent ? `${formatInstant(sent, lang, c.timeZone)} (${sent})` : none],
    [t(lang, 'report.symptom'), c.symptom ? t(lang, `symptom.${c.symptom}`) : none],
  ];
  if (c.reference) rows.push([t(lang, 'report.reference'), c.reference]);
  if (c.provider.name) rows.push([t(lang, 'report.provider'), c.provider.name]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [
    `${t(lang, 'report.title')} — ${formatInstant(report.generatedAt, lang, tz)}`,
    '',
    `${t(lang, 'report.verdict')}: ${report.verdict.sentence}`,
    '',
    `== ${t(lang, 'report.case')} ==`,
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
  ];
  if (c.notes.trim()) lines.push('', `${t(lang, 'report.notes')}:`, c.notes.trim());
  lines.push('', `== ${t(lang, 'report.findings')} ==`, findingsText(report.findings, lang).trimEnd());
  if (report.steps.length > 0) {
    lines.push('', `== ${t(lang, 'report.steps')} ==`);
    for (const s of report.steps) lines.push(`${s.name}: ${s.status}, ${t(lang, 'report.step.duration', { ms: Math.round(s.ms) })}${s.detail ? ` — ${s.detail}` : ''}`);
  }
  const env = report.environment;
  lines.push(
    '',
    `== ${t(lang, 'report.environment')} ==`,
    `${t(lang, 'report.appVersion')}: ${env.appVersion} (${env.host})`,
    `${t(lang, 'report.os')}: ${env.os}`,
    `${t(lang, 'report.resolver')}: ${env.resolver}`,
  );
  return `${lines.join('\n')}\n`;
}
