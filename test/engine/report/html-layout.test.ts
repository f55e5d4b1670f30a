import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from '../../helpers/browser.ts';
import { renderHtml } from '../../../electron/engine/report/html.ts';
import { buildReport } from '../../../electron/engine/report/build.ts';
import { ENV, NOW, sampleCase, sampleFindings, sampleReport } from './sample.ts';

let browser: Browser;

/** A report with unbreakable runs: a DKIM key, a long URL, a long host name. */
function longTokens(): string {
  const c = sampleCase();
  const blob = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.repeat(8);
  const hostile = {
    ...c,
    notes: `p=${blob} https://example.org/${'x'.repeat(200)} ${'sub.'.repeat(30)}example.org`,
    facts: { ...c.facts, errorText: `550 5.7.1 ${blob}`, queueIds: ['Q'.repeat(90)] },
  };
  return renderHtml(buildReport({ case: hostile, findings: sampleFindings(), steps: [], environment: ENV, lang: 'sv', now: NOW }), 'sv');
}

async function open(html: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => problems.push(m.text()));
  await page.setContent(html, { waitUntil: 'load' });
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
  return page;
}

/** How far anything reaches past the right edge of the viewport, in CSS pixels. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let right = document.documentElement.scrollWidth;
    for (const el of document.querySelectorAll('body *')) right = Math.max(right, el.getBoundingClientRect().right);
    return Math.ceil(right - width);
  });
}

describe('report', () => {
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  describe('renderHtml in Chromium', () => {
    it('fits a 390 px phone screen without scrolling sideways', async () => {
      for (const [name, html] of [
        ['sample', renderHtml(sampleReport('en'), 'en')],
        ['masked', renderHtml(sampleReport('nb', { mask: { localParts: true, internalHosts: true, internalIps: true } }), 'nb')],
        ['long tokens', longTokens()],
      ] as const) {
        const page = await open(html, 390);
        assert.ok((await overflow(page)) <= 0, `${name} overflows by ${await overflow(page)} px`);
        if (name === 'sample') await screenshot(page, 'report-phone-390');
        await page.context().close();
      }
    });

    it('stacks the DNS and timeline tables into labelled blocks on a phone, and keeps columns on a desktop', async () => {
      const html = renderHtml(sampleReport('en'), 'en');
      const phone = await open(html, 390);
      assert.equal(await phone.locator('table.dns thead').evaluate((el) => getComputedStyle(el).display), 'none');
      assert.equal(await phone.locator('table.dns td[data-label="Server asked"]').first().evaluate((el) => getComputedStyle(el, '::before').content), '"Server asked:"');
      await phone.context().close();
      const desktop = await open(html, 1280);
      assert.equal(await desktop.locator('table.dns thead').evaluate((el) => getComputedStyle(el).display), 'table-header-group');
      assert.ok((await overflow(desktop)) <= 0);
      await screenshot(desktop, 'report-desktop');
      await desktop.context().close();
    });

    it('prints without navigation, with the evidence of closed <details> shown', async () => {
      const page = await open(renderHtml(sampleReport('en'), 'en'), 800);
      const evidence = page.locator('article.finding.error details pre');
      assert.equal(await evidence.isVisible(), false, 'collapsed on screen');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('nav.toc').isVisible(), false, 'no navigation on paper');
      assert.equal(await evidence.isVisible(), true, 'expanded on paper');
      assert.equal(await page.locator('article.finding').first().evaluate((el) => getComputedStyle(el).breakInside), 'avoid');
      await page.context().close();
    });
  });
});
