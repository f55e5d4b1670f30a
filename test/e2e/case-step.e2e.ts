/**
 * Step 1 of the wizard in a real Chromium against the built browser bridge: filled in English,
 * validated next to the fields, switched to Swedish and bokmål, reloaded with the draft restored,
 * and prefilled from a mailpath:// link. Screenshots go to test-artifacts/.
 * Needs `npm run build` first (the bridge serves out/renderer).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { common } from '../../electron/engine/i18n/common.ts';
import { launchChromium, openApp, screenshot, startBridge, type AppPage, type RunningBridge } from '../helpers/browser.ts';

async function waitForText(locator: Locator, expected: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.count()) > 0 ? await locator.first().textContent() : '') ?? '';
    if (last.includes(expected)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`expected "${expected}" in ${locator.toString()}, found "${last}"`);
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 5000 });
}

async function describedBy(locator: Locator): Promise<string[]> {
  return ((await locator.getAttribute('aria-describedby')) ?? '').split(/\s+/u).filter(Boolean);
}

describe('case step (end to end, Chromium + bridge)', { timeout: 180_000 }, () => {
  let bridge: RunningBridge | undefined;
  let browser: Browser | undefined;
  const apps: AppPage[] = [];
  let page: Page;

  before(async () => {
    bridge = await startBridge();
    browser = await launchChromium();
    const app = await openApp(browser, bridge, { locale: 'en-US', timezoneId: 'Europe/Stockholm' });
    apps.push(app);
    page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
  });

  after(async () => {
    await Promise.allSettled(apps.map((a) => a.context.close()));
    await browser?.close().catch(() => undefined);
    await bridge?.stop();
  });

  it('starts in English from the browser language, on step 1 of 6', async () => {
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const nav = page.getByRole('navigation', { name: 'Steps' });
    assert.equal(await nav.getByRole('listitem').count(), 6);
    assert.match((await nav.locator('[aria-current="step"]').textContent()) ?? '', /Case/u);
    assert.equal(await page.locator('.field-error').count(), 0, 'no messages before the user did anything');
    assert.equal(await page.locator('#case-timeZone').inputValue(), 'Europe/Stockholm', 'the time zone defaults to the user’s');
  });

  it('shows an invalid sender address next to the field once the field is left, and clears it when fixed', async () => {
    const sender = page.getByLabel('Sender', { exact: true });
    await sender.fill('anna@example');
    assert.equal(await page.locator('#case-sender-error').count(), 0, 'no message while still typing');
    await sender.press('Tab');
    const error = page.locator('#case-sender-error');
    await waitForText(error, common.en['validation.invalid-email'] ?? '');
    assert.equal(await sender.getAttribute('aria-invalid'), 'true');
    assert.ok((await describedBy(sender)).includes('case-sender-error'), 'the message is tied to the field');

    await sender.fill('anna@example.com');
    await error.waitFor({ state: 'detached' });
    assert.equal(await sender.getAttribute('aria-invalid'), null);
  });

  it('keeps the user on the case step with "required" messages when going on with fields missing', async () => {
    await page.getByRole('button', { name: 'Next: Outgoing server' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await waitForText(page.locator('#case-recipients-error'), 'Required.');
    await waitForText(page.locator('#case-sentAt-error'), 'Required.');
    await waitForText(page.locator('#case-symptom-error'), 'Required.');
    assert.equal(await summary.getByRole('listitem').count(), 3);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Case');
  });

  it('fills in the whole case and saves the draft', async () => {
    await page.getByLabel('Recipient 1', { exact: true }).fill('bob@example.net');
    await page.getByRole('button', { name: 'Add a recipient' }).click();
    await page.getByLabel('Recipient 2', { exact: true }).fill('carol@example.org');
    await page.getByRole('button', { name: 'Add a recipient' }).click();
    await page.getByLabel('Recipient 3', { exact: true }).fill('temporary@example.org');
    await page.getByRole('button', { name: 'Remove recipient 3' }).click();
    assert.equal(await page.locator('.recipient-row').count(), 2);

    await page.getByLabel('When it was sent').fill('2025-03-14T09:30');
    // en-US: 09:30 in Stockholm (CET, UTC+1) is 8:30 AM UTC.
    await waitForText(page.locator('#case-sentAt-instant'), 'In UTC');
    assert.match(
      (await page.locator('#case-sentAt-instant').textContent()) ?? '',
      /In your time zone: Friday, March 14, 2025.*9:30.*In UTC: Mar 14, 2025.*8:30/u,
    );

    await page.getByLabel(common.en['symptom.bounced'] ?? '').check();
    await page.getByLabel('Notes').fill('550 5.7.1 Message rejected as spam by Content Filtering.');
    await page.getByLabel('Case reference').fill('INC-4711');
    await page.getByLabel('Provider name').fill('Example Hosting');
    await page.getByLabel('Support address').fill('support@example-hosting.com');
    await page.getByLabel('Mail server name pattern').fill('*.mx.example-hosting.com');

    assert.equal(await page.locator('.field-error').count(), 0, 'a complete case has no messages');
    assert.equal(await page.locator('.error-summary').count(), 0);
    await waitSaved(page);
    await screenshot(page, 'case-step-en');
  });

  it('goes on to the next step and back', async () => {
    await page.getByRole('button', { name: 'Next: Outgoing server' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outgoing server' }).waitFor();
    assert.match((await page.locator('[aria-current="step"]').textContent()) ?? '', /Outgoing server/u);
    await screenshot(page, 'step-outgoing-server-en');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
  });

  it('switches to Swedish: labels, <html lang> and validation messages', async () => {
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Ärende' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    assert.equal(await page.getByLabel('Avsändare', { exact: true }).inputValue(), 'anna@example.com');
    await page.getByRole('navigation', { name: 'Steg' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('mailpath.lang')), 'sv');

    await page.getByRole('button', { name: 'Lägg till mottagare' }).click();
    const row = page.getByLabel('Mottagare 3', { exact: true });
    await row.fill('fel@');
    await row.press('Tab');
    await waitForText(page.locator('#case-recipient-2-error'), common.sv['validation.invalid-email'] ?? '');
    assert.equal(await row.getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'case-step-sv');

    await page.getByRole('button', { name: 'Ta bort mottagare 3' }).click();
    assert.equal(await page.locator('.recipient-row').count(), 2);
    await waitSaved(page);
  });

  it('switches to Norwegian bokmål', async () => {
    await page.getByLabel('Språk').selectOption('nb');
    await page.getByRole('heading', { level: 1, name: 'Sak' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
    assert.equal(await page.getByLabel('Avsender', { exact: true }).inputValue(), 'anna@example.com');
    await waitForText(page.locator('#case-sentAt-instant'), 'I din tidssone');
    await screenshot(page, 'case-step-nb');
  });

  it('restores the draft (and the language) after a reload', async () => {
    await page.getByLabel('Notater').fill('550 5.7.1 Message rejected as spam by Content Filtering.\nSent from Outlook.');
    // Reload at once: the pending change must still be saved as the page goes away.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sak' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
    assert.equal(await page.getByLabel('Avsender', { exact: true }).inputValue(), 'anna@example.com');
    assert.equal(await page.getByLabel('Mottaker 1', { exact: true }).inputValue(), 'bob@example.net');
    assert.equal(await page.getByLabel('Mottaker 2', { exact: true }).inputValue(), 'carol@example.org');
    assert.equal(await page.locator('.recipient-row').count(), 2);
    assert.equal(await page.getByLabel('Når den ble sendt').inputValue(), '2025-03-14T09:30');
    assert.equal(await page.locator('#case-timeZone').inputValue(), 'Europe/Stockholm');
    assert.ok(await page.getByLabel(common.nb['symptom.bounced'] ?? '').isChecked());
    assert.equal(
      await page.getByLabel('Notater').inputValue(),
      '550 5.7.1 Message rejected as spam by Content Filtering.\nSent from Outlook.',
    );
    assert.equal(await page.getByLabel('Saksnummer').inputValue(), 'INC-4711');
    assert.equal(await page.getByLabel('Leverandørens navn').inputValue(), 'Example Hosting');
    assert.equal(await page.getByLabel('Kundestøtteadresse').inputValue(), 'support@example-hosting.com');
    assert.equal(await page.getByLabel('Mønster for e-postservernes navn').inputValue(), '*.mx.example-hosting.com');

    // The draft is on disk in the bridge's config folder, not only in the page.
    const state = JSON.parse(await readFile(join(bridge?.configDir ?? '', 'state.json'), 'utf8')) as {
      schemaVersion: number;
      draft: { sender: string; recipients: string[]; symptom: string };
    };
    assert.equal(state.draft.sender, 'anna@example.com');
    assert.deepEqual(state.draft.recipients, ['bob@example.net', 'carol@example.org']);
    assert.equal(state.draft.symptom, 'bounced');
  });

  it('fills in the case from a mailpath:// link and says what it filled in', async () => {
    assert.ok(browser && bridge);
    const link =
      'mailpath://case?to=dave@example.net&provider=Example%20Mail&support=help@example-mail.net&mx=*.in.example-mail.net&evil=1';
    const app = await openApp(browser, bridge, { locale: 'en-GB', hash: `#link=${encodeURIComponent(link)}` });
    apps.push(app);
    const notice = app.page.getByTestId('link-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    assert.match(text, /Filled in from a mailpath:\/\/ link: Recipients, Provider name, Support address and Mail server name pattern\./u);
    assert.match(text, /evil/u);
    assert.equal(await app.page.getByLabel('Recipient 3', { exact: true }).inputValue(), 'dave@example.net');
    assert.equal(await app.page.getByLabel('Provider name').inputValue(), 'Example Mail');
    assert.equal(
      await app.page.getByLabel('Sender', { exact: true }).inputValue(),
      'anna@example.com',
      'fields the link did not carry are kept',
    );
    await waitSaved(app.page);

    await app.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(app.page, 'case-step-narrow-en');
  });

  it('says so when a link opened later cannot be read, and changes nothing', async () => {
    const app = apps[apps.length - 1];
    assert.ok(app);
    await app.page.evaluate(() => {
      window.location.hash = `#link=${encodeURIComponent('mailpath://elsewhere?to=mallory@example.com')}`;
    });
    await waitForText(app.page.getByTestId('link-notice'), 'A mailpath:// link could not be read');
    assert.equal(await app.page.locator('.recipient-row').count(), 3);
    assert.equal(await app.page.evaluate(() => window.location.hash), '', 'the link is taken out of the address');
  });

  it('logged no console errors, page errors or CSP violations', () => {
    assert.deepEqual(
      apps.flatMap((a) => a.problems),
      [],
    );
  });
});
