/**
 * The HTML of the evidence sections: the SMTP transcript, the DNS questions and the message
 * timeline. Everything in them came from a server, a file or the user, and is escaped.
 */
import { t, type Lang } from '../i18n/index.ts';
import type { DnsEvidence, TranscriptLine } from '../model/finding.ts';
import { utcClock, utcText } from './format.ts';
import type { TranscriptBlock } from './evidence.ts';
import type { TimelineEvent } from './timeline.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const DIR: Readonly<Record<TranscriptLine['dir'], string>> = { c: 'C:', s: 'S:', i: '*:' };

/** One transcript line as `13:02:00.123 C: EHLO …`: UTC, direction, the line as sent. */
export function transcriptLineText(l: TranscriptLine): string {
  return `${utcClock(l.t)} ${DIR[l.dir]} ${l.line}`;
}

export function transcriptHtml(blocks: readonly TranscriptBlock[], lang: Lang): string {
  if (blocks.length === 0) return `<p class="none">${escapeHtml(t(lang, 'report.transcript.none'))}</p>`;
  const legend = `<p class="legend">${escapeHtml(t(lang, 'report.transcript.legend'))}</p>`;
  const figures = blocks.map((b) => {
    const day = b.lines[0] ? utcText(b.lines[0].t).slice(0, 10) : '';
    // One block per line (a wrapped line hangs under its text); the newline keeps copy and paste line by line.
    const lines = b.lines.map((l) => `<span class="${l.dir}">${escapeHtml(transcriptLineText(l))}\n</span>`).join('');
    return `<figure class="transcript"><figcaption>${escapeHtml(b.source)}${day ? ` — ${escapeHtml(day)}` : ''}</figcaption><pre>${lines}</pre></figure>`;
  });
  return legend + figures.join('\n');
}

function cell(label: string, html: string, cls = ''): string {
  return `<td data-label="${escapeHtml(label)}"${cls ? ` class="${cls}"` : ''}>${html}</td>`;
}

export function dnsHtml(evidence: readonly DnsEvidence[], lang: Lang): string {
  if (evidence.length === 0) return `<p class="none">${escapeHtml(t(lang, 'report.dns.none'))}</p>`;
  const h = {
    question: t(lang, 'report.dns.question'),
    server: t(lang, 'report.dns.server'),
    answer: t(lang, 'report.dns.answer'),
    ad: t(lang, 'report.dns.ad'),
    ms: t(lang, 'report.dns.ms'),
    at: t(lang, 'report.dns.at'),
  };
  const rows = evidence.map((e) => {
    const answers = e.answers.length
      ? `<code class="rr">${e.answers.map((a) => escapeHtml(`${a.name} ${a.ttl} ${a.type} ${a.data}`)).join('\n')}</code>`
      : `<span class="none">${escapeHtml(t(lang, 'report.dns.noRecords'))}</span>`;
    return `<tr class="rcode-${escapeHtml(e.rcode.toLowerCase())}">${[
      cell(h.question, `<code>${escapeHtml(`${e.name} ${e.type}`)}</code>`),
      cell(h.answer, `<strong>${escapeHtml(e.rcode)}</strong><br>${answers}`),
      cell(h.server, `<code>${escapeHtml(e.server)}</code>`),
      cell(h.ad, escapeHtml(t(lang, e.ad ? 'report.yes' : 'report.no'))),
      cell(h.ms, escapeHtml(`${Math.round(e.elapsedMs)} ms`), 'num'),
      cell(h.at, escapeHtml(utcText(e.at))),
    ].join('')}</tr>`;
  });
  const head = [h.question, h.answer, h.server, h.ad, h.ms, h.at].map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('');
  return `<table class="stack dns"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

export function timelineHtml(events: readonly TimelineEvent[], lang: Lang): string {
  if (events.length === 0) return `<p class="none">${escapeHtml(t(lang, 'report.timeline.none'))}</p>`;
  const h = { time: t(lang, 'report.timeline.time'), event: t(lang, 'report.timeline.event'), source: t(lang, 'report.timeline.source') };
  const rows = events.map(
    (e) =>
      `<tr>${cell(h.time, `<time datetime="${escapeHtml(new Date(e.ms).toISOString())}">${escapeHtml(utcText(e.at))}</time>`, 'when')}${cell(
        h.event,
        `${escapeHtml(e.text)}${e.details.length ? `<br><code class="detail">${e.details.map(escapeHtml).join(' · ')}</code>` : ''}`,
      )}${cell(h.source, escapeHtml(e.source), 'src')}</tr>`,
  );
  const head = [h.time, h.event, h.source].map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('');
  return `<table class="stack timeline"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}
