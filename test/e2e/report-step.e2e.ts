/**
 * Step 6, the report, in a real Chromium against the built browser bridge. The case is filled in
 * through the wizard (with a `<script>` in its notes), a real bounce (Gmail refusing a message for
 * DMARC, 5.7.26) is dropped on the offline step and a Postfix log pasted, and the outgoing server
 * is a real Postfix on loopback (submission, STARTTLS, AUTH through Dovecot) whose certificate is
 * trusted as an extra CA and whose name resolves through an in-process DNS server. Then the
 * Report step: the verdict and the facts; HTML saved (and checked for the escaped script); the
 * saved HTML and JSON opened back read-only (file picker, drop); printing; "send to support"
 * delivered to the loopback mailbox postmaster@<domain>; "Run everything"; and screenshots in
 * English, Swedish and Norwegian bokmål in test-artifacts/. Needs `node scripts/build.mjs` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  launchChromium,
  openApp,
  ROOT,
  screenshot,
  startBridge,
  type AppPage,
  type RunningBridge,
} from '../helpers/browser.ts';
import { startDnsTestServer, type DnsTestServer } from '../helpers/dns-test-server.ts';
import { requirePostfixBinaries, startPostfix, type PostfixServer } from '../helpers/postfix.ts';

const BOUNCE = join(ROOT, 'test', 'fixtures', 'bounces', 'postfix-70-gmail-dmarc.eml');
const RECIPIENT = 'kijitora@google.example.com';
const REFERENCE = 'CS-2020-1113';
const NOTES = 'Anna saw the bounce at 01:45. Pasted from her mail program: <script>alert("x")</script>';
const QUEUE_ID = 'AF578C0196A';
const MESSAGE_ID = '20201113004243.AF578C0196A@smtp.example.jp';

function postfixLog(sender: string): string {
  return [
    `2020-11-13T01:42:35.120411+01:00 smtp postfix/cleanup[2102]: ${QUEUE_ID}: message-id=<${MESSAGE_ID}>`,
    `2020-11-13T01:42:35.130877+01:00 smtp postfix/qmgr[811]: ${QUEUE_ID}: from=<${sender}>, size=2048, nrcpt=1 (queue active)`,
    `2020-11-13T01:42:37.402250+01:00 smtp postfix/smtp[2103]: ${QUEUE_ID}: to=<${RECIPIENT}>, relay=gmail-smtp-in.l.google.com[192.0.2.27]:25, delay=2, delays=0.1/0/0.9/1, dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.7.26 Unauthenticated email is not accepted due to domain's DMARC policy. (in reply to end of DATA command))`,
    `2020-11-13T01:42:37.410032+01:00 smtp postfix/qmgr[811]: ${QUEUE_ID}: removed`,
  ].join('\n');
}

async function waitForText(locator: Locator, expected: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.count()) > 0 ? await locator.first().textContent() : '') ?? '';
    if (last.includes(expected)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`expected "${expected}" in ${locator.toString()}, found "${last}"`);
}

/** Drops a file the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(target: Locator, name: string, bytes: Buffer, type: string): Promise<void> {
  await target.evaluate(
    (zone, file) => {
      const binary = atob(file.b64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], file.name, { type: file.type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, b64: bytes.toString('base64'), type },
  );
}

async function goToStep(page: Page, name: RegExp, heading: string): Promise<void> {
  await page.getByRole('navigation').first().getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Clicks a save button and returns the download's name and content. */
async function saveAs(page: Page, scope: Locator, label: string): Promise<{ name: string; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: label, exact: true }).click()]);
  return { name: download.suggestedFilename(), content: await readFile(await download.path(), 'utf8') };
}

describe('report step (end to end, Chromium + bridge + Postfix)', { timeout: 300_000 }, () => {
  let pf: PostfixServer | undefined;
  let dns: DnsTestServer | undefined;
  let bridge: RunningBridge | undefined;
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  let page: Page;
  let sentence = '';
  let savedHtml = { name: '', content: '' };

  before(async () => {
    requirePostfixBinaries();
    pf = await startPostfix();
    const server = pf;
    dns = await startDnsTestServer({ zone: { [server.hostname]: [{ type: 'A', data: '127.0.0.1' }] } });
    bridge = await startBridge();
    browser = await launchChromium();
    app = await openApp(browser, bridge, { locale: 'en-GB', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
    page = app.page;

    // The case, as the consultant types it.
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
    await page.getByLabel('Sender', { exact: true }).fill(server.user);
    await page.getByLabel('Recipient 1', { exact: true }).fill(RECIPIENT);
    await page.getByLabel('When it was sent').fill('2020-11-13T01:42');
    await page.getByLabel('The message bounced').check();
    await page.getByLabel('Notes').fill(NOTES);
    await page.getByLabel('Case reference').fill(REFERENCE);
    await page.getByLabel('Provider name').fill('Example Workspace');
    await page.getByLabel('Support address').fill(`postmaster@${server.domain}`);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // What the sender got back, and the outgoing server's log.
    await goToStep(page, /Offline analysis/u, 'Offline analysis');
    await dropFile(page.getByTestId('drop-zone'), 'postfix-70-gmail-dmarc.eml', await readFile(BOUNCE), 'message/rfc822');
    await page.locator('.finding[data-finding-id="bounce.delivery.authfailure"]').waitFor();
    await page.getByLabel('Or paste the text').fill(postfixLog(server.user));
    await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
    await waitForText(page.getByTestId('case-facts').locator('[data-fact="queueIds"] dd'), QUEUE_ID);

    // The outgoing server: the loopback Postfix, its CA trusted, its name from the test DNS server.
    await goToStep(page, /Outgoing server/u, 'Outgoing server');
    await page.locator('#server-host').fill(server.hostname);
    await page.locator('#server-port').fill(String(server.submissionPort));
    await page.locator('#server-security').selectOption('starttls');
    await page.locator('#server-user').fill(server.user);
    await page.locator('#server-password').fill(server.password);
    const advanced = page.locator('details.smtp-advanced');
    if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
    await page.locator('#server-dns-servers').fill(`127.0.0.1:${dns.port}`);
    await page.locator('#server-ca').fill(server.certPem);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    await goToStep(page, /Report/u, 'Report');
  });

  after(async () => {
    await app?.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await bridge?.stop();
    await dns?.close();
    await pf?.stop();
  });

  it('shows the verdict: who must act, in one sentence, and the next steps in order', async () => {
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-who'), 'sender-it');
    await waitForText(verdict.locator('.verdict-who'), "Who must act: The sender's IT");
    sentence = (await page.getByTestId('verdict-sentence').textContent()) ?? '';
    assert.match(sentence, /^The sender's domain fails e-mail authentication \(SPF, DKIM or DMARC\): kijitora@google\.example\.com/u);
    const steps = await verdict.locator('.verdict-next li').allTextContents();
    assert.equal(steps.length, 3, steps.join('\n'));
    assert.match(steps[0] ?? '', /^Correct the sender domain's DNS/u);
  });

  it('shows the facts support asks for: sender, recipients, exact time with zone, server, queue ID, Message-ID, error text', async () => {
    const facts = page.getByTestId('report-facts');
    const fact = (name: string): Locator => facts.locator(`[data-fact="${name}"] dd`);
    assert.equal(await fact('sender').textContent(), pf?.user);
    assert.equal(await fact('recipients').textContent(), RECIPIENT);
    await waitForText(fact('sentAt'), '13 Nov 2020, 01:42:00 CET [Europe/Stockholm] — 2020-11-13 00:42:00 UTC');
    assert.equal(await fact('outgoingServer').textContent(), `${pf?.hostname}:${pf?.submissionPort}`);
    assert.equal(await fact('queueIds').textContent(), QUEUE_ID);
    assert.equal(await fact('messageId').textContent(), `<${MESSAGE_ID}>`);
    await waitForText(fact('errorText'), '5.7.26');
    assert.equal(await fact('reference').textContent(), REFERENCE);
    // The notes are text, never markup.
    await waitForText(facts.locator('[data-fact="notes"]'), '<script>alert("x")</script>');
    assert.equal(await page.locator('script:not([src])').count(), 0);
  });

  it('lists the findings by severity and which steps ran, with a way back to each', async () => {
    const findings = page.getByTestId('report-findings');
    await findings.locator('.finding[data-finding-id="bounce.delivery.authfailure"]').waitFor();
    assert.equal(await findings.locator('.finding-group').first().getAttribute('data-group'), 'error');
    const steps = page.getByTestId('report-steps');
    const states = await steps
      .locator('.coverage-row')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-step')}:${r.getAttribute('data-state')}`));
    assert.deepEqual(states, ['server:ran', 'send:skipped', 'dns:skipped', 'offline:ran']);
    await waitForText(steps.locator('[data-step="offline"] .meta'), 'Bounce 1 · Server log 1');
    await waitForText(steps.locator('[data-step="dns"] .meta'), 'The DNS and reputation of the domains were not checked (step 4).');
    await steps.getByRole('button', { name: 'Run: DNS & reputation' }).click();
    await page.getByRole('heading', { level: 1, name: 'DNS & reputation' }).waitFor();
    await goToStep(page, /Report/u, 'Report');
    await screenshot(page, 'report-step-en');
  });

  it('reads in Swedish and Norwegian bokmål', async () => {
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    await waitForText(page.getByTestId('report-facts').locator('h2'), 'Uppgifter till supporten');
    await waitForText(page.getByTestId('export-own'), 'Spara HTML');
    await screenshot(page, 'report-step-sv');
    await page.getByLabel('Språk').selectOption('nb');
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    await waitForText(page.getByTestId('export-own'), 'Lagre HTML');
    await waitForText(page.getByTestId('support-panel'), 'Send til kundestøtten');
    await screenshot(page, 'report-step-nb');
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
  });

  it('saves the HTML report: the verdict in it, the script in the notes escaped', async () => {
    savedHtml = await saveAs(page, page.getByTestId('export-own'), 'Save HTML');
    assert.equal(savedHtml.name, `mailpath-report-${REFERENCE}.html`);
    const html = savedHtml.content;
    assert.ok(html.includes('fails e-mail authentication (SPF, DKIM or DMARC)'), 'the verdict is in the file');
    assert.ok(html.includes(QUEUE_ID) && html.includes(MESSAGE_ID));
    assert.ok(html.includes('&lt;script&gt;alert('), 'the notes are escaped');
    assert.ok(!html.includes('<script>alert'), 'no live script from the notes');
    assert.ok(!html.includes(pf?.password ?? '\u0000'), 'no password');
    await waitForText(page.getByTestId('export-own').locator('.export-done'), `Saved as mailpath-report-${REFERENCE}.html.`);
  });

  it('opens the saved HTML back, read-only, and re-renders it in the language on screen', async () => {
    await page
      .locator('#report-open-file')
      .setInputFiles({ name: savedHtml.name, mimeType: 'text/html', buffer: Buffer.from(savedHtml.content) });
    const viewer = page.getByTestId('report-viewer');
    await viewer.waitFor();
    await waitForText(viewer.locator('.viewer-badge'), "Someone else's report · read-only");
    await waitForText(viewer.locator('.viewer-title'), `A report about mail from ${pf?.user}`);
    await waitForText(page.getByTestId('viewer-made'), 'CET');
    await waitForText(page.getByTestId('viewer-origin'), `mailpath-report-${REFERENCE}.html`);
    await waitForText(page.getByTestId('viewer-origin'), 'Mailpath 0.1.0 (bridge)');
    assert.equal(await viewer.getByTestId('verdict-sentence').textContent(), sentence);
    // Read-only: nothing to run or send.
    assert.equal(await viewer.getByRole('button', { name: /Run|Send|Prepare/u }).count(), 0);
    assert.equal(await page.getByTestId('support-panel').count(), 0);

    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    await waitForText(viewer.locator('.viewer-badge'), 'Någon annans rapport · skrivskyddad');
    await waitForText(viewer.getByTestId('verdict-sentence'), 'Avsändarens domän');
    // Its own "not run" notes follow the language too.
    await waitForText(viewer.locator('[data-step="dns.sender"]'), 'Domänernas DNS och rykte kontrollerades inte (steg 4).');
    await screenshot(page, 'report-viewer-sv');
    await page.getByLabel('Språk').selectOption('en');
    await viewer.getByRole('button', { name: 'Close and go back to my case' }).click();
    await page.getByTestId('verdict').waitFor();
    assert.equal(await page.getByTestId('report-viewer').count(), 0);
  });

  it('opens a JSON report dropped anywhere on the step', async () => {
    const json = await saveAs(page, page.getByTestId('export-own'), 'Save JSON');
    assert.equal(json.name, `mailpath-report-${REFERENCE}.json`);
    const parsed = JSON.parse(json.content) as { verdict: { whoMustAct: string }; case: { notes: string } };
    assert.equal(parsed.verdict.whoMustAct, 'sender-it');
    assert.equal(parsed.case.notes, NOTES);
    await dropFile(page.getByTestId('report-step').locator('.verdict-card'), json.name, Buffer.from(json.content), 'application/json');
    await page.getByTestId('report-viewer').waitFor();
    await waitForText(page.getByTestId('viewer-origin'), json.name);
    await page.getByRole('button', { name: 'Close and go back to my case' }).click();
    await page.getByTestId('verdict').waitFor();
  });

  it("prints the report from a frame that runs nothing, styled with the report's own CSS", async () => {
    await page.getByTestId('export-own').getByRole('button', { name: 'Print', exact: true }).click();
    const frame = page.locator('#report-print-frame');
    await frame.waitFor({ state: 'attached' });
    assert.equal(await frame.getAttribute('sandbox'), 'allow-same-origin allow-modals');
    const inside = await frame.evaluate((el) => {
      const doc = (el as HTMLIFrameElement).contentDocument;
      const h1 = doc?.querySelector('h1');
      return {
        text: doc?.body.textContent ?? '',
        scripts: doc?.querySelectorAll('script').length ?? -1,
        sheets: doc?.adoptedStyleSheets.length ?? 0,
        h1Font: h1 && doc?.defaultView ? doc.defaultView.getComputedStyle(h1).fontFamily : '',
      };
    });
    assert.ok(inside.text.includes('fails e-mail authentication'), 'the report is in the print frame');
    assert.ok(inside.text.includes('<script>alert("x")</script>'), 'the notes are shown as text');
    assert.equal(inside.scripts, 0);
    assert.equal(inside.sheets, 1);
    await waitForText(page.getByTestId('export-own').locator('.export-done'), 'Save as PDF');
  });

  it('saves a PDF printed by the host (a local Chromium through the bridge) that reads back with the verdict', async () => {
    const scope = page.getByTestId('export-own');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), scope.getByRole('button', { name: 'Save PDF', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^mailpath-report-.*\.pdf$/);
    const path = await download.path();
    const bytes = await readFile(path);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    assert.match(text.replace(/\s+/g, ' '), /fails e-mail authentication/);
    assert.ok(text.includes('<script>alert("x")</script>'), 'the notes are printed as text, not run');
  });

  it('sends the report to support after showing it, through the tested server, to the loopback mailbox', async () => {
    const server = pf;
    assert.ok(server);
    const panel = page.getByTestId('support-panel');
    assert.equal(await panel.getByLabel('Support address').inputValue(), `postmaster@${server.domain}`);
    await panel.getByRole('button', { name: 'Prepare the e-mail…' }).click();
    const dialog = page.getByTestId('support-dialog');
    await waitForText(dialog.getByTestId('mail-to'), `postmaster@${server.domain}`);
    await waitForText(dialog.getByTestId('mail-subject'), REFERENCE);
    await waitForText(dialog.getByTestId('mail-body'), 'fails e-mail authentication');
    await waitForText(dialog.locator('.attachment-list'), `mailpath-report-${REFERENCE}.html`);
    await waitForText(
      dialog.locator('.mail-route'),
      `Sent through ${server.hostname}:${server.submissionPort} (STARTTLS), signed in as ${server.user}.`,
    );
    const mailto = (await dialog.getByTestId('mailto').getAttribute('href')) ?? '';
    assert.ok(mailto.startsWith(`mailto:postmaster%40${server.domain}?subject=Mail%20delivery%20problem`), mailto.slice(0, 120));
    // Short enough for the app's guard on links to other programs (2048), the body cut with "…".
    assert.ok(mailto.length <= 2048, `mailto link of ${mailto.length} characters`);
    assert.match(decodeURIComponent(mailto.split('&body=')[1] ?? ''), /^Hello,\n\nA message from [\s\S]*\n…$/u);
    // The password is in memory from step 2: not asked again.
    assert.equal(await dialog.locator('input[type="password"]').count(), 0);
    // The dialog as it is seen: the viewport, with the page dimmed behind it.
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'report-support-dialog-en.png') });
    // Nothing was sent just by looking.
    assert.equal(await server.readMailbox('postmaster'), '');

    await dialog.getByRole('button', { name: `Send to postmaster@${server.domain}` }).click();
    const result = dialog.getByTestId('send-result');
    await result.waitFor({ timeout: 30_000 });
    assert.equal(await result.getAttribute('data-accepted'), 'yes');
    const queueId = (await dialog.getByTestId('send-queue-id').textContent()) ?? '';
    assert.match(queueId, /^[0-9A-Za-z]{6,}$/u);
    const mailbox = await server.waitForMail(REFERENCE, { local: 'postmaster', timeoutMs: 30_000 });
    assert.match(mailbox, /filename="?mailpath-report-CS-2020-1113\.html/u);
    assert.ok(mailbox.includes('fails e-mail authentication') || mailbox.includes('fails e-mail=\n authentication'));
    assert.ok(!mailbox.includes(server.password), 'the password is not in the mail');
    const log = await server.waitForLog(
      new RegExp(`${queueId}: to=<postmaster@${server.domain.replace(/\./gu, '\\.')}>.*status=sent`, 'u'),
    );
    assert.ok(log.includes(queueId));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await waitForText(panel.getByTestId('support-last'), `Sent to postmaster@${server.domain}`);
    await waitForText(panel.getByTestId('support-last'), `Queue ID at the outgoing server: ${queueId}.`);
  });

  it('asks for the password when step 2 holds none, uses it for that one mail and keeps it nowhere', async () => {
    const server = pf;
    assert.ok(server && bridge);
    await goToStep(page, /Outgoing server/u, 'Outgoing server');
    await page.locator('#server-password').fill('');
    await goToStep(page, /Report/u, 'Report');
    await page.getByTestId('support-panel').getByRole('button', { name: 'Prepare the e-mail…' }).click();
    const dialog = page.getByTestId('support-dialog');
    const password = dialog.getByLabel(`Password for ${server.user}`);
    await password.waitFor();
    const send = dialog.getByRole('button', { name: `Send to postmaster@${server.domain}` });
    assert.equal(await send.isDisabled(), true, 'no sending without the password');
    await password.fill(server.password);
    await send.click();
    await dialog.getByTestId('send-result').waitFor({ timeout: 30_000 });
    assert.equal(await dialog.getByTestId('send-result').getAttribute('data-accepted'), 'yes');
    const deadline = Date.now() + 30_000;
    // mbox: one "From " line per message delivered.
    while (((await server.readMailbox('postmaster')).match(/^From /gmu) ?? []).length < 2) {
      assert.ok(Date.now() < deadline, 'the second report did not arrive');
      await new Promise((r) => setTimeout(r, 200));
    }
    await dialog.getByRole('button', { name: 'Done' }).click();
    // Forgotten: not in step 2, not in the next dialog, not in the saved case.
    await page.getByTestId('support-panel').getByRole('button', { name: 'Prepare the e-mail…' }).click();
    assert.equal(await page.getByTestId('support-dialog').getByLabel(`Password for ${server.user}`).inputValue(), '');
    await page.getByTestId('support-dialog').getByRole('button', { name: 'Close' }).click();
    await goToStep(page, /Outgoing server/u, 'Outgoing server');
    assert.equal(await page.locator('#server-password').inputValue(), '');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    assert.ok(
      !(await readFile(join(bridge.configDir, 'state.json'), 'utf8')).includes(server.password),
      'the password is not in the saved case',
    );
    await page.locator('#server-password').fill(server.password);
    await goToStep(page, /Report/u, 'Report');
  });

  it('cancels "Run everything" without storing anything', async () => {
    const runAll = page.getByTestId('run-all');
    // Every DNS answer now takes 5 s, so the run is still going when Cancel is pressed.
    dns?.setDelay(5000);
    try {
      await runAll.getByRole('button', { name: 'Run everything' }).click();
      await runAll.locator('.progress-row[data-state="running"]').first().waitFor();
      await runAll.getByRole('button', { name: 'Cancel' }).click();
      await runAll.locator('.op-error[data-code="cancelled"]').waitFor({ timeout: 15_000 });
    } finally {
      dns?.setDelay(0);
    }
    const states = await page
      .getByTestId('report-steps')
      .locator('.coverage-row')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-step')}:${r.getAttribute('data-state')}`));
    assert.deepEqual(states, ['server:ran', 'send:skipped', 'dns:skipped', 'offline:ran']);
  });

  it('runs everything in one go, with progress per step, and stores what it found', async () => {
    const runAll = page.getByTestId('run-all');
    await runAll.getByRole('button', { name: 'Run everything' }).click();
    const progress = runAll.locator('.step-progress-list');
    await progress.waitFor();
    const names = await progress.locator('.progress-name').allTextContents();
    assert.ok(names.includes('Testing the outgoing server'), names.join(', '));
    assert.ok(names.includes("DNS and reputation of the sender's domain"), names.join(', '));
    await runAll.getByTestId('run-all-diff').waitFor({ timeout: 90_000 });
    assert.equal(await progress.locator('[data-step="smtp.probe"]').getAttribute('data-state'), 'done');
    const states = await page
      .getByTestId('report-steps')
      .locator('.coverage-row')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-step')}:${r.getAttribute('data-state')}`));
    assert.deepEqual(states, ['server:ran', 'send:ran', 'dns:ran', 'offline:ran']);
    // The offline step's own results are kept as it stored them.
    await waitForText(page.getByTestId('report-steps').locator('[data-step="offline"] .meta'), 'Bounce 1 · Server log 1');
    await waitForText(page.getByTestId('report-steps').locator('.diagnose-steps'), '“Run everything” last ran');
    await screenshot(page, 'report-step-after-run-en');
    assert.deepEqual(app?.problems ?? [], [], 'no console errors, page errors or CSP violations');
  });
});
