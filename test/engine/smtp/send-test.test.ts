import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sendTestMessage, type SendTestParams } from '../../../electron/engine/smtp/send-test.ts';
import { startPostfix, type PostfixServer } from '../../helpers/postfix.ts';
import { startFaultServer, type Fault } from '../../helpers/smtp-fault-server.ts';
import type { ZoneResolver } from '../../helpers/zone-resolver.ts';
import { finding, loopbackZone, timed } from './support.ts';

describe('smtp sendTestMessage through a real Postfix', () => {
  let pf: PostfixServer;
  let resolver: ZoneResolver;
  before(async () => {
    pf = await startPostfix();
    resolver = loopbackZone(pf.hostname);
  });
  after(async () => pf?.stop());

  const send = (p: Partial<SendTestParams>, lang: 'en' | 'sv' | 'nb' = 'en') =>
    sendTestMessage(
      {
        host: pf.hostname,
        port: pf.submissionPort,
        security: 'starttls',
        user: pf.user,
        password: pf.password,
        from: pf.user,
        to: [pf.mailboxAddress],
        caseId: 'case-42',
        reference: 'INC-1001',
        ca: pf.certPem,
        timeoutMs: 10_000,
        ...p,
      },
      { lang, resolver },
    );

  it('delivers a test message to the mailbox with its Message-ID and case header, and reads the queue ID', async () => {
    const r = await send({}, 'sv');
    const queued = finding(r.findings, 'smtp.send.queued');
    assert.match(r.response ?? '', /^250 2\.0\.0 Ok: queued as [0-9A-Za-z]+$/);
    assert.equal(r.queueIdFormat, 'postfix');
    assert.equal(queued.params?.['queueId'], r.queueId);
    assert.match(r.messageId, /^<mailpath\.[0-9a-f-]{36}@example\.test>$/);
    assert.deepEqual(r.accepted, [pf.mailboxAddress]);
    assert.equal(r.subject, 'Mailpath leveranstest – ärende INC-1001');

    const box = await pf.waitForMail(r.messageId);
    assert.match(box, new RegExp(`^Message-ID: ${r.messageId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'mi'));
    assert.match(box, /^X-Mailpath-Case: case-42$/m);
    assert.match(box, /^X-Mailpath-Reference: INC-1001$/m);
    assert.match(box, /leveranstest som skickats med Mailpath/);
    // The queue ID is the one Postfix logged for this message: what the provider would search for.
    const log = await pf.waitForLog(new RegExp(`${r.queueId}: message-id=`));
    assert.ok(log.includes(`${r.queueId}: message-id=${r.messageId}`));

    const lines = r.transcript.map((l) => `${l.dir} ${l.line}`);
    assert.ok(
      lines.some((l) => l.startsWith(`s 220 ${pf.hostname}`)),
      'the greeting is in the transcript',
    );
    const ehlo = lines.findIndex((l) => l.startsWith('c EHLO'));
    assert.ok(ehlo >= 0 && ehlo < lines.indexOf('c STARTTLS'), 'the EHLO before STARTTLS is in the transcript');
    assert.ok(lines.includes('c X-Mailpath-Case: case-42'));
    assert.deepEqual(
      r.steps.map((s) => s.name),
      ['dns', 'send'],
    );
  });

  it('refuses to send through an untrusted certificate unless told to accept it', async () => {
    const refused = await send({ ca: undefined });
    const f = finding(refused.findings, 'smtp.send.certificate');
    assert.equal(f.params?.['reason'], 'DEPTH_ZERO_SELF_SIGNED_CERT');
    const accepted = await send({ ca: undefined, acceptUntrustedCertificate: true });
    finding(accepted.findings, 'smtp.send.queued');
  });

  it('reports a wrong password with the server’s code', async () => {
    const r = await send({ password: 'wrong-password' });
    const f = finding(r.findings, 'smtp.auth.refused');
    assert.equal(f.params?.['code'], 535);
    assert.equal(f.params?.['user'], pf.user);
  });

  it('reports an unknown recipient with 550 5.1.1', async () => {
    const r = await send({ to: [`nobody@${pf.domain}`] });
    const f = finding(r.findings, 'smtp.rcpt.unknown');
    assert.equal(f.params?.['address'], `nobody@${pf.domain}`);
    assert.match(String(f.params?.['reply']), /^550 5\.1\.1/);
    assert.deepEqual(r.rejected, [`nobody@${pf.domain}`]);
  });

  it('sends to the extra address too and reports the refused one among several', async () => {
    const r = await send({ extraTo: [`nobody@${pf.domain}`] });
    finding(r.findings, 'smtp.send.queued');
    const partial = finding(r.findings, 'smtp.send.partial');
    assert.equal(partial.params?.['rejected'], `nobody@${pf.domain}`);
  });
});

describe('smtp sendTestMessage against faulty servers', () => {
  const HOST = 'mail.fault.test';
  const resolver = loopbackZone(HOST);
  async function sendFault(fault: Fault, timeoutMs = 1500, trickleMs?: number) {
    const server = await startFaultServer({ fault, ...(trickleMs !== undefined ? { trickleMs } : {}) });
    try {
      const { value, ms } = await timed(() =>
        sendTestMessage(
          {
            host: HOST,
            port: server.port,
            security: 'auto',
            from: 'alice@sender.test',
            to: ['bob@recipient.test'],
            caseId: 'c-1',
            timeoutMs,
          },
          { lang: 'en', resolver },
        ),
      );
      return { result: value, ms, server };
    } finally {
      await server.close();
    }
  }

  it('reports a connection dropped during DATA', async () => {
    const { result } = await sendFault('drop-in-data');
    const f = finding(result.findings, 'smtp.dropped');
    assert.equal(f.params?.['step'], 'data');
  });

  it('reports greylisting of the recipient', async () => {
    const { result } = await sendFault('greylist-rcpt');
    const f = finding(result.findings, 'smtp.rcpt.greylisted');
    assert.equal(f.params?.['address'], 'bob@recipient.test');
  });

  it('gives up on a silent server at the greeting limit', async () => {
    const { result, ms } = await sendFault('no-greeting');
    assert.equal(finding(result.findings, 'smtp.timeout').params?.['step'], 'greeting');
    assert.ok(ms < 4000, `took ${ms} ms`);
  });

  it('gives up on a server that trickles one byte a second, which nodemailer alone would wait on', async () => {
    const { result, ms } = await sendFault('trickle', 2000, 1000);
    assert.equal(finding(result.findings, 'smtp.timeout').params?.['step'], 'greeting');
    assert.ok(ms < 4500, `took ${ms} ms`);
  });

  it('reports the message accepted by a server that gives a queue ID of its own format', async () => {
    const { result } = await sendFault('normal');
    assert.equal(result.queueId, 'FAULT1234');
  });
});
