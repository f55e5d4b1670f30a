import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { requirePostfixBinaries, startPostfix, type PostfixServer } from '../../../helpers/postfix.ts';
import { traceLogs } from '../../../../electron/engine/offline/logs/index.ts';
import { readMbox } from '../../../../electron/engine/offline/bounce/index.ts';

/**
 * The tracer against the log a real Postfix writes (its own `maillog_file`, through postlogd):
 * one message submitted with SASL and delivered into a local mailbox, one refused at RCPT time
 * (NOQUEUE), and two handed to sendmail(1) (pickup) that the test server's transport map bounces
 * and defers — the fates the issue asks to see from a real server.
 */

/** Submits a message through Postfix's sendmail(1) into the instance's pickup queue. */
function sendmailCommand(confDir: string, from: string, to: string, messageId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('/usr/sbin/sendmail', ['-C', confDir, '-f', from, to], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`sendmail exited ${String(code)}: ${err}`))));
    p.stdin.end(`From: ${from}\nTo: ${to}\nSubject: test\nMessage-ID: <${messageId}>\n\nhello\n`);
  });
}
describe('traceLogs on a real Postfix log', () => {
  let pf: PostfixServer;

  before(async () => {
    requirePostfixBinaries();
    pf = await startPostfix();
    const submit = nodemailer.createTransport({
      host: pf.host,
      port: pf.submissionPort,
      secure: false,
      requireTLS: true,
      auth: { user: pf.user, pass: pf.password },
      tls: { rejectUnauthorized: false },
    });
    try {
      await submit.sendMail({
        from: pf.user,
        to: `bob@${pf.domain}`,
        subject: 'delivered',
        text: 'hello',
        messageId: '<delivered-1@mailpath.test>',
      });
      // smtpd refuses error-transport destinations at RCPT time: a NOQUEUE reject in the log.
      await assert.rejects(submit.sendMail({ from: pf.user, to: 'refused@bounce.test', subject: 'refused', text: 'hello' }));
    } finally {
      submit.close();
    }
    const conf = join(pf.dir, 'conf');
    await sendmailCommand(conf, pf.user, 'nobody@bounce.test', 'bounced-1@mailpath.test');
    await sendmailCommand(conf, pf.user, 'somebody@defer.test', 'deferred-1@mailpath.test');
    await pf.waitForLog(/to=<bob@[^>]+>.*status=sent/u, 20_000);
    await pf.waitForLog(/to=<nobody@bounce\.test>.*status=bounced/u, 20_000);
    await pf.waitForLog(/to=<somebody@defer\.test>.*status=deferred/u, 20_000);
  });

  after(async () => {
    await pf?.stop();
  });

  it('follows the delivered message from the SASL login to the mailbox', async () => {
    const r = await traceLogs([pf.logFile], { timeZone: 'UTC', to: `bob@${pf.domain}` });
    assert.equal(r.format, 'postfix');
    const m = r.messages.find((x) => x.messageId === 'delivered-1@mailpath.test');
    assert.ok(m, `no message for bob in ${r.linesRead} lines`);
    assert.equal(m.from, pf.user);
    assert.equal(m.saslUser, pf.user);
    assert.equal(m.recipients[0]?.status, 'delivered');
    assert.ok(r.findings.some((f) => f.id === 'log.delivered-local'));
  });

  it('finds the bounce with the DSN code and the report back to the sender', async () => {
    const r = await traceLogs([pf.logFile], { timeZone: 'UTC', messageId: 'bounced-1@mailpath.test' });
    const rcpt = r.messages[0]?.recipients[0];
    assert.equal(rcpt?.status, 'bounced');
    assert.match(rcpt?.dsn ?? '', /^5\./u);
    assert.ok(r.messages[0]?.notification, 'the non-delivery notification queue ID');
    assert.equal(r.findings[0]?.id, 'log.bounced');
  });

  it('finds the deferral still waiting in the queue', async () => {
    const r = await traceLogs([pf.logFile], { timeZone: 'UTC', to: 'somebody@defer.test' });
    const rcpt = r.messages[0]?.recipients[0];
    assert.equal(rcpt?.status, 'deferred');
    assert.match(rcpt?.dsn ?? '', /^4\./u);
    assert.equal(r.findings[0]?.id, 'log.deferred');
  });

  it('finds the refusal at RCPT time as a message that never got a queue ID', async () => {
    const r = await traceLogs([pf.logFile], { timeZone: 'UTC', to: 'refused@bounce.test' });
    assert.equal(r.messages[0]?.id, 'NOQUEUE');
    assert.equal(r.messages[0]?.recipients[0]?.status, 'rejected');
    assert.equal(r.findings[0]?.id, 'log.rejected');
  });

  it('reads every line of the real log', async () => {
    const r = await traceLogs([pf.logFile], { timeZone: 'UTC' });
    assert.equal(r.linesSkipped, 0, (await pf.readLog()).split('\n').slice(0, 5).join('\n'));
    assert.ok(r.messages.length >= 3);
  });

  it('reads the bounce Postfix itself sent back to the sender, and ties it to the log', async () => {
    const mailbox = await pf.waitForMail('bounced-1@mailpath.test', { local: 'alice', timeoutMs: 20_000 });
    const bounces = (await readMbox(mailbox, 'en')).filter((b) => b.kind === 'bounce');
    const b = bounces.find((x) => x.deliveries.some((d) => d.recipient === 'nobody@bounce.test'));
    assert.ok(b, 'a bounce for nobody@bounce.test');
    const d = b.deliveries.find((x) => x.recipient === 'nobody@bounce.test');
    assert.match(d?.status ?? '', /^5\.1\.1$/);
    assert.equal(d?.action, 'failed');
    assert.equal(d?.reason, 'userunknown');
    assert.equal(b.original.messageId?.replace(/^<|>$/g, ''), 'bounced-1@mailpath.test');
    const trace = await traceLogs([pf.logFile], { timeZone: 'UTC', messageId: 'bounced-1@mailpath.test' });
    assert.equal(trace.messages[0]?.recipients[0]?.status, 'bounced');
  });
});
