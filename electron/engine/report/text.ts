/**
 * The plain-text report: what a consultant pastes into an e-mail to support, and what the CLI
 * prints. The same sections as the HTML; prose wrapped at 76 columns, while evidence (transcript,
 * DNS answers, log lines, the exact error text) is quoted line for line and never re-wrapped —
 * support must be able to search for it exactly.
 */
import { t, type Lang } from '../i18n/index.ts';
import { bySeverity, type Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { dnsEvidence, transcriptBlocks } from './evidence.ts';
import { evidenceLines, formatInstant, utcText, wrap } from './format.ts';
import { transcriptLineText } from './html-evidence.ts';
import { maskedNote, type RenderOptions } from './render-options.ts';
import { environmentRows, factRows, sectionTitle, statusSummary, type Row, type SectionId } from './sections.ts';
import { timeline } from './timeline.ts';

/** Prose width: RFC 5322 §2.1.1's 78, less room for a reply's `> `. */
export const TEXT_WIDTH = 76;

const MARK: Readonly<Record<Finding['status'], string>> = {
  error: '[X]',
  warning: '[!]',
  info: '[i]',
  ok: '[ok]',
  skipped: '[-]',
};

/** Findings as text blocks, most severe first; prose wrapped at `width` when given. */
export function findingsText(findings: readonly Finding[], lang: Lang, withEvidence = true, width = Number.POSITIVE_INFINITY): string {
  if (findings.length === 0) return `${t(lang, 'report.noFindings')}\n`;
  const out: string[] = [];
  for (const f of bySeverity(findings)) {
    out.push(...wrap(`${MARK[f.status]} ${f.title}`, width, '', '    '));
    out.push(...wrap(f.explanation, width, '    '));
    if (f.fix) out.push(...wrap(`${t(lang, 'report.fix')}: ${f.fix}`, width, '    '));
    if (f.status === 'error' || f.status === 'warning') out.push(...wrap(`${t(lang, 'report.whoMustAct')}: ${t(lang, `who.${f.whoMustAct}`)}`, width, '    '));
    if (withEvidence) for (const e of f.evidence) for (const line of evidenceLines(e)) out.push(`      ${line}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Labelled rows with the values aligned; exact values are kept line for line. */
function rowsText(rows: readonly Row[]): string[] {
  const labelWidth = Math.min(24, Math.max(...rows.map((r) => [...r.label].length)));
  const out: string[] = [];
  for (const r of rows) {
    const label = r.label.padEnd(labelWidth);
    const indent = ' '.repeat(labelWidth + 2);
    if (r.exact && (r.value.includes('\n') || [...r.value].length > TEXT_WIDTH - indent.length)) {
      // Exact text too long for the column goes below its label, unwrapped.
      out.push(`${r.label}:`, ...r.value.split(/\r?\n/u).map((l) => `  ${l}`));
    } else if (r.exact) {
      out.push(`${label}  ${r.value}`);
    } else {
      out.push(...wrap(r.value, TEXT_WIDTH, `${label}  `, indent));
    }
  }
  return out;
}

/** Parts joined with ` · ` up to the width; a part is never split (it quotes a source), a long one gets its own line. */
function joinParts(parts: readonly string[], pad: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const p of parts) {
    const next = line ? `${line} · ${p}` : `${pad}${p}`;
    if (line && [...next].length > TEXT_WIDTH) {
      out.push(line);
      line = `${pad}${p}`;
    } else {
      line = next;
    }
  }
  if (line) out.push(line);
  return out;
}

function heading(id: SectionId, lang: Lang): string[] {
  return ['', `== ${sectionTitle(id, lang)} ==`];
}

export function renderText(report: Report, lang: Lang, options: RenderOptions = {}): string {
  const c = report.case;
  const v = report.verdict;
  const lines = wrap(`${t(lang, 'report.title')}${c.reference ? ` — ${c.reference}` : ''} — ${formatInstant(report.generatedAt, lang, report.environment.timeZone)}`, TEXT_WIDTH);
  const masked = maskedNote(options.masked, lang);
  if (masked) lines.push('', ...wrap(masked, TEXT_WIDTH));

  lines.push('', ...wrap(`${t(lang, 'report.verdict')}: ${v.sentence}`, TEXT_WIDTH, '', '  '));
  lines.push(...wrap(`${t(lang, 'report.whoMustAct')}: ${t(lang, `who.${v.whoMustAct}`)}`, TEXT_WIDTH, '', '  '));
  if (v.nextSteps.length) {
    lines.push('', `${t(lang, 'report.nextSteps')}:`);
    v.nextSteps.forEach((s, i) => lines.push(...wrap(s, TEXT_WIDTH, `  ${i + 1}. `, '     ')));
  }

  lines.push(...heading('facts', lang), ...rowsText(factRows(report, lang)));
  if (c.notes.trim()) lines.push('', `${t(lang, 'report.notes')}:`, ...wrap(c.notes.trim(), TEXT_WIDTH, '  '));

  lines.push(...heading('findings', lang));
  if (report.findings.length) lines.push(...wrap(statusSummary(report.findings, lang), TEXT_WIDTH), '');
  lines.push(findingsText(report.findings, lang, true, TEXT_WIDTH).trimEnd());

  lines.push(...heading('transcript', lang));
  const blocks = transcriptBlocks(report);
  if (blocks.length === 0) lines.push(t(lang, 'report.transcript.none'));
  else lines.push(...wrap(t(lang, 'report.transcript.legend'), TEXT_WIDTH));
  for (const b of blocks) {
    lines.push('', `-- ${b.source}${b.lines[0] ? ` — ${utcText(b.lines[0].t).slice(0, 10)}` : ''} --`, ...b.lines.map(transcriptLineText));
  }

  lines.push(...heading('dns', lang));
  const dns = dnsEvidence(report);
  if (dns.length === 0) lines.push(t(lang, 'report.dns.none'));
  for (const e of dns) {
    lines.push(`${e.name} ${e.type} @${e.server}: ${e.rcode}${e.ad ? ' AD' : ''}, ${Math.round(e.elapsedMs)} ms, ${utcText(e.at, true)}`);
    for (const a of e.answers) lines.push(`  ${a.name} ${a.ttl} ${a.type} ${a.data}`);
  }

  lines.push(...heading('timeline', lang));
  const events = timeline(report, lang);
  if (events.length === 0) lines.push(t(lang, 'report.timeline.none'));
  for (const e of events) {
    const when = utcText(e.at);
    const pad = ' '.repeat([...when].length + 2);
    lines.push(...wrap(`${e.text} [${e.source}]`, TEXT_WIDTH, `${when}  `, pad));
    lines.push(...joinParts(e.details, pad));
  }

  if (report.steps.length > 0) {
    lines.push(...heading('steps', lang));
    for (const s of report.steps) {
      lines.push(...wrap(`${s.name}: ${s.status}, ${t(lang, 'report.step.duration', { ms: Math.round(s.ms) })}${s.detail ? ` — ${s.detail}` : ''}`, TEXT_WIDTH, '', '  '));
    }
  }

  lines.push(...heading('environment', lang));
  for (const r of environmentRows(report, lang)) lines.push(...wrap(`${r.label}: ${r.value}`, TEXT_WIDTH, '', '  '));
  return `${lines.join('\n')}\n`;
}
