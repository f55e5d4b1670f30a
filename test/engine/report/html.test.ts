import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../electron/engine/report/build.ts';
import { embedJson, escapeHtml, extractEmbeddedReport, renderHtml } from '../../../electron/engine/report/html.ts';
import { renderText } from '../../../electron/engine/report/text.ts';
import { parseReportInput } from '../../../electron/engine/report/parse-input.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';
import { newCase } from '../../../electron/engine/model/case.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { REPORT_CSS } from '../../../electron/engine/report/style.ts';
import { ERROR_TEXT, ENV, MESSAGE_ID, NOW as SAMPLE_NOW, QUEUE_ID, SESSION, sampleCase, sampleFindings, sampleReport } from './sample.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
const c = {
  ...newCase('c1', NOW, 'Europe/Stockholm'),
  sender: 'anna@firma.se',
  recipients: ['ola@kund.no'],
  sentAt: '2026-11-20T14:02',
  symptom: 'bounced' as const,
  notes: `Customer pasted: ${hostile}`,
  reference: 'CS-42',
};
const finding: Finding = {
  ...makeFinding('en', { id: 'case.recipient.same-domain', check: 'case', status: 'warning', whoMustAct: 'sender-it', params: { domain: 'firma.se' } }),
  evidence: [{ kind: 'text', label: 'Diagnostic-Code', text: `smtp; 550 ${hostile}` }],
};
const env = { appVersion: '1.2.3', host: 'test', os: 'testos', resolver: '127.0.0.1:53', lang: 'en', timeZone: 'Europe/Stockholm' };
const report = buildReport({ case: c, findings: [finding], steps: [{ name: 'dns.mx', status: 'done', startedAt: NOW.toISOString(), ms: 12.4 }], environment: env, lang: 'en', now: NOW });

describe('report', () => {
  describe('renderHtml', () => {
    const html = renderHtml(report, 'en');

    it('escapes a <script> from the case notes and from evidence', () => {
      assert.ok(!html.includes('<script>alert'), 'raw script tag leaked');
      assert.ok(!html.includes('<img src=x'), 'raw img tag leaked');
      assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    });

    it('loads nothing from outside and forbids scripts by CSP', () => {
      assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i);
      assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(scripts, ['<script type="application/json" id="mailpath-report">']);
    });

    it('embeds the report JSON so the file can be opened again', () => {
      assert.deepEqual(extractEmbeddedReport(html), JSON.parse(JSON.stringify(report)));
      assert.deepEqual(parseReportInput(html).case, c);
    });

    it('shows the verdict, the facts and the finding with who must act', () => {
      assert.match(html, /The sender&#39;s own IT must act: Sender and recipient share the domain firma\.se/);
      assert.match(html, /<th scope="row">Sent at<\/th><td>[^<]*\(2026-11-20T14:02:00\+01:00\)<\/td>/);
      assert.match(html, /Who must act: The sender&#39;s IT/);
    });

    it('is written in Swedish when asked', () => {
      const sv = renderHtml(buildReport({ case: c, findings: [], steps: [], environment: env, lang: 'sv', now: NOW }), 'sv');
      assert.match(sv, /<html lang="sv">/);
      assert.match(sv, /<h2>Bedömning<\/h2><p>Inget har kontrollerats ännu\.<\/p>/);
    });
  });

  describe('embedJson', () => {
    it('cannot close its script element or open a comment', () => {
      const text = embedJson({ a: '</script><!-- \u2028' });
      assert.ok(!text.includes('<') && !text.includes('\u2028'));
      assert.deepEqual(JSON.parse(text), { a: '</script><!-- \u2028' });
    });
  });

  describe('escapeHtml', () => {
    it('escapes the five special characters', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });
  });

  describe('renderText', () => {
    it('gives the verdict, the case facts, findings with evidence, and the environment', () => {
      const text = renderText(report, 'en');
      assert.match(text, /^Verdict: The sender's own IT must act/m);
      assert.match(text, /^Recipients\s+ola@kund\.no$/m);
      assert.match(text, /^\[!\] Sender and recipient share the domain firma\.se$/m);
      assert.match(text, /Diagnostic-Code: smtp; 550/);
      assert.match(text, /dns\.mx: done, 12 ms/);
      assert.match(text, /DNS resolver: 127\.0\.0\.1:53/);
    });
  });

  describe('parseReportInput', () => {
    it('accepts a bare case, a case with findings, and a report JSON', () => {
      assert.equal(parseReportInput(JSON.stringify(c)).findings.length, 0);
      assert.equal(parseReportInput(JSON.stringify({ case: c, findings: [finding] })).findings.length, 1);
      assert.equal(parseReportInput(JSON.stringify(report)).steps.length, 1);
    });

    it('explains what is wrong with a file that is not a case', () => {
      assert.throws(() => parseReportInput('{"case": {"id": 5}}'), /Not a Mailpath case or report — case\.id/);
      assert.throws(() => parseReportInput('[1,2]'), /Expected a JSON object/);
      assert.throws(() => parseReportInput('{oops'), /Not valid JSON/);
      assert.throws(() => parseReportInput('<html><body>hi</body></html>'), /not a Mailpath report/);
    });
  });

  describe('renderHtml sections', () => {
    const html = renderHtml(sampleReport('en'), 'en');
    const section = (id: string): string => {
      const m = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
      assert.ok(m?.[1], `section ${id} missing`);
      return m[1];
    };

    it('has every section, in order, each linked from the contents', () => {
      const ids = [...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
      assert.deepEqual(ids, ['verdict', 'facts', 'findings', 'transcript', 'dns', 'timeline', 'steps', 'environment']);
      for (const id of ids) assert.ok(html.includes(`<a href="#${id}">`), id);
    });

    it('gives the verdict, who must act and the next steps as an ordered list', () => {
      const v = section('verdict');
      assert.match(v, /<h2>Verdict<\/h2><p>[^<]+<\/p>/);
      assert.match(v, /Who must act: <strong>/);
      assert.match(v, /<h3>Next steps<\/h3><ol class="next"><li>[^<]+<\/li>/);
    });

    it('leaves the next steps out when the verdict has none', () => {
      const r = sampleReport('en');
      const bare = renderHtml({ ...r, verdict: { ...r.verdict, nextSteps: [] } }, 'en');
      assert.doesNotMatch(bare, /Next steps/);
    });

    it('tables the facts support asks for: times with zone and UTC, server, queue ID, Message-ID, error text, IP, reference', () => {
      const f = section('facts');
      const cell = (key: string): string => new RegExp(`<tr data-key="${key}"><th scope="row">[^<]+</th><td>(.*?)</td></tr>`).exec(f)?.[1] ?? '';
      assert.equal(cell('sender'), 'anna.berg@firma.se');
      assert.equal(cell('recipients'), 'ola.nordmann@kund.no, kari@kund.no');
      assert.match(cell('sentAt'), /14:02:00 CET \[Europe\/Stockholm\] — 2026-11-20 13:02:00 UTC \(2026-11-20T14:02:00\+01:00\)/);
      assert.equal(cell('outgoingServer'), '<code>smtp.firma.se:587</code>');
      assert.equal(cell('queueIds'), `<code>${QUEUE_ID}</code>`);
      assert.equal(cell('messageId'), `<code>${escapeHtml(MESSAGE_ID)}</code>`);
      assert.equal(cell('errorText'), `<pre class="exact">${escapeHtml(ERROR_TEXT)}</pre>`);
      assert.equal(cell('sendingIp'), '<code>198.51.100.7</code>');
      assert.equal(cell('reference'), 'CS-4711');
      assert.equal(cell('supportAddress'), '<a href="mailto:support@kund-hosting.no">support@kund-hosting.no</a>');
    });

    it('says "not given" for facts nobody knows yet', () => {
      const empty = renderHtml(buildReport({ case: newCase('e', SAMPLE_NOW, 'Europe/Oslo'), findings: [], steps: [], environment: ENV, lang: 'nb', now: SAMPLE_NOW }), 'nb');
      assert.match(empty, /<tr data-key="queueIds"><th scope="row">Kø-ID-er<\/th><td>ikke oppgitt<\/td><\/tr>/);
      assert.match(empty, /Ingen SMTP-dialog ble registrert\./);
      assert.match(empty, /Ingen DNS-spørringer ble registrert\./);
      assert.match(empty, /Ingen tidspunkter ble funnet/);
    });

    it('orders findings by severity, with a count, the fix and the evidence', () => {
      const f = section('findings');
      assert.match(f, /<p class="summary">Error: 1 · OK: 1<\/p>/);
      assert.ok(f.indexOf('finding error') < f.indexOf('finding ok'));
      assert.match(f, /<strong>What to do:<\/strong>/);
      assert.match(f, /<details><summary>Evidence<\/summary><pre>[^]*mail\.log:7: 4XyZ9kT2Qm/);
    });

    it('shows the SMTP session once, in order, with UTC times and C:/S: direction, credentials hidden', () => {
      const tr = section('transcript');
      assert.equal([...tr.matchAll(/<figure class="transcript">/g)].length, 1, 'the finding’s excerpt repeats lines of the stored session');
      assert.match(tr, /<figcaption>smtp\.test — 2026-11-20<\/figcaption>/);
      const lines = [...tr.matchAll(/<span class="([csi])">([^<]*)\n<\/span>/g)].map((m) => `${m[1]} ${m[2]}`);
      assert.equal(lines.length, SESSION.length);
      assert.equal(lines[0], 's 13:02:00.010 S: 220 smtp.firma.se ESMTP Postfix');
      assert.equal(lines[5], 'i 13:02:00.100 *: TLS established: TLSv1.3 TLS_AES_256_GCM_SHA384');
      assert.equal(lines[6], 'c 13:02:00.200 C: AUTH PLAIN [credentials hidden]');
      assert.equal(lines.at(-1), `s 13:02:00.530 S: ${escapeHtml(ERROR_TEXT)}`);
    });

    it('lists every DNS question once: server asked, question, rcode, answers with TTL, AD and time', () => {
      const rows = [...section('dns').matchAll(/<tr class="rcode-([a-z]+)">([\s\S]*?)<\/tr>/g)];
      assert.deepEqual(rows.map((r) => r[1]), ['noerror', 'noerror', 'nxdomain'], 'the MX answer is both in a finding and in the step data');
      const mx = rows[1]?.[2] ?? '';
      assert.match(mx, /<code>kund\.no MX<\/code>/);
      assert.match(mx, /<strong>NOERROR<\/strong><br><code class="rr">kund\.no 3600 MX 10 mx\.kund\.no<\/code>/);
      assert.match(mx, /<td data-label="Server asked"><code>10\.20\.0\.53:53<\/code><\/td>/);
      assert.match(mx, /<td data-label="DNSSEC \(AD\)">Yes<\/td>/);
      assert.match(mx, /<td data-label="Response time" class="num">12 ms<\/td>/);
      assert.match(mx, /2026-11-20 13:01:59 UTC/);
      assert.match(rows[2]?.[2] ?? '', /no records/);
    });

    it('puts the headers’ hops, the log’s queueing and recipients and the bounce on one UTC timeline', () => {
      const times = [...section('timeline').matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1]);
      assert.deepEqual(times, [...times].sort(), 'in time order');
      const tl = section('timeline');
      assert.match(tl, /Sent, as the sender reported/);
      assert.match(tl, /smtp\.firma\.se received the message from EXCH01 \[10\.20\.0\.15\]<br><code class="detail">with ESMTPS · with TLS TLSv1\.3 · id 4XyZ9kT2Qm/);
      assert.match(tl, /mx\.kund\.no received the message from smtp\.firma\.se \[198\.51\.100\.7\]<br><code class="detail">with ESMTP · without TLS · 3 s after the previous hop/);
      assert.match(tl, /Accepted into the queue as 4XyZ9kT2Qm/);
      assert.match(tl, /ola\.nordmann@kund\.no: bounced \(4XyZ9kT2Qm\)<br><code class="detail">relay=mx\.kund\.no\[203\.0\.113\.25\]:25 · dsn=5\.1\.1/);
      assert.match(tl, /ola\.nordmann@kund\.no: failed \(according to the bounce\)/);
      assert.equal(times.length, 7);
    });

    it('names the environment: version, host, OS, resolver, zone and, when known, the network vantage', () => {
      const env = section('environment');
      assert.match(env, /1\.2\.3 \(test\)/);
      assert.match(env, /testos 1\.0/);
      assert.match(env, /10\.20\.0\.53:53/);
      assert.match(env, /Europe\/Stockholm/);
      const withVantage = renderHtml({ ...sampleReport('en'), environment: { ...ENV, vantage: 'home broadband, port 25 blocked' } as typeof ENV }, 'en');
      assert.match(withVantage, /<th scope="row">Tested from \(network\)<\/th><td>home broadband, port 25 blocked<\/td>/);
    });

    it('escapes what servers, files and the user wrote in every section', () => {
      const evil = '<img src=x onerror=alert(1)>';
      const base = sampleCase();
      const hostile = {
        ...base,
        facts: { ...base.facts, errorText: `550 ${evil}`, queueIds: [evil] },
        results: {
          ...base.results,
          evil: {
            at: NOW.toISOString(),
            ms: 1,
            findings: [],
            data: {
              transcript: [{ t: '2026-11-20T13:05:00Z', dir: 's', line: `554 ${evil}` }],
              hops: [{ by: { host: evil }, from: { helo: evil }, time: { utc: '2026-11-20T13:05:00Z', original: evil }, tls: { state: 'no' } }],
              evidence: [{ kind: 'dns', server: evil, name: evil, type: 'TXT', rcode: 'NOERROR', answers: [{ name: evil, ttl: 1, type: 'TXT', data: evil }], elapsedMs: 1, at: '2026-11-20T13:05:00Z' }],
            },
          },
        },
      };
      const out = renderHtml(buildReport({ case: hostile, findings: sampleFindings(), steps: [], environment: ENV, lang: 'en', now: NOW }), 'en');
      assert.ok(!out.includes('<img'), 'raw markup leaked');
      assert.ok(out.split(escapeHtml(evil)).length > 8, 'the hostile text is shown, escaped, in each section');
    });

    it('survives step data of any shape', () => {
      const base = sampleCase();
      const junk = [null, 5, 'x', [], { hops: 'x' }, { hops: [null, 7, { time: 5 }, { time: { utc: 'not a date' } }] }, { messages: [{ recipients: 'x' }, null] }, { deliveries: [{ lastAttemptDate: 3 }] }, { transcript: [{ t: 1 }] }, { kind: 'dns' }];
      const results = Object.fromEntries(junk.map((data, i) => [`junk${i}`, { at: '', ms: 0, findings: [], data }]));
      const out = renderHtml(buildReport({ case: { ...base, results }, findings: [], steps: [], environment: ENV, lang: 'en', now: NOW }), 'en');
      assert.match(out, /<section id="timeline"><h2>Message timeline<\/h2><table/);
      assert.equal([...out.matchAll(/<time datetime=/g)].length, 1, 'only the case’s own send time');
    });

    it('links URLs in findings with the URL as the link text, and nothing else', () => {
      const f: Finding = { ...finding, explanation: 'See https://example.org/delist?ip=1 and javascript:alert(1).' };
      const out = renderHtml(buildReport({ case: c, findings: [f], steps: [], environment: env, lang: 'en', now: NOW }), 'en');
      assert.match(out, /<a href="https:\/\/example\.org\/delist\?ip=1" rel="noreferrer">https:\/\/example\.org\/delist\?ip=1<\/a> and javascript:alert\(1\)\./);
    });
  });

  describe('REPORT_CSS', () => {
    it('has print rules a person wants on paper', () => {
      const print = /@media print\{([\s\S]*)\}\s*$/.exec(REPORT_CSS)?.[1] ?? '';
      assert.ok(print, 'a print block');
      assert.match(print, /nav\.toc\{display:none\}/, 'no navigation on paper');
      assert.match(print, /details::details-content\{content-visibility:visible;display:block\}/, 'closed evidence printed');
      assert.match(print, /\.finding,tr[^{]*\{break-inside:avoid;page-break-inside:avoid\}/, 'a finding never split across pages');
      assert.match(print, /h2,h3,figcaption\{break-after:avoid/, 'headings stay with what follows');
      assert.match(print, /a\.ref\[href\]::after\{content:" <" attr\(href\) ">"/, 'link targets printed');
    });

    it('keeps wide content inside a phone screen', () => {
      assert.match(REPORT_CSS, /pre\{white-space:pre-wrap;overflow-wrap:anywhere/);
      assert.match(REPORT_CSS, /@media \(max-width:40rem\)\{[\s\S]*table\.stack thead\{display:none\}/);
    });
  });
});
