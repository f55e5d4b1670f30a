import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainReply } from '../../../electron/engine/kb/index.ts';
import { probeSubmission } from '../../../electron/engine/smtp/probe-submission.ts';
import type { SubmissionParams } from '../../../electron/engine/smtp/types.ts';
import { startPostfix, type PostfixServer } from '../../helpers/postfix.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';
import { finding, ids } from './support.ts';

describe('smtp probeSubmission against a real Postfix', () => {
  let pf: PostfixServer;
  let resolver: ZoneResolver;
  before(async () => {
    pf = await startPostfix();
    resolver = new ZoneResolver({ [pf.hostname]: { A: ['127.0.0.1'] }, 'smtp.example.test': { A: ['127.0.0.1'] } });
  });
  after(async () => pf?.stop());

  const probe = (p: Partial<SubmissionParams>, lang: 'en' | 'sv' | 'nb' = 'en') =>
    probeSubmission(
      {
        host: pf.hostname,
        port: pf.submissionPort,
        security: 'starttls',
        user: pf.user,
        password: pf.password,
        from: pf.user,
        to: [pf.mailboxAddress],
        timeoutMs: 10_000,
        ...p,
      },
      { lang, resolver },
    );

  it('walks through STARTTLS, AUTH and the address check, and records every step', async () => {
    const r = await probe({});
    assert.deepEqual(
      r.steps.map((s) => s.name),
      ['dns', 'connect', 'greeting', 'ehlo', 'tls', 'ehlo', 'auth', 'mail', 'rcpt', 'rset', 'quit'],
    );
    assert.ok(r.steps.every((s) => s.ms >= 0 && !Number.isNaN(Date.parse(s.startedAt))));
    assert.equal(r.securityUsed, 'starttls');
    assert.deepEqual(r.address, { ip: '127.0.0.1', family: 4, candidates: ['127.0.0.1'], source: 'resolver' });
    assert.equal(r.greeting?.code, 220);
    assert.equal(r.greeting?.name, pf.hostname);
    // The transcript has what nodemailer would only log: the greeting and the EHLO before STARTTLS.
    const lines = r.transcript.map((l) => `${l.dir} ${l.line}`);
    const firstEhlo = lines.findIndex((l) => l.startsWith('c EHLO'));
    const starttls = lines.indexOf('c STARTTLS');
    assert.ok(lines.some((l) => l.startsWith(`s 220 ${pf.hostname}`)));
    assert.ok(firstEhlo >= 0 && starttls > firstEhlo, 'EHLO before STARTTLS is in the transcript');
    assert.ok(lines.slice(firstEhlo, starttls).some((l) => l === 's 250-STARTTLS'));
    assert.ok(r.ehlo?.authMechanisms.includes('PLAIN') && r.ehlo.authMechanisms.includes('LOGIN'));
    assert.ok(r.ehlo?.extensions.some((e) => e.startsWith('SIZE')));
    assert.equal(r.auth?.ok, true);
    for (const id of [
      'smtp.dns.resolved',
      'smtp.connect.ok',
      'smtp.greeting.ok',
      'smtp.ehlo.ok',
      'tls.established',
      'smtp.auth.ok',
      'smtp.mail.ok',
      'smtp.rcpt.ok',
    ]) {
      finding(r.findings, id);
    }
    assert.deepEqual(
      r.recipients?.map((x) => [x.address, x.accepted, x.code]),
      [[pf.mailboxAddress, true, 250]],
    );
    assert.ok(
      r.transcript.some((l) => l.line === 'RSET'),
      'the address check is reset',
    );
    assert.ok(!r.transcript.some((l) => l.dir === 'c' && /^DATA/i.test(l.line)), 'nothing is sent');
  });

  it('reports the test certificate as self-signed, with its chain details', async () => {
    const r = await probe({});
    const f = finding(r.findings, 'tls.cert.self-signed');
    assert.equal(f.status, 'error');
    assert.equal(r.tls?.authorized, false);
    assert.equal(r.tls?.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.equal(r.tls?.nameMatches, true);
    assert.match(r.tls?.protocol ?? '', /^TLSv1\.[23]$/);
    const leaf = r.tls?.chain[0];
    assert.equal(leaf?.selfSigned, true);
    assert.deepEqual(leaf?.sans, [pf.hostname]);
    assert.equal(leaf?.subject, `CN=${pf.hostname}`);
    assert.match(leaf?.fingerprint256 ?? '', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.ok(Date.parse(leaf?.validTo ?? '') > Date.now());
  });

  it('trusts the certificate through a CA the consultant supplies, and says so', async () => {
    const r = await probe({ ca: pf.certPem });
    assert.equal(r.tls?.authorized, true);
    finding(r.findings, 'tls.cert.trusted-by-ca');
    assert.ok(!ids(r.findings).includes('tls.cert.self-signed'));
  });

  it('reports a wrong password as a refused sign-in with the server’s code, and checks no addresses', async () => {
    const r = await probe({ password: 'definitely-wrong' });
    const f = finding(r.findings, 'smtp.auth.refused');
    assert.equal(f.params?.['code'], 535);
    assert.match(String(f.params?.['reply']), /^535 5\.7\.8/);
    assert.equal(f.whoMustAct, 'sender-it');
    assert.equal(r.auth?.ok, false);
    assert.equal(r.steps.find((s) => s.name === 'mail')?.status, 'skipped');
  });

  it('signs in with LOGIN when asked to', async () => {
    const r = await probe({ authMechanism: 'LOGIN' });
    assert.equal(r.auth?.mechanism, 'LOGIN');
    assert.equal(finding(r.findings, 'smtp.auth.ok').params?.['mechanism'], 'LOGIN');
  });

  it('reports an unknown recipient with 550 5.1.1, next to a known one', async () => {
    const r = await probe({ to: [`nobody@${pf.domain}`, pf.mailboxAddress] }, 'nb');
    const f = finding(r.findings, 'smtp.rcpt.unknown');
    assert.equal(f.params?.['address'], `nobody@${pf.domain}`);
    assert.match(String(f.params?.['reply']), /^550 5\.1\.1 /);
    assert.equal(f.title, `Mottakeren nobody@${pf.domain} finnes ikke`);
    assert.deepEqual(
      r.recipients?.map((x) => [x.code, x.status]),
      [
        [550, '5.1.1'],
        [250, '2.1.5'],
      ],
    );
  });

  it('carries the reply knowledge base’s explanation when one is injected', async () => {
    const r = await probeSubmission(
      {
        host: pf.hostname,
        port: pf.smtpPort,
        security: 'auto',
        from: 'someone@sender.test',
        to: [`nobody@${pf.domain}`],
        timeoutMs: 10_000,
      },
      { lang: 'sv', resolver, explainReply },
    );
    const f = finding(r.findings, 'smtp.rcpt.unknown');
    assert.equal(f.params?.['reason'], 'userunknown');
    const kb = f.evidence.find((e) => e.kind === 'text' && e.label.startsWith('Reply knowledge base'));
    assert.ok(kb && kb.kind === 'text' && kb.text.length > 20);
  });

  it('uses implicit TLS on the submissions port', async () => {
    const r = await probe({ port: pf.submissionsPort, security: 'tls' });
    assert.equal(r.securityUsed, 'tls');
    assert.deepEqual(
      r.steps.slice(0, 5).map((s) => s.name),
      ['dns', 'connect', 'tls', 'greeting', 'ehlo'],
    );
    finding(r.findings, 'smtp.auth.ok');
  });

  it('shows that sign-in is offered only after STARTTLS when no encryption is chosen', async () => {
    const r = await probe({ security: 'none' });
    finding(r.findings, 'smtp.security.plaintext');
    finding(r.findings, 'smtp.auth.not-offered-plaintext');
    assert.ok(!r.transcript.some((l) => l.line.startsWith('AUTH')), 'no password over plain text');
  });

  it('reports a host name the certificate and the greeting do not carry', async () => {
    const r = await probe({ host: 'smtp.example.test', ca: pf.certPem });
    const mismatch = finding(r.findings, 'tls.cert.name-mismatch');
    assert.equal(mismatch.params?.['names'], pf.hostname);
    assert.ok(!ids(r.findings).includes('tls.cert.untrusted'), 'a name mismatch is not an untrusted chain');
    const differs = finding(r.findings, 'smtp.greeting.name-differs');
    assert.equal(differs.params?.['claimed'], pf.hostname);
  });

  it('on a port-25-style server, accepts local mail and refuses to relay elsewhere', async () => {
    const r = await probeSubmission(
      {
        host: pf.hostname,
        port: pf.smtpPort,
        security: 'auto',
        from: 'someone@sender.test',
        to: [pf.mailboxAddress, 'x@elsewhere.test'],
        timeoutMs: 10_000,
      },
      { lang: 'en', resolver },
    );
    finding(r.findings, 'smtp.auth.skipped');
    finding(r.findings, 'smtp.rcpt.ok');
    const relay = finding(r.findings, 'smtp.rcpt.relay-denied');
    assert.match(String(relay.params?.['reply']), /^554 5\.7\.1 .*Relay access denied/);
  });
});
