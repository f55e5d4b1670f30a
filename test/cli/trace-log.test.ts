import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runMailpath } from '../helpers/cli.ts';

const logs = new URL('../fixtures/logs/postfix/', import.meta.url).pathname;

describe('cli trace-log', () => {
  it('prints the issue’s JSON for one recipient across rotated and gzip files', async () => {
    const r = await runMailpath(['trace-log', `${logs}mail.log`, `${logs}mail.log.1`, `${logs}mail.log.2.gz`, '--to', 'karin@gralistad.example', '--year', '2026', '--json']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const v = JSON.parse(r.stdout) as { messages: { id: string; recipients: { address: string; status: string; at: string; relay?: string; reply?: string }[] }[]; linesRead: number; linesSkipped: number; bytesRead: number; findings: { id: string }[] };
    assert.ok(v.linesRead > 0 && v.bytesRead > 0 && v.linesSkipped >= 0);
    const rc = v.messages.flatMap((m) => m.recipients).find((x) => x.address === 'karin@gralistad.example');
    assert.equal(rc?.status, 'sent');
    assert.match(rc?.reply ?? '', /^250 /);
    assert.ok(v.messages.every((m) => m.recipients.every((x) => x.address === 'karin@gralistad.example')), 'only the recipient asked for');
    assert.ok(v.findings.some((f) => f.id === 'log.delivered'));
  });

  it('exits 2 for a missing file, a bad format name and a bad time', async () => {
    assert.equal((await runMailpath(['trace-log', `${logs}nope.log`])).code, 2);
    assert.equal((await runMailpath(['trace-log', `${logs}mail.log`, '--format', 'qmail'])).code, 2);
    const bad = await runMailpath(['trace-log', `${logs}mail.log`, '--since', 'yesterday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /since/);
  });
});
