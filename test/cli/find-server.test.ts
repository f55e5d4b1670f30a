import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { runMailpath } from '../helpers/cli.ts';
import { startDnsTestServer } from '../helpers/dns-test-server.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
let dns: Awaited<ReturnType<typeof startDnsTestServer>>;

describe('cli find-server', () => {
  before(async () => {
    dns = await startDnsTestServer({
      zone: {
        'kund.test': [
          { type: 'MX', data: { preference: 0, exchange: 'kund-test.mail.protection.outlook.com' } },
          { type: 'TXT', data: 'v=spf1 include:spf.protection.outlook.com -all' },
        ],
      },
    });
  });
  after(() => dns.close());

  it('ranks candidates from a Thunderbird profile and from provider fingerprints, with evidence', async () => {
    const r = await runMailpath([
      'find-server', '--email', 'anna@kund.test', '--client-config', `${fixtures}discover/home-linux`, '--no-web', '--no-probe',
      '--dns-server', `127.0.0.1:${dns.port}`, '--json',
    ]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const v = JSON.parse(r.stdout) as { candidates: { host: string; port: number; security: string; sources: string[]; evidence: unknown[]; confidence: number }[]; findings: { id: string }[] };
    const m365 = v.candidates.find((c) => c.host === 'smtp.office365.com');
    assert.equal(m365?.port, 587);
    assert.equal(m365?.security, 'starttls');
    assert.ok(m365?.sources.includes('provider'));
    assert.ok(v.candidates.some((c) => c.sources.includes('thunderbird')), 'a Thunderbird candidate');
    assert.ok(v.candidates.every((c) => c.evidence.length > 0 && c.confidence > 0 && c.confidence <= 1));
    assert.ok(v.findings.some((f) => f.id === 'discover.skipped.web'));
  });

  it('finds the submission server in the headers of a sent message', async () => {
    const file = (await readdir(`${fixtures}headers`)).find((f) => /postfix/i.test(f));
    assert.ok(file);
    const r = await runMailpath(['find-server', '--headers', `${fixtures}headers/${file}`, '--no-web', '--no-probe', '--dns-server', `127.0.0.1:${dns.port}`, '--json']);
    const v = JSON.parse(r.stdout) as { candidates: { source: string }[] };
    assert.equal(v.candidates[0]?.source, 'headers');
  });

  it('asks for at least one source', async () => {
    const r = await runMailpath(['find-server']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--email, --headers or --client-config/);
  });
});
