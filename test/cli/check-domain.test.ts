/** `mailpath check-domain` against a real authoritative DNS server (Knot) on loopback. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runMailpath } from '../helpers/cli.ts';
import { startChecksKnot } from '../fixtures/zones-checks/serve.ts';

let knot: Awaited<ReturnType<typeof startChecksKnot>>;

describe('cli check-domain', () => {
  before(async () => {
    knot = await startChecksKnot();
  });
  after(() => knot.stop());

  it('runs every check for the sender domain and the recipient domain, each finding with DNS evidence from the server asked', async () => {
    const server = `127.0.0.1:${knot.port}`;
    const r = await runMailpath(['check-domain', 'example.test', '--ip', '192.0.2.10', '--helo', 'mx1.example.test', '--recipient-domain', 'example.test', '--dns-server', server, '--timeout', '1500', '--json']);
    assert.equal(r.code, 1, r.stderr);
    const v = JSON.parse(r.stdout) as { findings: { check: string; whoMustAct: string; evidence: { kind: string; server?: string }[] }[]; evidence: { server: string; name: string; type: string; rcode: string }[]; steps: { name: string }[] };
    const checks = new Set(v.findings.map((f) => f.check));
    for (const c of ['mx', 'spf', 'dkim', 'dmarc', 'rdns', 'mta-sts', 'dane', 'dnssec', 'bimi', 'reputation']) assert.ok(checks.has(c), `a ${c} finding`);
    assert.ok(v.evidence.length > 20);
    assert.ok(v.evidence.every((e) => e.server === server), 'every answer names the server asked');
    assert.ok(v.evidence.some((e) => e.name === 'example.test' && e.type === 'MX' && e.rcode === 'NOERROR'));
    assert.ok(v.findings.some((f) => f.whoMustAct === 'recipient-provider'), 'the recipient domain’s findings name its provider');
    assert.deepEqual([...new Set(v.steps.map((s) => s.name))].sort(), ['bimi', 'dane', 'dkim', 'dmarc', 'dnsbl', 'dnssec', 'mta-sts', 'mx', 'rdns', 'spf']);
  });

  it('saves the run and replays it offline with the same findings', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(`${tmpdir()}/mp-rec-`);
    const live = await runMailpath(['check-domain', 'example.test', '--dns-server', `127.0.0.1:${knot.port}`, '--dns-record', `${dir}/run.json`, '--json']);
    const replay = await runMailpath(['check-domain', 'example.test', '--dns-replay', `${dir}/run.json`, '--json']);
    const ids = (text: string) => (JSON.parse(text) as { findings: { id: string }[] }).findings.map((f) => f.id).sort();
    assert.deepEqual(ids(replay.stdout), ids(live.stdout));
    assert.equal(replay.code, live.code);
  });
});
