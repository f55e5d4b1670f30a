/**
 * The self-contained HTML report: no external resources, no script; a strict CSP forbids both.
 * The Report JSON is embedded so the app can open the file again. Everything that came from the
 * user or the network is escaped.
 */
import { t, type Lang } from '../i18n/index.ts';
import { sentInstant } from '../model/case.ts';
import { bySeverity, type Evidence, type Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { evidenceLines, formatInstant } from './format.ts';
import { REPORT_CSS } from './style.ts';

/** The id of the script element that carries the Report JSON. */
export const EMBED_ID = 'mailpath-report';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside a <script> element: no `</script>`, no comment openers, no line separators. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function evidenceHtml(evidence: readonly Evidence[], lang: Lang): string {
  if (evidence.length === 0) return '';
  const body = evidence.map((e) => evidenceLines(e).map(escapeHtml).join('\n')).join('\n');
  return `<details><summary>${escapeHtml(t(lang, 'report.evidence'))}</summary><pre>${body}</pre></details>`;
}

function findingHtml(f: Finding, lang: Lang): string {
  const who =
    f.status === 'error' || f.status === 'warning'
      ? `<p class="who">${escapeHtml(t(lang, 'report.whoMustAct'))}: ${escapeHtml(t(lang, `who.${f.whoMustAct}`))}</p>`
      : '';
  const fix = f.fix ? `<p class="fix"><strong>${escapeHtml(t(lang, 'report.fix'))}:</strong> ${escapeHtml(f.fix)}</p>` : '';
  return `<article class="finding ${f.status}" data-id="${escapeHtml(f.id)}">
<h3><span class="badge">${escapeHtml(t(lang, `status.${f.status}`))}</span> ${escapeHtml(f.title)}</h3>
<p>${escapeHtml(f.explanation)}</p>${fix}${who}${evidenceHtml(f.evidence, lang)}
</article>`;
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

export function renderHtml(report: Report, lang: Lang): string {
  const c = report.case;
  const env = report.environment;
  const none = t(lang, 'report.notGiven');
  const sent = sentInstant(c);
  const caseRows = [
    row(t(lang, 'report.sender'), c.sender || none),
    row(t(lang, 'report.recipients'), c.recipients.filter((r) => r.trim()).join(', ') || none),
    row(t(lang, 'report.sentAt'), sent ? `${formatInstant(sent, lang, c.timeZone)} (${sent})` : none),
    row(t(lang, 'report.symptom'), c.symptom ? t(lang, `symptom.${c.symptom}`) : none),
    c.reference ? row(t(lang, 'report.reference'), c.reference) : '',
    c.provider.name ? row(t(lang, 'report.provider'), c.provider.name) : '',
    c.provider.supportAddress ? row(t(lang, 'report.supportAddress'), c.provider.supportAddress) : '',
  ].join('');
  const notes = c.notes.trim()
    ? `<h3>${escapeHtml(t(lang, 'report.notes'))}</h3><pre class="notes">${escapeHtml(c.notes.trim())}</pre>`
    : '';
  const findings =
    report.findings.length === 0
      ? `<p>${escapeHtml(t(lang, 'report.noFindings'))}</p>`
      : bySeverity(report.findings).map((f) => findingHtml(f, lang)).join('\n');
  const steps =
    report.steps.length === 0
      ? ''
      : `<section><h2>${escapeHtml(t(lang, 'report.steps'))}</h2><table>${report.steps
          .map((s) => row(s.name, `${s.status}, ${t(lang, 'report.step.duration', { ms: Math.round(s.ms) })}${s.detail ? ` — ${s.detail}` : ''}`))
          .join('')}</table></section>`;
  const title = `${t(lang, 'report.title')}${c.reference ? ` — ${c.reference}` : ''}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="generator" content="Mailpath ${escapeHtml(env.appVersion)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(t(lang, 'report.generated'))}: ${escapeHtml(formatInstant(report.generatedAt, lang, env.timeZone))}</p></header>
<section class="verdict ${escapeHtml(report.verdict.whoMustAct)}"><h2>${escapeHtml(t(lang, 'report.verdict'))}</h2><p>${escapeHtml(report.verdict.sentence)}</p></section>
<section><h2>${escapeHtml(t(lang, 'report.case'))}</h2><table>${caseRows}</table>${notes}</section>
<section><h2>${escapeHtml(t(lang, 'report.findings'))}</h2>${findings}</section>
${steps}
<section><h2>${escapeHtml(t(lang, 'report.environment'))}</h2><table>${row(t(lang, 'report.appVersion'), `${env.appVersion} (${env.host})`)}${row(t(lang, 'report.os'), env.os)}${row(t(lang, 'report.resolver'), env.resolver)}</table></section>
<script type="application/json" id="${EMBED_ID}">${embedJson(report)}</script>
</body>
</html>
`;
}

/** Reads the Report JSON back out of a report file written by `renderHtml`; undefined if absent. */
export function extractEmbeddedReport(html: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${EMBED_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (!m?.[1]) return undefined;
  try {
    return JSON.parse(m[1]);
  } catch {
    return undefined;
  }
}
