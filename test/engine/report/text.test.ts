import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderText, TEXT_WIDTH } from '../../../electron/engine/report/text.ts';
import { evidenceLines } from '../../../electron/engine/report/format.ts';
import { transcriptLineText } from '../../../electron/engine/report/html-evidence.ts';
import { timeline } from '../../../electron/engine/report/timeline.ts';
import { ERROR_TEXT, MESSAGE_ID, QUEUE_ID, SESSION, sampleReport } from './sample.ts';

describe('report', () => {
  describe('renderText', () => {
    const report = sampleReport('en');
    const text = renderText(report, 'en');
    const lines = text.split('\n');

    it('has the same sections as the HTML, in order', () => {
      const headings = lines.filter((l) => /^== .* ==$/.test(l));
      assert.deepEqual(headings, [
        '== Facts for support ==',
        '== Findings ==',
        '== SMTP transcript ==',
        '== DNS evidence ==',
        '== Message timeline ==',
        '== Steps that ran ==',
        '== Environment ==',
      ]);
      assert.ok(text.indexOf('Verdict: ') < text.indexOf('== Facts'));
    });

    it('numbers the next steps under the verdict', () => {
      assert.match(text, /^Next steps:\n {2}1\. \S/m);
      assert.equal(lines.filter((l) => /^ {2}\d\. /.test(l)).length, report.verdict.nextSteps.length);
    });

    it('gives the facts support asks for, the exact error text unwrapped', () => {
      assert.match(text, /^Queue IDs\s+4XyZ9kT2Qm$/m);
      assert.match(text, new RegExp(`^Message-ID\\s+${MESSAGE_ID.replace(/[.]/g, '\\.')}$`, 'm'));
      assert.match(text, /^Outgoing server\s+smtp\.firma\.se:587$/m);
      assert.match(text, /^Sending IP address\s+198\.51\.100\.7$/m);
      assert.ok(lines.includes(`  ${ERROR_TEXT}`), 'the error text on one line, as the server wrote it');
      assert.match(text, /2026-11-20 13:02:00 UTC \(2026-11-20T14:02:00\+01:00\)/);
    });

    it('quotes the whole SMTP session with UTC times and direction', () => {
      for (const l of SESSION.slice(0, 6)) assert.ok(lines.includes(transcriptLineText(l)), l.line);
      assert.ok(lines.includes('13:02:00.200 C: AUTH PLAIN [credentials hidden]'));
      assert.ok(lines.includes('13:02:00.440 C: [credentials hidden]'));
    });

    it('lists each DNS question with server, rcode, AD, time and the answers with TTL', () => {
      assert.ok(lines.includes('kund.no MX @10.20.0.53:53: NOERROR AD, 12 ms, 2026-11-20 13:01:59.000 UTC'));
      assert.ok(lines.includes('  kund.no 3600 MX 10 mx.kund.no'));
      assert.ok(lines.includes('kund.nox MX @10.20.0.53:53: NXDOMAIN, 12 ms, 2026-11-20 13:01:59.500 UTC'));
      assert.equal(lines.filter((l) => l.startsWith('kund.no MX @')).length, 1);
    });

    it('puts the timeline in UTC order with its details', () => {
      const stamps = lines.filter((l) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC {2}/.test(l)).map((l) => l.slice(0, 23));
      assert.equal(stamps.length, 7);
      assert.deepEqual(stamps, [...stamps].sort());
      assert.match(text, new RegExp(`Accepted into the queue as ${QUEUE_ID}`));
      assert.match(text, /^ {25}relay=mx\.kund\.no\[203\.0\.113\.25\]:25 · dsn=5\.1\.1$/m);
    });

    it(`wraps prose at ${TEXT_WIDTH} columns and leaves only evidence lines longer`, () => {
      const allowed = new Set<string>([ERROR_TEXT]);
      for (const f of report.findings) for (const e of f.evidence) for (const l of evidenceLines(e)) allowed.add(l.trim());
      for (const l of SESSION) allowed.add(transcriptLineText(l));
      for (const e of timeline(report, 'en')) for (const d of e.details) allowed.add(d);
      const long = lines.filter((l) => [...l].length > TEXT_WIDTH);
      assert.ok(long.length > 0, 'the sample has long evidence');
      for (const l of long) assert.ok(allowed.has(l.trim()), `prose over ${TEXT_WIDTH} columns: ${l}`);
    });

    it('is written in Swedish and Norwegian when asked', () => {
      const sv = renderText(sampleReport('sv'), 'sv');
      assert.match(sv, /^== Uppgifter till supporten ==$/m);
      assert.match(sv, /^== Meddelandets tidslinje ==$/m);
      assert.match(sv, /^Nästa steg:$/m);
      const nb = renderText(sampleReport('nb'), 'nb');
      assert.match(nb, /^== Opplysninger til kundestøtte ==$/m);
      assert.match(nb, /^Kø-ID-er\s+4XyZ9kT2Qm$/m);
    });
  });
});
