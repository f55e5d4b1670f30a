import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probeSubmission } from '../../../electron/engine/smtp/probe-submission.ts';
import type { SubmissionParams } from '../../../electron/engine/smtp/types.ts';
import { freePort } from '../../helpers/postfix.ts';
import { makeTestPki, startFaultServer, type Fault, type TestPki } from '../../helpers/smtp-fault-server.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';
import { finding, loopbackZone, timed } from './support.ts';

const HOST = 'mail.fault.test';
const resolver = loopbackZone(HOST);

async function probeFault(
  fault: Fault,
  params: Partial<SubmissionParams> = {},
  extra: { tls?: { key: string; cert: string }; trickleMs?: number } = {},
) {
  const server = await startFaultServer({ fault, ...extra });
  try {
    const { value, ms } = await timed(() =>
      probeSubmission(
        {
          host: HOST,
          port: server.port,
          security: 'auto',
          from: 'alice@sender.test',
          to: ['bob@recipient.test'],
          timeoutMs: 1500,
          ...params,
        },
        { lang: 'en', resolver },
      ),
    );
    return { result: value, ms, server };
  } finally {
    await server.close();
  }
}

describe('smtp probeSubmission against faulty servers', () => {
  let pki: TestPki;
  let tlsPair: { key: string; cert: string };
  before(async () => {
    pki = await makeTestPki();
    tlsPair = await pki.leaf({ cn: HOST });
  });
  after(async () => pki.remove());

  it('reports a greeting timeout when the server says nothing, within the limit', async () => {
    const { result, ms } = await probeFault('no-greeting');
    const f = finding(result.findings, 'smtp.timeout');
    assert.equal(f.params?.['step'], 'greeting');
    assert.equal(f.status, 'error');
    assert.ok(ms < 4000, `took ${ms} ms`);
    assert.equal(result.steps.find((s) => s.name === 'greeting')?.status, 'error');
  });

  it('reports 421 at the greeting as the server being unavailable', async () => {
    const { result } = await probeFault('greeting-421');
    const f = finding(result.findings, 'smtp.greeting.unavailable');
    assert.equal(f.params?.['code'], 421);
    assert.equal(f.whoMustAct, 'sender-provider');
    assert.equal(result.greeting?.code, 421);
  });

  it('reports greylisting at RCPT as a temporary refusal, then resets without sending', async () => {
    const { result, server } = await probeFault('greylist-rcpt');
    const f = finding(result.findings, 'smtp.rcpt.greylisted');
    assert.equal(f.status, 'warning');
    assert.equal(f.whoMustAct, 'nobody');
    assert.equal(f.params?.['address'], 'bob@recipient.test');
    assert.equal(result.recipients?.[0]?.code, 450);
    assert.ok(server.received.includes('RSET'));
    assert.ok(!server.received.some((l) => /^DATA/i.test(l)), 'DATA must never be sent by the probe');
  });

  it('explains a TLS handshake that fails on an outdated protocol version', async () => {
    const { result } = await probeFault('tls-old-protocol', { security: 'starttls' }, { tls: tlsPair });
    const f = finding(result.findings, 'tls.handshake.protocol');
    assert.match(String(f.params?.['code']), /PROTOCOL|VERSION/);
  });

  it('explains a STARTTLS answered with plain text instead of a TLS handshake', async () => {
    const { result } = await probeFault('tls-garbage', { security: 'starttls' }, { tls: tlsPair });
    finding(result.findings, 'tls.handshake.plaintext');
  });

  it('explains implicit TLS chosen for a port that speaks plain SMTP', async () => {
    const { result } = await probeFault('normal', { security: 'tls' });
    finding(result.findings, 'tls.handshake.plaintext');
  });

  it('stops an endless greeting line at the line limit without exhausting memory', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { result, ms } = await probeFault('endless-line');
    const f = finding(result.findings, 'smtp.line-too-long');
    assert.equal(f.params?.['step'], 'greeting');
    assert.ok(ms < 4000, `took ${ms} ms`);
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 64 * 1024 * 1024);
  });

  it('stops a multi-megabyte EHLO reply at the reply limit', async () => {
    const { result, server } = await probeFault('huge-reply');
    const f = finding(result.findings, 'smtp.reply-too-large');
    assert.equal(f.params?.['step'], 'ehlo');
    assert.ok(server.bytesSent() < 5 * 1024 * 1024, 'the probe hung up before the whole reply was sent');
    assert.ok(result.transcript.length < 400);
  });

  it('calls a server that trickles one byte a second too slow, at the phase limit', async () => {
    const { result, ms } = await probeFault('trickle', { timeoutMs: 2500 }, { trickleMs: 1000 });
    const f = finding(result.findings, 'smtp.slow');
    assert.equal(f.params?.['step'], 'greeting');
    assert.ok(Number(f.params?.['bytes']) >= 1);
    assert.ok(ms < 5000, `took ${ms} ms`);
  });

  it('reports STARTTLS not offered as an error when STARTTLS is required, and stops', async () => {
    const { result, server } = await probeFault('normal', { security: 'starttls', user: 'u@x.test', password: 'pw-123456' });
    const f = finding(result.findings, 'smtp.starttls.not-offered');
    assert.equal(f.status, 'error');
    assert.ok(!server.received.some((l) => l.startsWith('AUTH')), 'no credentials over an unencrypted session');
  });

  it('takes an IP address as typed, without DNS, and says a name would be better', async () => {
    const { result } = await probeFault('normal', { host: '127.0.0.1' });
    assert.equal(result.address?.source, 'literal');
    finding(result.findings, 'smtp.dns.literal');
    assert.equal(finding(result.findings, 'smtp.starttls.not-offered').status, 'warning');
    finding(result.findings, 'smtp.rcpt.ok');
  });

  it('reports a refused connection', async () => {
    const port = await freePort();
    const result = await probeSubmission({ host: HOST, port, security: 'auto', timeoutMs: 1500 }, { lang: 'en', resolver });
    const f = finding(result.findings, 'smtp.connect.refused');
    assert.equal(f.params?.['address'], '127.0.0.1');
    assert.equal(result.steps.at(-1)?.name, 'connect');
  });

  it('reports a host name that does not exist, with the DNS evidence', async () => {
    const result = await probeSubmission(
      { host: 'nope.fault.test', port: 587, security: 'auto' },
      { lang: 'sv', resolver: new ZoneResolver({}) },
    );
    const f = finding(result.findings, 'smtp.dns.nxdomain');
    assert.equal(f.title, 'Servernamnet nope.fault.test finns inte');
    assert.equal(f.evidence[0]?.kind, 'dns');
  });

  it('stops at once when cancelled, and says so', async () => {
    const server = await startFaultServer({ fault: 'no-greeting' });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const { value, ms } = await timed(() =>
        probeSubmission(
          { host: HOST, port: server.port, security: 'auto', timeoutMs: 10_000 },
          { lang: 'en', resolver, signal: controller.signal },
        ),
      );
      const f = finding(value.findings, 'smtp.cancelled');
      assert.equal(f.status, 'skipped');
      assert.ok(ms < 2000, `took ${ms} ms`);
    } finally {
      await server.close();
    }
  });
});
