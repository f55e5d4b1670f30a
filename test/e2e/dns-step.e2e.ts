/**
 * Step 4, DNS & reputation, in a real Chromium against the built browser bridge. The bridge asks
 * only the in-process loopback DNS test server (its address is typed into the step's advanced
 * "DNS servers" field), never the internet: the zone holds the case's sender and recipient
 * domains and a Spamhaus ZEN listing of the sending IP. The checks run with progress per check,
 * the findings are grouped by severity with the DNS evidence behind a click, stored in the case,
 * re-rendered in Swedish, run again in bokmål, cancelled, and refused input is shown at its field.
 * Screenshots go to test-artifacts/. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { findingText } from '../../electron/engine/i18n/index.ts';
import { launchChromium, openApp, screenshot, startBridge, type AppPage, type RunningBridge } from '../helpers/browser.ts';
import { startDnsTestServer, type DnsTestServer, type TestZone } from '../helpers/dns-test-server.ts';

const SENDER = 'anna@sender.example';
const RECIPIENT = 'bob@recipient.example';
const SENDING_IP = '192.0.2.25';
const LISTED = { list: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', target: SENDING_IP };

function zone(): TestZone {
  const soa = (name: string) => ({ type: 'SOA' as const, data: { mname: `ns1.${name}`, rname: `hostmaster.${name}`, minimum: 300 } });
  // A real 1024-bit key: Mailpath warns about its size (RFC 8301 §3.2 asks for 2048).
  const dkimKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    'sender.example': [
      soa('sender.example'),
      { type: 'MX', data: { preference: 10, exchange: 'mx.sender.example' } },
      { type: 'TXT', data: 'v=spf1 ip4:192.0.2.0/24 ?all' },
    ],
    'mx.sender.example': [{ type: 'A', data: '192.0.2.10' }],
    'mail.sender.example': [{ type: 'A', data: SENDING_IP }],
    '_dmarc.sender.example': [{ type: 'TXT', data: 'v=DMARC1; p=none; rua=mailto:dmarc@sender.example' }],
    'selector1._domainkey.sender.example': [{ type: 'TXT', data: `v=DKIM1; k=rsa; p=${dkimKey}` }],
    '25.2.0.192.in-addr.arpa': [{ type: 'PTR', data: 'mail.sender.example' }],
    '25.2.0.192.zen.spamhaus.org': [
      { type: 'A', data: '127.0.0.2' },
      { type: 'TXT', data: 'Listed by SBL, see https://check.spamhaus.org/' },
    ],
    'recipient.example': [soa('recipient.example'), { type: 'MX', data: { preference: 10, exchange: 'mx1.recipient.example' } }],
    'mx1.recipient.example': [{ type: 'A', data: '198.51.100.7' }],
  };
}

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

function panel(page: Page, role: 'sender' | 'recipient'): Locator {
  return page.locator(`.domain-panel[data-role="${role}"]`);
}

/** Waits until no domain is being checked any more. */
async function waitIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('.domain-panel .step-progress').first().waitFor({ state: 'detached', timeout });
}

describe('DNS & reputation step (end to end, Chromium + bridge + loopback DNS)', { timeout: 240_000 }, () => {
  let dns: DnsTestServer | undefined;
  let bridge: RunningBridge | undefined;
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  let page: Page;
  let server = '';

  before(async () => {
    // A little latency per answer, so the progress of each check can be seen.
    dns = await startDnsTestServer({ zone: zone(), delayMs: 120 });
    server = `127.0.0.1:${dns.port}`;
    bridge = await startBridge();
    browser = await launchChromium();
    app = await openApp(browser, bridge, { locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
    await page.getByLabel('Sender', { exact: true }).fill(SENDER);
    await page.getByLabel('Recipient 1', { exact: true }).fill(RECIPIENT);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });

  after(async () => {
    await app?.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await bridge?.stop();
    await dns?.close();
  });

  it('opens step 4 with the case’s domains and the options', async () => {
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /DNS & reputation/u })
      .click();
    await page.getByRole('heading', { level: 1, name: 'DNS & reputation' }).waitFor();
    await waitForText(page.locator('.dns-targets'), 'sender.example, recipient.example');
    assert.equal(await panel(page, 'sender').locator('h2').textContent(), "Sender's domain sender.example");
    assert.equal(await panel(page, 'recipient').locator('h2').textContent(), "Recipient's domain recipient.example");
    assert.equal(await page.getByText('Not checked yet.').count(), 2);
  });

  it('runs the checks against the loopback DNS server with progress per check', async () => {
    await page.getByLabel('Sending IP address').fill(SENDING_IP);
    await page.getByLabel('DKIM selectors').fill('selector1');
    await page.getByText('Advanced: which DNS servers to ask').click();
    await page.getByLabel('DNS servers').fill(server);
    await page.getByRole('button', { name: 'Run the DNS checks' }).click();

    const progress = panel(page, 'sender').locator('.step-progress');
    await progress.waitFor();
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    const names = await progress.locator('.progress-name').allTextContents();
    for (const check of ['MX records', 'SPF', 'DKIM keys', 'DMARC policy', 'Reverse DNS and HELO name', 'Blocklists', 'DNSSEC']) {
      assert.ok(names.includes(check), `progress lists ${check}: ${names.join(', ')}`);
    }
    await waitIdle(page);
    assert.equal(await page.getByRole('button', { name: 'Cancel' }).count(), 0);
    assert.ok((dns?.queries.length ?? 0) > 20, 'the bridge asked the loopback server');
  });

  it('lists the findings by severity, with the blocklisting among the errors', async () => {
    const sender = panel(page, 'sender');
    const errors = sender.locator('.finding-group[data-group="error"]');
    await errors.waitFor();
    const listed = findingText('en', 'reputation.ip.listed', LISTED).title;
    await waitForText(errors, listed);
    assert.match((await sender.locator('.finding-counts').textContent()) ?? '', /\d+ errors?/u);
    const warnings = sender.locator('.finding-group[data-group="warning"]');
    await waitForText(warnings, '?all');
    // Group order: errors before warnings before notes.
    const groups = await sender.locator('.finding-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    assert.deepEqual(
      groups,
      [...groups].sort(
        (a, b) =>
          ['error', 'warning', 'info', 'ok', 'skipped'].indexOf(a ?? '') - ['error', 'warning', 'info', 'ok', 'skipped'].indexOf(b ?? ''),
      ),
    );
    await waitForText(sender.locator('.result-facts'), `DNS servers asked: ${server}`);
    const finding = sender.locator('.finding[data-finding-id="reputation.ip.listed"]');
    await waitForText(finding.locator('.finding-who'), "The sender's e-mail provider");
    await waitForText(finding.locator('.finding-fix'), 'https://check.spamhaus.org/');
    await waitForText(panel(page, 'recipient').locator('.finding-counts'), 'OK');
  });

  it('shows the DNS evidence behind a finding one click away', async () => {
    const finding = panel(page, 'sender').locator('.finding[data-finding-id="reputation.ip.listed"]');
    const toggle = finding.getByRole('button', { name: /Show the evidence/u });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await finding.locator('table.evidence-dns').count(), 0);
    await toggle.click();
    assert.equal(await finding.getByRole('button', { name: 'Hide the evidence' }).getAttribute('aria-expanded'), 'true');
    const table = finding.locator('table.evidence-dns');
    await table.waitFor();
    const headers = await table.locator('th').allTextContents();
    assert.deepEqual(headers, ['Server asked', 'Question', 'Result', 'Answer', 'AD', 'Time (ms)']);
    const row = table.locator('tbody tr').first();
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[0], server);
    assert.equal(cells[1], '25.2.0.192.zen.spamhaus.org A');
    assert.equal(cells[2], 'NOERROR');
    assert.match(cells[3] ?? '', /A 127\.0\.0\.2 TTL 300 s/u);
    assert.equal(cells[4], 'no');
    assert.match(cells[5] ?? '', /^\d+$/u);
    assert.ok(Number(cells[5]) >= 100, 'the time taken includes the injected latency');
    // Every question in the page went to the loopback server.
    const servers = await page.locator('table.evidence-dns tbody tr td:first-child').allTextContents();
    assert.ok(servers.length > 0 && servers.every((s) => s === server));
    await screenshot(page, 'dns-step-en');
  });

  it('stores each domain’s result in the case, with the options used', async () => {
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const state = JSON.parse(await readFile(join(bridge?.configDir ?? '', 'state.json'), 'utf8')) as {
      draft: {
        results: Record<
          string,
          {
            at: string;
            ms: number;
            findings: { id: string }[];
            data: { domain: string; resolver: string; input: { ips: string[]; servers: string[]; dkimSelectors: string[] } };
          }
        >;
      };
    };
    const sender = state.draft.results['dns.sender'];
    const recipient = state.draft.results['dns.recipient.recipient.example'];
    assert.ok(sender && recipient, `results: ${Object.keys(state.draft.results).join(', ')}`);
    assert.equal(sender.data.domain, 'sender.example');
    assert.equal(sender.data.resolver, server);
    assert.deepEqual(sender.data.input, { ips: [SENDING_IP], dkimSelectors: ['selector1'], servers: [server], authoritative: false });
    assert.ok(sender.findings.some((f) => f.id === 'reputation.ip.listed'));
    assert.ok(!Number.isNaN(Date.parse(sender.at)) && sender.ms > 0);
    assert.equal(recipient.data.domain, 'recipient.example');
  });

  it('re-renders the findings in Swedish without running again', async () => {
    const before = dns?.queries.length ?? 0;
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'DNS och rykte' }).waitFor();
    const sender = panel(page, 'sender');
    await waitForText(sender.locator('.finding-group[data-group="error"]'), findingText('sv', 'reputation.ip.listed', LISTED).title);
    await waitForText(sender.locator('.finding-group[data-group="error"] .finding-group-title'), 'Fel (');
    await waitForText(sender.locator('.finding[data-finding-id="reputation.ip.listed"] .finding-who'), 'Avsändarens e-postleverantör');
    await waitForText(sender.locator('.result-meta'), 'Kontrollerat');
    assert.equal(await sender.locator('table.evidence-dns th').first().textContent(), 'Tillfrågad server');
    assert.equal(dns?.queries.length ?? 0, before, 'no new DNS questions');
    await screenshot(page, 'dns-step-sv');
  });

  it('runs a domain again in bokmål', async () => {
    await page.getByLabel('Språk').selectOption('nb');
    await page.getByRole('heading', { level: 1, name: 'DNS og omdømme' }).waitFor();
    const sender = panel(page, 'sender');
    const at = await sender.locator('.result-meta').textContent();
    await page.getByRole('button', { name: 'Kjør alle DNS-kontrollene på nytt' }).click();
    await sender.locator('.step-progress').waitFor();
    await waitIdle(page);
    await waitForText(sender.locator('.finding-group[data-group="error"]'), findingText('nb', 'reputation.ip.listed', LISTED).title);
    await waitForText(sender.locator('.result-meta'), 'Sjekket');
    assert.notEqual(await sender.locator('.result-meta').textContent(), at, 'a new result replaced the old one');
    await sender
      .locator('.finding[data-finding-id="reputation.ip.listed"]')
      .getByRole('button', { name: /Vis bevisene/u })
      .click();
    await sender.locator('table.evidence-dns').first().waitFor();
    await screenshot(page, 'dns-step-nb');
  });

  it('cancels a slow run and keeps the earlier result', async () => {
    dns?.setDelay(3000);
    const recipient = panel(page, 'recipient');
    await recipient.getByRole('button', { name: /Sjekk på nytt/u }).click();
    await recipient.locator('.step-progress').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await waitForText(recipient.locator('.op-error'), 'Avbrutt. Ingenting nytt ble lagret.');
    assert.equal(await recipient.locator('.op-error').getAttribute('data-code'), 'cancelled');
    await recipient.locator('.finding-list').waitFor();
    dns?.setDelay(0);
  });

  it('shows a refused DNS server at its field, with the engine’s message', async () => {
    await page.getByLabel('DNS-tjenere').fill('not a server!');
    await page.getByRole('button', { name: 'Kjør alle DNS-kontrollene på nytt' }).click();
    const error = page.locator('#dns-servers-error');
    await error.waitFor();
    assert.equal(await page.getByLabel('DNS-tjenere').getAttribute('aria-invalid'), 'true');
    const alert = panel(page, 'sender').locator('.op-error');
    await waitForText(alert, 'Kontrollen av sender.example ble ikke fullført.');
    assert.equal(await alert.getAttribute('data-code'), 'invalid-input');
    await waitForText(alert, 'Mailpath godtok ikke det som ble oppgitt.');
    await page.getByLabel('DNS-tjenere').fill(server);
  });

  it('logged no console errors, page errors or CSP violations', () => {
    assert.deepEqual(app?.problems ?? [], []);
  });
});
