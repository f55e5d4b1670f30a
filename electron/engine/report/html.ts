/**
 * The self-contained HTML report: no external resources, no script; a strict CSP forbids both.
 * The Report JSON is embedded so the app can open the file again. Everything that came from the
 * user or the network is escaped. Readable on a phone; print CSS makes a clean paper copy.
 */
import { t, type Lang } from '../i18n/index.ts';
import { bySeverity, type Evidence, type Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { dnsEvidence, transcriptBlocks } from './evidence.ts';
import { evidenceLines, formatInstant } from './format.ts';
import { dnsHtml, escapeHtml, timelineHtml, transcriptHtml } from './html-evidence.ts';
import { environmentRows, factRows, sectionTitle, statusSummary, type Row, type SectionId } from './sections.ts';
import { REPORT_CSS } from './style.ts';
import { maskedNote, type RenderOptions } from './render-options.ts';
import { timeline } from './timeline.ts';

export { escapeHtml };

/** The id of the script element that carries the Report JSON. */
export const EMBED_ID = 'mailpath-report';

/** JSON safe inside a <script> element: no `</script>`, no comment openers, no line separators. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/giu;

/** Escaped text with http(s) URLs as links; the link text is the URL itself, so paper shows it too. */
export function linkify(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    out += escapeHtml(text.slice(last, m.index));
    out += `<a href="${escapeHtml(m[0])}" rel="noreferrer">${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
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
  const fix = f.fix ? `<p class="fix"><strong>${escapeHtml(t(lang, 'report.fix'))}:</strong> ${linkify(f.fix)}</p>` : '';
  return `<article class="finding ${f.status}" data-id="${escapeHtml(f.id)}">
<h3><span class="badge">${escapeHtml(t(lang, `status.${f.status}`))}</span> ${escapeHtml(f.title)}</h3>
<p>${linkify(f.explanation)}</p>${fix}${who}${evidenceHtml(f.evidence, lang)}
</article>`;
}

function rowHtml(r: Row): string {
  const value = r.address
    ? `<a href="mailto:${escapeHtml(encodeURI(r.value))}">${escapeHtml(r.value)}</a>`
    : r.exact
      ? r.value.includes('\n') || r.value.length > 60
        ? `<pre class="exact">${escapeHtml(r.value)}</pre>`
        : `<code>${escapeHtml(r.value)}</code>`
      : escapeHtml(r.value);
  return `<tr data-key="${escapeHtml(r.key)}"><th scope="row">${escapeHtml(r.label)}</th><td>${value}</td></tr>`;
}

function verdictHtml(report: Report, lang: Lang): string {
  const v = report.verdict;
  const steps = v.nextSteps.length
    ? `<h3>${escapeHtml(t(lang, 'report.nextSteps'))}</h3><ol class="next">${v.nextSteps.map((s) => `<li>${linkify(s)}</li>`).join('')}</ol>`
    : '';
  const who = `<p class="who">${escapeHtml(t(lang, 'report.whoMustAct'))}: <strong>${escapeHtml(t(lang, `who.${v.whoMustAct}`))}</strong></p>`;
  return `<h2>${escapeHtml(sectionTitle('verdict', lang))}</h2><p>${linkify(v.sentence)}</p>${who}${steps}`;
}

export function renderHtml(report: Report, lang: Lang, options: RenderOptions = {}): string {
  const c = report.case;
  const env = report.environment;
  const notes = c.notes.trim()
    ? `<h3>${escapeHtml(t(lang, 'report.notes'))}</h3><pre class="notes">${escapeHtml(c.notes.trim())}</pre>`
    : '';
  const findings =
    report.findings.length === 0
      ? `<p>${escapeHtml(t(lang, 'report.noFindings'))}</p>`
      : `<p class="summary">${escapeHtml(statusSummary(report.findings, lang))}</p>${bySeverity(report.findings).map((f) => findingHtml(f, lang)).join('\n')}`;
  const steps = report.steps.length
    ? `<table>${report.steps
        .map((s) => rowHtml({ key: s.name, label: s.name, value: `${s.status}, ${t(lang, 'report.step.duration', { ms: Math.round(s.ms) })}${s.detail ? ` — ${s.detail}` : ''}` }))
        .join('')}</table>`
    : '';
  const body: [SectionId, string][] = [
    ['verdict', verdictHtml(report, lang)],
    ['facts', `<table class="facts">${factRows(report, lang).map(rowHtml).join('')}</table>${notes}`],
    ['findings', findings],
    ['transcript', transcriptHtml(transcriptBlocks(report), lang)],
    ['dns', dnsHtml(dnsEvidence(report), lang)],
    ['timeline', timelineHtml(timeline(report, lang), lang)],
  ];
  if (steps) body.push(['steps', steps]);
  body.push(['environment', `<table>${environmentRows(report, lang).map(rowHtml).join('')}</table>`]);
  const sections = body
    .map(([id, html]) =>
      id === 'verdict'
        ? `<section id="verdict" class="verdict ${escapeHtml(report.verdict.whoMustAct)}">${html}</section>`
        : `<section id="${id}"><h2>${escapeHtml(sectionTitle(id, lang))}</h2>${html}</section>`,
    )
    .join('\n');
  const toc = body.map(([id]) => `<a href="#${id}">${escapeHtml(sectionTitle(id, lang))}</a>`).join('');
  const masked = maskedNote(options.masked, lang);
  const title = `${t(lang, 'report.title')}${c.reference ? ` — ${c.reference}` : ''}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Mailpath ${escapeHtml(env.appVersion)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(t(lang, 'report.generated'))}: ${escapeHtml(formatInstant(report.generatedAt, lang, env.timeZone))}</p>${
    masked ? `<p class="masked">${escapeHtml(masked)}</p>` : ''
  }</header>
<nav class="toc" aria-label="${escapeHtml(t(lang, 'report.contents'))}">${toc}</nav>
<main>
${sections}
</main>
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
