/** The SMTP commands as a user runs them, against a real Postfix on loopback. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMailpath } from '../helpers/cli.ts';
import { startPostfix, type PostfixServer } from '../helpers/postfix.ts';
import { startDnsTestServer } from '../helpers/dns-test-server.ts';

let pf: PostfixServer;
let dir = '';
let dns: Awaited<ReturnType<typeof startDnsTestServer>>;
/** The server is reached by the name its certificate carries, resolved by a loopback DNS server. */
const server = (): string[] => ['--host', pf.hostname, '--dns-server', `127.0.0.1:${dns.port}`];

describe('cli smtp-test', () => {
  before(async () => {
    pf = await startPostfix({ password: 'Corr3ct-Horse-Batt3ry' });
    dns = await startDnsTestServer({ zone: { [pf.hostname]: [{ type: 'A', data: '127.0.0.1' }] } });
    dir = await mkdtemp(join(tmpdir(), 'mp-cli-smtp-'));
    await writeFile(join(dir, 'ca.pem'), pf.certPem);
  });
  after(async () => {
    await pf.stop();
    await dns.close();
  });

  it('probes the submission server, sends a test message and prints the queue ID, with the password only in the environment', async () => {
    const r = await runMailpath(
      ['smtp-test', ...server(), '--port', String(pf.submissionPort), '--security', 'starttls', '--user', pf.user, '--password-env', 'SMTP_PW',
        '--from', pf.user, '--to', `bob@${pf.domain}`, '--send', '--case-id', 'case-42', '--ca', join(dir, 'ca.pem'), '--timeout', '10000', '--json'],
      { env: { SMTP_PW: pf.password, MAILPATH_CONFIG_DIR: dir } },
    );
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const v = JSON.parse(r.stdout) as { queueId?: string; transcript: { dir: string; line: string }[]; steps: { name: string }[]; tls?: { protocol: string }; findings: { id: string }[] };
    assert.match(v.queueId ?? '', /^[0-9A-Za-z]{6,}$/);
    assert.ok(v.transcript.some((l) => l.dir === 's' && l.line.startsWith('220 ')), 'greeting in the transcript');
    assert.ok(v.findings.some((f) => f.id === 'smtp.auth.ok'));
    assert.ok(v.findings.some((f) => f.id === 'tls.cert.trusted-by-ca'), 'the certificate checks out against the given CA');
    assert.ok(v.findings.some((f) => f.id === 'smtp.send.queued' || f.id === 'smtp.send.accepted'));
    const mail = await pf.waitForMail('bob');
    assert.match(mail, /X-Mailpath-Case: case-42/);
    // The password must appear nowhere the run wrote to: stdout, stderr, the config folder.
    const b64 = Buffer.from(pf.password).toString('base64');
    for (const text of [r.stdout, r.stderr, ...(await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8').catch(() => ''))))]) {
      assert.ok(!text.includes(pf.password) && !text.includes(b64), 'password leaked');
    }
  });

  it('reports a refused password as an AUTH finding and exits 1', async () => {
    const r = await runMailpath(
      ['smtp-test', ...server(), '--port', String(pf.submissionPort), '--user', pf.user, '--password-stdin', '--ca', join(dir, 'ca.pem'), '--lang', 'sv'],
      { stdin: 'wrong-password\n' },
    );
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /535/);
    assert.ok(!r.stdout.includes('wrong-password'));
  });

  it('refuses a password on the command line flags it does not know, and a missing variable, with exit 2', async () => {
    assert.equal((await runMailpath(['smtp-test', '--host', '127.0.0.1', '--password', 'x'])).code, 2);
    const r = await runMailpath(['smtp-test', '--host', '127.0.0.1', '--password-env', 'NOT_SET_ANYWHERE']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /NOT_SET_ANYWHERE/);
  });
});
