import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../electron/engine/report/build.ts';
import { embedJson, escapeHtml, extractEmbeddedReport, renderHtml } from '../../../electron/engine/report/html.ts';
import { renderText } from '../../../electron/engine/report/text.ts';
import { parseReportInput } from '../../../electron/engine/report/parse-input.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';
import { newCase } from '../../../electron/engine/model/case.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';

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
});
