/**
 * Steps 2 and 3 in a real Chromium against the built browser bridge, with a real Postfix on
 * loopback (submission with STARTTLS and AUTH through Dovecot) and an in-process DNS server that
 * maps the Postfix host name to 127.0.0.1. "Find it for me" reads pasted headers (web off, no
 * connection attempts to the hosts they name) and, with the probe on, tells which server answers;
 * the server is then entered by hand, checked without sending, and a test message is sent and
 * lands in the mailbox. The password must never appear on the page, in localStorage or in any
 * file the bridge wrote. Screenshots in English, Swedish and bokmål go to test-artifacts/.
 * Needs `node scripts/build.mjs renderer bridge` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startDnsTestServer, type DnsTestServer } from '../helpers/dns-test-server.ts';
import { startPostfix, type PostfixServer } from '../helpers/postfix.ts';
import { launchChromium, openApp, ROOT, screenshot, startBridge, type AppPage, type RunningBridge } from '../helpers/browser.ts';

const PASSWORD = 'Corr3ct-Horse-e2e-9f4d';

async function waitForText(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.count()) > 0 ? await locator.first().innerText() : '') ?? '';
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  return assert.fail(`expected ${String(expected)} in ${locator.toString()}, found "${last}"`);
}

/** Every form the password can take on the wire (RFC 4616 PLAIN with and without authzid, LOGIN). */
function secretForms(user: string): string[] {
  const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
  return [PASSWORD, b64(PASSWORD), b64(`\u0000${user}\u0000${PASSWORD}`), b64(`${user}\u0000${user}\u0000${PASSWORD}`)];
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

describe('outgoing server and send test steps (end to end, Chromium + bridge + Postfix)', { timeout: 300_000 }, () => {
  let pf: PostfixServer;
  let dns: DnsTestServer;
  let bridge: RunningBridge | undefined;
  let browser: Browser | undefined;
  let app: AppPage;
  let page: Page;
  let queueId = '';

  before(async () => {
    pf = await startPostfix({ password: PASSWORD });
    dns = await startDnsTestServer({
      zone: {
        [pf.hostname]: [{ type: 'A', data: '127.0.0.1' }],
        // RFC 6186 SRV for the sender's domain. The target is an address literal on purpose: the
        // reachability probe connects by name through the operating system, and a test must not
        // send its names to the machine's resolver.
        [`_submission._tcp.${pf.domain}`]: [{ type: 'SRV', data: { priority: 0, weight: 1, port: pf.submissionPort, target: '127.0.0.1' } }],
      },
    });
    bridge = await startBridge();
    browser = await launchChromium();
    app = await openApp(browser, bridge, { locale: 'en-GB', timezoneId: 'Europe/Oslo', viewport: { width: 1280, height: 900 } });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bridge.origin });
    page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
  });

  after(async () => {
    await app?.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await bridge?.stop();
    await dns?.close();
    await pf?.stop();
  });

  it('takes a case from the sender alice to the mailbox bob', async () => {
    await page.getByLabel('Sender', { exact: true }).fill(pf.user);
    await page.getByLabel('Recipient 1', { exact: true }).fill(pf.mailboxAddress);
    await page.getByLabel('When it was sent').fill('2025-03-14T09:30');
    await page.getByLabel('The message bounced').check();
    await page.getByLabel('Case reference').fill('INC-2042');
    await page.getByRole('button', { name: 'Next: Outgoing server' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outgoing server' }).waitFor();
  });

  it('finds the submission server in pasted headers, with the evidence one click away, and uses it', async () => {
    await page.locator('summary', { hasText: 'Advanced: DNS servers and trusted certificates' }).click();
    await page.getByLabel('DNS servers').fill(`127.0.0.1:${dns.port}`);
    const headers = await readFile(join(ROOT, 'test/fixtures/headers/postfix-amavis-lmtp.eml'), 'utf8');
    await page.getByLabel('Headers of a message the sender sent').fill(headers);
    await page.getByLabel("Look up the domain's autoconfiguration on the web").uncheck();
    await page.getByLabel('Check whether each server answers from this network').uncheck();
    await page.getByRole('button', { name: 'Find it for me' }).click();

    const list = page.getByRole('list', { name: 'Servers found' });
    await list.waitFor();
    const first = list.getByRole('listitem').first();
    assert.equal(await first.getAttribute('data-candidate'), 'smtp.example.se:587', 'the headers rank first');
    const text = await first.innerText();
    assert.match(text, /STARTTLS/u);
    assert.match(text, /Headers of a sent message/u);
    assert.match(text, /Not checked/u, 'no connection was attempted');
    assert.ok(await list.locator('[data-candidate="127.0.0.1:' + pf.submissionPort + '"]').count(), 'the SRV record is a candidate too');

    await first.getByRole('button', { name: /Show the evidence/u }).click();
    await waitForText(first.locator('.evidence'), 'Received');
    await screenshot(page, 'smtp-server-found-en');

    await first.getByRole('button', { name: /Use this server/u }).click();
    assert.equal(await page.getByLabel('Server', { exact: true }).inputValue(), 'smtp.example.se');
    assert.equal(await page.getByLabel('Port', { exact: true }).inputValue(), '587');
    assert.equal(await page.getByLabel('Security', { exact: true }).inputValue(), 'starttls');
    await waitForText(page.getByTestId('chosen-server'), 'smtp.example.se:587');
    await waitForText(first, 'In use');
  });

  it('says which servers answer from this network', async () => {
    await page.getByLabel('Headers of a message the sender sent').fill('');
    await page.getByLabel('Check whether each server answers from this network').check();
    await page.getByRole('button', { name: 'Search again' }).click();
    const candidate = page.locator(`[data-candidate="127.0.0.1:${pf.submissionPort}"]`);
    const reach = await waitForText(candidate.locator('.reach'), /Answers \(\d+ ms\)/u);
    assert.match(reach, new RegExp(`220 ${pf.hostname.replace(/\./gu, '\\.')}`, 'u'), 'the greeting is shown');
    assert.equal(await page.locator('[data-candidate="smtp.example.se:587"]').count(), 0, 'no headers, no header candidate');
  });

  it('reads the headers from a chosen file as well', async () => {
    await page.getByLabel('Check whether each server answers from this network').uncheck();
    await page.locator('.headers-field input[type="file"]').setInputFiles(join(ROOT, 'test/fixtures/headers/gmail-workspace.eml'));
    await waitForText(page.locator('.headers-file'), 'gmail-workspace.eml');
    await page.getByRole('button', { name: 'Search again' }).click();
    await waitForText(page.getByRole('list', { name: 'Servers found' }).getByRole('listitem').first(), 'smtp.gmail.com:587');
    await page.locator('.headers-file').getByRole('button', { name: 'Remove' }).click();
    await page.getByLabel('Headers of a message the sender sent').waitFor();
    await page.getByLabel('Check whether each server answers from this network').check();
  });

  it('takes the server by hand, with the port explained, the CA and a password that is said never to be saved', async () => {
    await page.getByLabel('Server', { exact: true }).fill(pf.hostname);
    await page.getByLabel('Port', { exact: true }).fill(String(pf.submissionPort));
    await waitForText(page.locator('.port-note'), `Port ${pf.submissionPort} is not a standard mail submission port`);
    await page.getByLabel('Port', { exact: true }).fill('587');
    await waitForText(page.locator('.port-note'), 'Port 587 is the submission port');
    await page.getByLabel('Port', { exact: true }).fill(String(pf.submissionPort));
    await page.getByLabel('Security', { exact: true }).selectOption('starttls');
    await page.getByLabel('User name').fill(pf.user);
    const password = page.locator('#server-password');
    assert.equal(await password.getAttribute('type'), 'password');
    await password.fill(PASSWORD);
    await waitForText(page.locator('#server-password-note'), 'Mailpath never saves the password');
    await page.getByLabel('Extra trusted CA (PEM)').fill(pf.certPem);
    await waitForText(page.getByTestId('chosen-server'), `${pf.hostname}:${pf.submissionPort}`);

    // Presets come from the discovery's provider table.
    const presets = await page.locator('#server-preset option').allInnerTexts();
    assert.ok(presets.some((p) => p.includes('Microsoft 365') && p.includes('smtp.office365.com:587')));
    assert.ok(presets.some((p) => p.includes('Google Workspace') && p.includes('smtp.gmail.com:465')));
    assert.ok(presets.some((p) => p.includes('One.com') && p.includes('send.one.com:465')));
    await screenshot(page, 'smtp-server-step-en');
  });

  it('checks the server without sending: a live transcript with the greeting and hidden credentials, phases and TLS', async () => {
    await page.getByRole('button', { name: 'Next: Send test' }).click();
    await page.getByRole('heading', { level: 1, name: 'Send test' }).waitFor();
    await waitForText(page.getByTestId('test-server'), `${pf.hostname}:${pf.submissionPort}`);
    // Seen while the run is going: lines on screen under the "Live" badge, before any result.
    await page.evaluate(() => {
      const w = window as unknown as { sawLive: boolean };
      w.sawLive = false;
      new MutationObserver(() => {
        if (document.querySelector('.live-badge') && document.querySelectorAll('.tl').length > 0) w.sawLive = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Check the server (sends nothing)' }).click();
    await page.getByRole('heading', { name: `What the check found at ${pf.hostname}:${pf.submissionPort}` }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { sawLive: boolean }).sawLive), true, 'the transcript streamed in');

    const transcript = page.getByRole('log', { name: 'SMTP conversation' });
    const text = await transcript.innerText();
    assert.match(text, new RegExp(`S:\\s+220 ${pf.hostname.replace(/\./gu, '\\.')}`, 'u'), 'the greeting');
    assert.match(text, /C:\s+STARTTLS/u);
    assert.match(text, /AUTH PLAIN \[credentials hidden\]|\[credentials hidden\]/u);
    assert.ok((await transcript.locator('mark.redacted').count()) > 0, 'the marker is highlighted');
    assert.match(text, /\d{2}:\d{2}:\d{2}[.,]\d{3}/u, 'lines carry timestamps');
    assert.match(text, /RSET/u);
    assert.doesNotMatch(text, /DATA/u, 'the check never sends a message');

    for (const phase of ['tls', 'auth', 'rcpt']) {
      assert.equal(await page.locator(`.phase[data-phase="${phase}"]`).first().getAttribute('data-status'), 'ok', phase);
    }
    const tls = await page.locator('.tls-details').innerText();
    assert.match(tls, /TLSv1\.[23]/u);
    assert.match(tls, new RegExp(`CN=${pf.hostname.replace(/\./gu, '\\.')}`, 'u'));
    assert.match(tls, /Self-signed\s+Yes/u);
    assert.match(tls, /Trusted/u, 'trusted through the CA given');
  });

  it('sends the test message, shows the queue ID with a copy button, and the message arrives', async () => {
    await page.getByRole('button', { name: 'Send test message' }).click();
    const id = page.getByTestId('queue-id');
    await id.waitFor({ timeout: 30_000 });
    queueId = (await id.innerText()).trim();
    assert.match(queueId, /^[0-9A-Za-z]{6,}$/u);
    const messageId = (await page.getByTestId('message-id').innerText()).trim();
    const mail = await pf.waitForMail(messageId.replace(/^<|>$/gu, ''), { local: 'bob', timeoutMs: 20_000 });
    assert.match(mail, /X-Mailpath-Case: /u);
    assert.ok(mail.includes(queueId), 'the queue ID is in the Received header Postfix wrote');

    await page.getByRole('button', { name: 'Copy' }).click();
    await waitForText(page.locator('.copy-status'), 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), queueId);

    const transcript = await page.getByRole('log', { name: 'SMTP conversation' }).innerText();
    assert.match(transcript, /Test message/u, 'the message session follows the check');
    assert.ok(transcript.includes(queueId), 'the queued reply is in the transcript');
    const sendFindings = page.locator('section', { has: page.getByRole('heading', { name: 'How the test message went' }) });
    await sendFindings.getByRole('button', { name: /Show all/u }).click();
    assert.equal(await sendFindings.locator('[data-finding-id="smtp.send.queued"]').count(), 1);
    await waitForText(sendFindings, queueId);
    await screenshot(page, 'smtp-send-step-en');
  });

  it('never shows the password on the page, nor keeps it in localStorage or any file the bridge wrote', async () => {
    const forms = secretForms(pf.user);
    const pageText = await page.locator('body').innerText();
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    assert.match(storage, new RegExp(pf.hostname.replace(/\./gu, '\\.'), 'u'), 'the server is in the recent list');
    const files = await filesUnder(bridge?.configDir ?? '');
    assert.ok(files.some((f) => f.endsWith('state.json')));
    for (const file of files) {
      const content = await readFile(file, 'utf8');
      for (const form of forms) assert.ok(!content.includes(form), `${file} holds the password`);
    }
    for (const form of forms) {
      assert.ok(!pageText.includes(form), 'password on the page');
      assert.ok(!storage.includes(form), 'password in localStorage');
      assert.ok(!(bridge?.output() ?? '').includes(form), 'password in the bridge output');
    }

    const state = JSON.parse(await readFile(join(bridge?.configDir ?? '', 'state.json'), 'utf8')) as {
      draft: { facts: { outgoingServer: string; queueIds: string[]; messageId: string }; results: Record<string, unknown> };
    };
    assert.equal(state.draft.facts.outgoingServer, `${pf.hostname}:${pf.submissionPort}`);
    assert.ok(state.draft.facts.queueIds.includes(queueId));
    assert.match(state.draft.facts.messageId, /@/u);
    for (const key of ['server.find', 'smtp.probe', 'smtp.send']) assert.ok(state.draft.results[key], key);
  });

  it('shows the steps in Swedish and bokmål', async () => {
    for (const [lang, serverTitle, sendTitle, again, answers] of [
      ['sv', 'Utgående server', 'Testutskick', 'Sök igen', /Svarar \(\d+ ms\)/u],
      ['nb', 'Utgående server', 'Testsending', 'Søk på nytt', /Svarer \(\d+ ms\)/u],
    ] as const) {
      await page.locator('#lang-select').selectOption(lang);
      await page.getByRole('heading', { level: 1, name: sendTitle }).waitFor();
      await waitForText(page.getByRole('log'), '[credentials hidden]');
      assert.equal(await page.getByTestId('queue-id').innerText(), queueId);
      await screenshot(page, `smtp-send-step-${lang}`);

      await page.getByRole('navigation').getByRole('button', { name: new RegExp(serverTitle, 'u') }).click();
      await page.getByRole('heading', { level: 1, name: serverTitle }).waitFor();
      await page.getByRole('button', { name: again }).click();
      await waitForText(page.locator(`[data-candidate="127.0.0.1:${pf.submissionPort}"] .reach`), answers);
      await screenshot(page, `smtp-server-step-${lang}`);
      await page.getByRole('navigation').getByRole('button', { name: new RegExp(sendTitle, 'u') }).click();
    }
    await page.locator('#lang-select').selectOption('en');
  });

  it('shows a refused login as an error finding, with the phase marked', async () => {
    await page.locator('#smtp-password').fill('Wrong-Passw0rd-e2e');
    await page.getByRole('button', { name: 'Check the server (sends nothing)' }).click();
    const auth = page.locator('[data-finding-id="smtp.auth.refused"]');
    await auth.waitFor({ timeout: 30_000 });
    assert.equal(await auth.getAttribute('data-status'), 'error');
    assert.match(await auth.innerText(), /535/u);
    assert.equal(await page.locator('.phase[data-phase="auth"]').getAttribute('data-status'), 'error');
    assert.ok(!(await page.locator('body').innerText()).includes('Wrong-Passw0rd-e2e'));
    const state = await readFile(join(bridge?.configDir ?? '', 'state.json'), 'utf8');
    assert.ok(!state.includes('Wrong-Passw0rd-e2e') && !state.includes(Buffer.from('Wrong-Passw0rd-e2e').toString('base64')));
    await page.locator('#smtp-password').fill(PASSWORD);
  });

  it('stops a test that hangs when Cancel is pressed, and says it was cancelled', async () => {
    // The server's name now never resolves: the DNS server drops every question for it.
    dns.setFaults({ [pf.hostname]: { drop: true } });
    try {
      await page.getByRole('button', { name: 'Check the server (sends nothing)' }).click();
      await page.locator('.live-badge').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('.op-error[data-code="cancelled"]').waitFor();
      assert.equal(await page.locator('.live-badge').count(), 0, 'the run has ended');
      assert.ok(await page.getByRole('button', { name: 'Check the server (sends nothing)' }).isEnabled());
    } finally {
      dns.setFaults({});
    }
  });

  it('after a reload keeps the server and the results, and asks for the password again', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Case' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: /Send test/u }).click();
    await waitForText(page.getByTestId('test-server'), `${pf.hostname}:${pf.submissionPort}`);
    assert.equal(await page.getByTestId('queue-id').innerText(), queueId);
    assert.equal(await page.locator('#smtp-password').inputValue(), '', 'the password was not kept');
    await waitForText(page.locator('#smtp-password-note'), 'Type the password');
    await waitForText(page.getByRole('log'), `220 ${pf.hostname}`);
  });

  it('fits a narrow window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('queue-id').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(page, 'smtp-send-step-narrow-en');
    await page.getByRole('navigation').getByRole('button', { name: /Outgoing server/u }).click();
    await page.getByRole('heading', { level: 1, name: 'Outgoing server' }).waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
    await screenshot(page, 'smtp-server-step-narrow-en');
  });

  it('logged no console errors, page errors or CSP violations', () => {
    assert.deepEqual(app.problems, []);
  });
});
