/**
 * Step 5, offline analysis, in a real Chromium against the built browser bridge: a real bounce
 * (Postfix reporting a Microsoft 365 refusal) dropped on the drop zone, real message headers picked
 * with the file dialog, and log lines pasted. Each is recognised, read by the engine, shown as
 * findings with the reason and the evidence, drawn into the message's journey, and teaches the
 * case its facts (error text, sending IP, Message-ID, queue IDs), which are saved. Then Swedish,
 * bokmål, a "read as" override and a reload. Screenshots go to test-artifacts/.
 * Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { findingText } from '../../electron/engine/i18n/index.ts';
import { launchChromium, openApp, ROOT, screenshot, startBridge, type AppPage, type RunningBridge } from '../helpers/browser.ts';

const BOUNCE = join(ROOT, 'test', 'fixtures', 'bounces', 'postfix-30-m365.eml');
const HEADERS = join(ROOT, 'test', 'fixtures', 'headers', 'postfix-amavis-lmtp.eml');
const MESSAGE_ID = '<5f1c2e9a-7b41-4d2e-9c3a-1e2f3a4b5c6d@example.se>';
const LOG = [
  'Jan 15 09:58:02 smtp postfix/submission/smtpd[2101]: 4TGx3F1bq9z9sX1: client=c-198-51-100-23.customer.example.net[198.51.100.23], sasl_method=PLAIN, sasl_username=alice@example.se',
  'Jan 15 09:58:02 smtp postfix/cleanup[2102]: 4TGx3F1bq9z9sX1: message-id=<5f1c2e9a-7b41-4d2e-9c3a-1e2f3a4b5c6d@example.se>',
  'Jan 15 09:58:02 smtp postfix/qmgr[811]: 4TGx3F1bq9z9sX1: from=<alice@example.se>, size=2048, nrcpt=1 (queue active)',
  'Jan 15 09:58:03 smtp postfix/smtp[2103]: 4TGx3F1bq9z9sX1: to=<bob@example.no>, relay=mx.example.no[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4TGx9K3sPbz1xpQ)',
  'Jan 15 09:58:03 smtp postfix/qmgr[811]: 4TGx3F1bq9z9sX1: removed',
].join('\n');
const USER_UNKNOWN = { recipient: 'kijitora@example.br', status: '5.4.1' };

async function waitForText(locator: Locator, expected: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.count()) > 0 ? await locator.first().textContent() : '') ?? '';
    if (last.includes(expected)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`expected "${expected}" in ${locator.toString()}, found "${last}"`);
}

/** Drops a file on the drop zone the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, path: string): Promise<void> {
  const bytes = await readFile(path);
  const name = path.split('/').pop() ?? 'file';
  await page.getByTestId('drop-zone').evaluate(
    (zone, file) => {
      const binary = atob(file.b64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], file.name, { type: 'message/rfc822' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, b64: bytes.toString('base64') },
  );
}

function card(page: Page, name: string): Locator {
  return page.locator(`.item-card[data-name="${name}"]`);
}

interface SavedCase {
  facts: { messageId: string; sendingIp: string; queueIds: string[]; errorText: string };
  results: Record<string, { at: string; findings: { id: string }[]; data: { kind: string; source: { name: string; detected: string } } }>;
}

async function savedCase(page: Page, bridge: RunningBridge | undefined): Promise<SavedCase> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  const state = JSON.parse(await readFile(join(bridge?.configDir ?? '', 'state.json'), 'utf8')) as { draft: SavedCase };
  return state.draft;
}

describe('offline analysis step (end to end, Chromium + bridge)', { timeout: 240_000 }, () => {
  let bridge: RunningBridge | undefined;
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  let page: Page;

  before(async () => {
    bridge = await startBridge();
    browser = await launchChromium();
    app = await openApp(browser, bridge, { locale: 'en-GB', timezoneId: 'Europe/Stockholm' });
    page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
    await page.getByLabel('Sender', { exact: true }).fill('alice@example.se');
    await page.getByLabel('Recipient 1', { exact: true }).fill('bob@example.no');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /Offline analysis/u })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Offline analysis' }).waitFor();
  });

  after(async () => {
    await app?.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await bridge?.stop();
  });

  it('reads a dropped bounce: the failed recipient, the reason and the evidence', async () => {
    await dropFile(page, BOUNCE);
    const bounce = card(page, 'postfix-30-m365.eml');
    await bounce.locator('.finding-list').waitFor();
    assert.equal(await bounce.getByLabel('Read as').inputValue(), 'bounce', 'recognised as a bounce');
    await waitForText(bounce.locator('.summary-kind'), 'A bounce: delivery failed — one recipient');
    const finding = bounce.locator('.finding[data-finding-id="bounce.delivery.userunknown"]');
    // The reason, in words: "recipient does not exist".
    assert.equal(
      await finding.locator('.finding-title').textContent(),
      findingText('en', 'bounce.delivery.userunknown', USER_UNKNOWN).title,
    );
    assert.equal(await finding.locator('.finding-title').textContent(), 'kijitora@example.br: recipient does not exist (5.4.1)');
    assert.equal(await finding.getAttribute('data-status'), 'error');
    await waitForText(finding.locator('.finding-explanation'), 'Microsoft 365 says the recipient address does not exist');
    await finding.getByRole('button', { name: /Show the evidence/u }).click();
    await waitForText(finding.locator('.evidence-headers'), 'Diagnostic-Code:');
    await waitForText(finding.locator('.evidence-headers'), '550 5.4.1 <kijitora@example.br>: Recipient address rejected: Access denied');
  });

  it('fills in the exact error text and says so', async () => {
    const facts = page.getByTestId('case-facts');
    await waitForText(facts.locator('.facts-notice'), 'Added to the case from postfix-30-m365.eml: the exact error text.');
    await waitForText(facts.locator('[data-fact="errorText"] dd'), 'Recipient address rejected: Access denied');
    const saved = await savedCase(page, bridge);
    assert.match(saved.facts.errorText, /^host here-redacted-br\.mail\.protection\.outlook\.com\[207\.46\.163\.74\] said: 550 5\.4\.1/u);
    assert.deepEqual(Object.keys(saved.results), ['offline.bounce.1']);
    assert.equal(saved.results['offline.bounce.1']?.data.kind, 'bounce');
    assert.equal(saved.results['offline.bounce.1']?.data.source.name, 'postfix-30-m365.eml');
  });

  it('reads headers picked with the file dialog and draws the journey', async () => {
    await page.locator('#offline-files').setInputFiles(HEADERS);
    const headers = card(page, 'postfix-amavis-lmtp.eml');
    await headers.locator('.finding-list').waitFor();
    assert.equal(await headers.getByLabel('Read as').inputValue(), 'headers');
    await waitForText(headers.locator('.summary-facts'), '192.0.2.25 (HELO smtp.example.se)');
    await waitForText(headers.locator('.auth-chips'), 'SPF pass');
    assert.ok((await headers.locator('.finding[data-finding-id="headers.route"]').count()) === 1);

    const journey = page.getByTestId('journey');
    await waitForText(journey.locator('[data-station="client"]'), 'c-198-51-100-23.customer.example.net [198.51.100.23]');
    await waitForText(journey.locator('[data-station="outgoing"]'), 'smtp.example.se');
    const texts = await journey.locator('.journey-event').allTextContents();
    // Hop times in the user's zone (Europe/Stockholm) and locale (en-GB).
    assert.ok(
      texts.some(
        (t) =>
          t.includes('15 Jan 2024, 10:04:21 CET') &&
          t.includes("Outgoing server → recipient's server") &&
          t.includes('mx.example.no received it from smtp.example.se [192.0.2.25]'),
      ),
      texts.join('\n'),
    );
    assert.ok(texts.some((t) => t.includes('Computer → outgoing server') && t.includes('09:58:02 CET')));
    assert.ok(
      texts.some((t) => t.includes('The longest wait on the way.') && t.includes('6 mins 18 secs after the hop before')),
      texts.join('\n'),
    );
    assert.ok(texts.some((t) => t.includes('kijitora@example.br: delivery failed.')));
  });

  it('fills in the sending IP and the Message-ID from the headers', async () => {
    const facts = page.getByTestId('case-facts');
    await waitForText(facts, 'Added to the case from postfix-amavis-lmtp.eml: the Message-ID and the sending IP address.');
    await waitForText(facts.locator('[data-fact="sendingIp"] dd'), '192.0.2.25');
    await waitForText(facts.locator('[data-fact="messageId"] dd'), MESSAGE_ID);
    const saved = await savedCase(page, bridge);
    assert.equal(saved.facts.sendingIp, '192.0.2.25');
    assert.equal(saved.facts.messageId, MESSAGE_ID);
    assert.deepEqual(Object.keys(saved.results).sort(), ['offline.bounce.1', 'offline.headers.1']);
  });

  it('takes pasted log lines as a server log', async () => {
    await page.getByLabel('Or paste the text').fill(LOG);
    await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
    const log = card(page, 'Pasted text 1');
    await log.waitFor();
    assert.equal(await log.getByLabel('Read as').inputValue(), 'log');
    await log.locator('.finding-list').waitFor();
    await waitForText(log.locator('.summary-kind'), '5 lines read (0 not understood); one message matched.');
    // "Delivered" is good news: it sits in the OK group, folded until asked for.
    await log
      .locator('.finding-group[data-group="ok"]')
      .getByRole('button', { name: /Show all/u })
      .click();
    const delivered = log.locator('.finding[data-finding-id="log.delivered"]');
    await waitForText(delivered.locator('.finding-title'), "Delivered to the recipient's server: bob@example.no");
    await delivered.getByRole('button', { name: /Show the evidence/u }).click();
    await waitForText(delivered.locator('.evidence-lines'), 'Pasted text 1:4');
    await waitForText(delivered.locator('.evidence-lines'), 'status=sent (250 2.0.0 Ok: queued as 4TGx9K3sPbz1xpQ)');
    const facts = page.getByTestId('case-facts');
    await waitForText(facts, 'Added to the case from Pasted text 1: the queue IDs.');
    await waitForText(facts.locator('[data-fact="queueIds"] dd'), '4TGx3F1bq9z9sX1');
    // The log writes the Message-ID without brackets: the same ID, so nothing is reported as differing.
    assert.equal(await facts.locator('.facts-notice .meta').count(), 0);
    const texts = await page.getByTestId('journey').locator('.journey-event').allTextContents();
    assert.ok(
      texts.some((t) =>
        t.includes(
          'The outgoing server accepted the message from c-198-51-100-23.customer.example.net[198.51.100.23] (queue ID 4TGx3F1bq9z9sX1).',
        ),
      ),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((t) => t.includes('bob@example.no: accepted by the next server.') && t.includes('via mx.example.no[203.0.113.5]:25')),
      texts.join('\n'),
    );
    const saved = await savedCase(page, bridge);
    assert.deepEqual(saved.facts.queueIds, ['4TGx3F1bq9z9sX1']);
    assert.equal(saved.results['offline.log.1']?.data.kind, 'log');
    await screenshot(page, 'offline-step-en');
  });

  it('reads an item again as another kind when the consultant says so', async () => {
    const headers = card(page, 'postfix-amavis-lmtp.eml');
    await headers.getByLabel('Read as').selectOption('bounce');
    await waitForText(headers.locator('.summary-kind'), 'Not a bounce');
    await waitForText(headers, 'Mailpath took it for: Message headers.');
    let saved = await savedCase(page, bridge);
    assert.ok(saved.results['offline.bounce.2'] && !saved.results['offline.headers.1'], Object.keys(saved.results).join(', '));
    await headers.getByLabel('Read as').selectOption('headers');
    await headers.locator('.auth-chips').waitFor();
    saved = await savedCase(page, bridge);
    assert.ok(saved.results['offline.headers.1'] && !saved.results['offline.bounce.2'], Object.keys(saved.results).join(', '));
  });

  it('re-renders everything in Swedish', async () => {
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Offlineanalys' }).waitFor();
    const finding = card(page, 'postfix-30-m365.eml').locator('.finding[data-finding-id="bounce.delivery.userunknown"]');
    assert.equal(await finding.locator('.finding-title').textContent(), 'kijitora@example.br: mottagaren finns inte (5.4.1)');
    await waitForText(page.getByTestId('case-facts').locator('h2'), 'Det här vet ärendet nu');
    await waitForText(
      page.getByTestId('case-facts'),
      'Lades till i ärendet från postfix-amavis-lmtp.eml: Message-ID och den sändande IP-adressen.',
    );
    const journey = page.getByTestId('journey');
    await waitForText(journey.locator('h2'), 'Meddelandets väg');
    const texts = await journey.locator('.journey-event').allTextContents();
    assert.ok(
      texts.some((t) => t.includes('15 jan. 2024 10:04:21 CET') && t.includes('Utgående server → mottagarens server')),
      texts.join('\n'),
    );
    await screenshot(page, 'offline-step-sv');
  });

  it('reads a bounce dropped in bokmål in bokmål', async () => {
    await page.getByLabel('Språk').selectOption('nb');
    await page.getByRole('heading', { level: 1, name: 'Frakoblet analyse' }).waitFor();
    await card(page, 'postfix-30-m365.eml').getByRole('button', { name: /Fjern/u }).click();
    await card(page, 'postfix-30-m365.eml').waitFor({ state: 'detached' });
    await dropFile(page, BOUNCE);
    const bounce = card(page, 'postfix-30-m365.eml');
    await bounce.locator('.finding-list').waitFor();
    await waitForText(bounce.locator('.summary-kind'), 'En returmelding: leveringen feilet — én mottaker');
    const finding = bounce.locator('.finding[data-finding-id="bounce.delivery.userunknown"]');
    assert.equal(await finding.locator('.finding-title').textContent(), 'kijitora@example.br: mottakeren finnes ikke (5.4.1)');
    await waitForText(finding.locator('.finding-who'), 'Hvem som må handle:');
    await waitForText(page.getByTestId('journey').locator('[data-station="outgoing"]'), 'smtp.example.se');
    await screenshot(page, 'offline-step-nb');
  });

  it('keeps the results after a reload, read-only as to their kind', async () => {
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sak' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Steg' })
      .getByRole('button', { name: /Frakoblet analyse/u })
      .click();
    const bounce = card(page, 'postfix-30-m365.eml');
    await bounce.locator('.finding[data-finding-id="bounce.delivery.userunknown"]').waitFor();
    assert.equal(await bounce.getByLabel('Les som').isDisabled(), true, 'the bytes are gone: it cannot be read again');
    await waitForText(page.getByTestId('case-facts').locator('[data-fact="sendingIp"] dd'), '192.0.2.25');
    await page.getByTestId('journey').waitFor();
    assert.match((await page.locator('.step-nav-item.is-complete').allTextContents()).join(' '), /Frakoblet analyse/u);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'offline-step-narrow-nb');
  });

  it('logged no console errors, page errors or CSP violations', () => {
    assert.deepEqual(app?.problems ?? [], []);
  });
});
