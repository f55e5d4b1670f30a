import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OpError } from '../../../electron/engine/contract/result.ts';
import { browserCandidates, findBrowser, forPrint, renderPdfWithChrome } from '../../../electron/engine/report/pdf.ts';
import { renderHtml } from '../../../electron/engine/report/html.ts';
import { pdfText } from './pdf-text.ts';
import { ERROR_TEXT, PASSWORD, PLAIN, QUEUE_ID, b64, sampleReport } from './sample.ts';

describe('report pdf', () => {
  describe('findBrowser', () => {
    it('takes MAILPATH_CHROME first', () => {
      assert.equal(findBrowser({ env: { MAILPATH_CHROME: '/opt/chrome' }, platform: 'linux', exists: (p) => p === '/opt/chrome' || p === '/usr/bin/chromium' }), '/opt/chrome');
    });

    it('says so clearly when MAILPATH_CHROME names no file', () => {
      assert.throws(
        () => findBrowser({ env: { MAILPATH_CHROME: '/nope/chrome' }, platform: 'linux', exists: () => false }),
        (e: unknown) => e instanceof OpError && e.code === 'unsupported' && /MAILPATH_CHROME is set to \/nope\/chrome, but there is no such file/.test(e.message),
      );
    });

    it('looks in the usual places per OS, in order', () => {
      assert.equal(findBrowser({ env: {}, platform: 'linux', exists: (p) => p === '/usr/bin/google-chrome' || p === '/snap/bin/chromium' }), '/usr/bin/google-chrome');
      assert.ok(browserCandidates('darwin', { HOME: '/Users/a' }).includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
      assert.ok(browserCandidates('darwin', { HOME: '/Users/a' }).includes('/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'));
      const win = browserCandidates('win32', { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' });
      assert.ok(win.includes('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'));
      assert.ok(win.includes('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'));
    });

    it('names everything it looked for when no browser is installed', () => {
      assert.throws(
        () => findBrowser({ env: {}, platform: 'linux', exists: () => false }),
        (e: unknown) =>
          e instanceof OpError &&
          e.code === 'unsupported' &&
          e.message.startsWith('Cannot make a PDF: no Chromium, Google Chrome or Microsoft Edge was found.') &&
          ['MAILPATH_CHROME (not set)', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '--format html'].every((s) => e.message.includes(s)),
      );
    });
  });

  describe('forPrint', () => {
    it('opens the evidence for paper', () => {
      assert.equal(forPrint('<details><summary>E</summary><pre>x</pre></details>'), '<details open><summary>E</summary><pre>x</pre></details>');
    });
  });

  describe('renderPdfWithChrome', () => {
    it('prints the report with the verdict, queue ID, error text and evidence, and no password', async () => {
      const report = sampleReport('en');
      const pdf = await renderPdfWithChrome(renderHtml(report, 'en'));
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
      const text = await pdfText(pdf);
      assert.ok(text.includes(report.verdict.sentence.replace(/\s+/g, ' ')), 'verdict');
      assert.ok(text.includes(QUEUE_ID), 'queue ID');
      assert.ok(text.includes(ERROR_TEXT), 'error text');
      assert.ok(text.includes('mail.log:7: 4XyZ9kT2Qm'), 'evidence inside a closed <details>');
      assert.ok(text.includes('13:02:00.200 C: AUTH PLAIN [credentials hidden]'), 'transcript');
      for (const form of [PASSWORD, b64(PASSWORD), PLAIN]) assert.ok(!text.includes(form), `PDF contains ${form}`);
    });

    it('fails with a clear message when the browser cannot start', async () => {
      await assert.rejects(
        renderPdfWithChrome('<p>x</p>', { browserPath: '/nonexistent/chromium' }),
        (e: unknown) => e instanceof OpError && e.code === 'unsupported' && /Cannot start \/nonexistent\/chromium to make the PDF: ENOENT/.test(e.message),
      );
    });

    it('stops when cancelled', async () => {
      const controller = new AbortController();
      const done = renderPdfWithChrome('<p>x</p>', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(done, (e: unknown) => e instanceof OpError && e.code === 'cancelled');
    });
  });
});
