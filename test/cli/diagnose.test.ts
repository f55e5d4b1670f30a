/**
 * `mailpath diagnose` end to end: real Postfix (submission with STARTTLS and SASL) and a real
 * authoritative DNS server (Knot) on loopback. The case: the sender domain's SPF is broken and
 * the recipient does not exist.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMailpath } from '../helpers/cli.ts';
import { startKnot } from '../helpers/knot.ts';
import { startPostfix, type PostfixServer } from '../helpers/postfix.ts';

let pf: PostfixServer;
let knot: Awaited<ReturnType<typeof startKnot>>;
let dir = '';

const ZONE = `$ORIGIN firma.test.
$TTL 300
@ SOA ns.firma.test. hostmaster.firma.test. 1 3600 600 86400 300
@ NS ns
ns A 127.0.0.1
mail A 127.0.0.1
@ MX 10 mail
; broken: the include names a domain without SPF, so every evaluation is a permerror
@ TXT "v=spf1 include:_spf.missing.firma.test -all"
_dmarc TXT "v=DMARC1; p=none"
`;

describe('cli diagnose', () => {
  before(async () => {
    [pf, knot] = await Promise.all([startPostfix({ domain: 'firma.test', password: 'S3cret-diagnose-pw' }), startKnot({ zones: [], extraZones: [{ origin: 'firma.test', text: ZONE }] })]);
    dir = await mkdtemp(join(tmpdir(), 'mp-diagnose-'));
    await writeFile(join(dir, 'ca.pem'), pf.certPem);
  });
  after(async () => {
    await Promise.all([pf.stop(), knot.stop()]);
  });

  it('blames the sender side, and the report holds the queue ID, the exact time and the error text', async () => {
    const out = join(dir, 'report.html');
    const r = await runMailpath(
      [
        'diagnose', '--from', pf.user, '--to', 'nobody@firma.test', '--sent-at', '2026-11-20T14:02:00+01:00', '--tz', 'Europe/Stockholm', '--symptom', 'bounced', '--ref', 'CS-4711',
        '--smtp-host', pf.hostname, '--smtp-port', String(pf.submissionPort), '--security', 'starttls', '--user', pf.user, '--password-env', 'PW', '--ca', join(dir, 'ca.pem'),
        '--send', '--extra-to', `bob@firma.test`, '--no-mx-probe', '--no-web', '--dns-server', `127.0.0.1:${knot.port}`, '--timeout', '1500',
        '--out', out, '--format', 'html', '--json',
      ],
      { env: { PW: pf.password, MAILPATH_CONFIG_DIR: dir } },
    );
    assert.equal(r.code, 1, r.stderr);
    const v = JSON.parse(r.stdout) as {
      report: { verdict: { whoMustAct: string; rule?: string; nextSteps: string[] }; findings: { id: string }[]; steps: { name: string; status: string }[] };
      case: { facts: { queueIds: string[]; errorText: string; outgoingServer: string } };
    };
    assert.equal(v.report.verdict.whoMustAct, 'sender-it');
    assert.equal(v.report.verdict.rule, 'address-unknown');
    assert.ok(v.report.verdict.nextSteps.length >= 2);
    const ids = new Set(v.report.findings.map((f) => f.id));
    assert.ok(ids.has('smtp.rcpt.unknown'), 'the unknown recipient');
    assert.ok(ids.has('spf.result.permerror') || ids.has('spf.include.no-record'), 'the broken SPF');
    const queueId = v.case.facts.queueIds[0] ?? '';
    assert.match(queueId, /^[0-9A-Za-z]{6,}$/);
    assert.match(v.case.facts.errorText, /^550 5\.1\.1 /);
    assert.equal(v.case.facts.outgoingServer, `${pf.hostname}:${pf.submissionPort}`);
    for (const s of ['smtp.probe', 'smtp.send', 'dns.sender', 'dns.recipient.firma.test']) assert.ok(v.report.steps.some((x) => x.name === s && x.status === 'done'), s);
    assert.ok(v.report.steps.some((x) => x.name === 'smtp.mx' && x.status === 'skipped'));

    const html = await readFile(out, 'utf8');
    assert.ok(html.includes(queueId), 'queue ID in the report');
    assert.ok(html.includes('2026-11-20T14:02:00+01:00'), 'exact time with zone in the report');
    assert.ok(html.includes('550 5.1.1'), 'error text in the report');
    for (const text of [html, r.stdout, r.stderr]) {
      assert.ok(!text.includes(pf.password) && !text.includes(Buffer.from(pf.password).toString('base64')), 'password leaked');
    }
    await pf.waitForMail('CS-4711', { local: 'bob' });
  });

  it('sends the report to support only after confirmation, delivered to a loopback mailbox', async () => {
    const report = join(dir, 'for-support.json');
    const made = await runMailpath(['diagnose', '--from', pf.user, '--to', 'bob@firma.test', '--ref', 'CS-9001', '--no-mx-probe', '--no-web', '--dns-server', `127.0.0.1:${knot.port}`, '--out', report, '--format', 'json']);
    assert.ok(made.code === 0 || made.code === 1, made.stderr);
    const to = `postmaster@firma.test`;
    const preview = await runMailpath(['send-report', report, '--to', to]);
    assert.equal(preview.code, 0, preview.stderr);
    assert.match(preview.stdout, /Not sent\. Check the mail above/);
    assert.match(preview.stdout, /^Subject: Mail delivery problem .* \(CS-9001\): report from Mailpath$/m);
    const sent = await runMailpath(
      ['send-report', report, '--to', to, '--from', pf.user, '--smtp-host', pf.hostname, '--smtp-port', String(pf.submissionPort), '--security', 'starttls',
        '--user', pf.user, '--password-env', 'PW', '--ca', join(dir, 'ca.pem'), '--dns-server', `127.0.0.1:${knot.port}`, '--yes', '--json'],
      { env: { PW: pf.password } },
    );
    assert.equal(sent.code, 0, sent.stdout + sent.stderr);
    assert.equal((JSON.parse(sent.stdout) as { sent: boolean }).sent, true);
    const mailbox = await pf.waitForMail('CS-9001', { local: 'postmaster' });
    assert.match(mailbox, /Content-Type: text\/html; charset=utf-8; name=mailpath-report-CS-9001\.html|filename=mailpath-report-CS-9001\.html/);
    assert.ok(!mailbox.includes(pf.password));
  });

  it('shows what changed since an earlier run of the same case', async () => {
    const earlier = join(dir, 'earlier.json');
    const args = ['diagnose', '--from', pf.user, '--to', 'bob@firma.test', '--no-mx-probe', '--no-web', '--dns-server', `127.0.0.1:${knot.port}`];
    const first = await runMailpath([...args, '--out', earlier, '--format', 'json']);
    assert.ok(first.code === 0 || first.code === 1, first.stderr);
    const second = await runMailpath([...args, '--previous', earlier, '--json']);
    const v = JSON.parse(second.stdout) as { diff: { fixed: unknown[]; new: unknown[]; unchanged: unknown[] }; report: { findings: { id: string }[] } };
    assert.ok(v.diff.unchanged.length > 0);
    assert.equal(v.diff.fixed.length, 0);
    assert.ok(v.report.findings.some((f) => f.id === 'diagnose.retest'));
  });
});
