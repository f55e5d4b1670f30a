import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runMailpath } from '../helpers/cli.ts';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe('cli offline commands', () => {
  describe('mailpath bounce', () => {
    it('prints the issue’s JSON shape for one bounce and exits 1 for a failed recipient', async () => {
      const r = await runMailpath(['bounce', fixture('bounces/postfix-30-m365.eml'), '--json']);
      assert.equal(r.code, 1, r.stderr);
      const v = JSON.parse(r.stdout) as { kind: string; deliveries: Record<string, unknown>[]; original: Record<string, unknown>; findings: unknown[] };
      assert.equal(v.kind, 'bounce');
      assert.deepEqual(Object.keys(v.original).sort(), ['date', 'from', 'messageId', 'subject', 'to']);
      for (const key of ['recipient', 'action', 'status', 'replyCode', 'reason', 'remoteMta', 'diagnostic', 'explanation', 'fix', 'whoMustAct']) {
        assert.ok(key in (v.deliveries[0] ?? {}), key);
      }
      assert.ok(v.findings.length > 0);
    });

    it('reads standard input and answers in Swedish', async () => {
      const text = await readFile(fixture('bounces/postfix-30-m365.eml'), 'utf8');
      const r = await runMailpath(['bounce', '-', '--lang', 'sv'], { stdin: text });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /Vem som måste åtgärda/);
    });

    it('exits 0 for a message that is not a bounce, and 2 for a missing or empty file', async () => {
      const not = await runMailpath(['bounce', fixture('bounces/not-a-bounce-composed.eml'), '--json']);
      assert.equal(JSON.parse(not.stdout).kind, 'not-a-bounce');
      assert.equal(not.code, 0);
      assert.equal((await runMailpath(['bounce', fixture('bounces/nope.eml')])).code, 2);
      const empty = await runMailpath(['bounce', '-']);
      assert.equal(empty.code, 2);
      assert.match(empty.stderr, /standard input is empty/);
    });
  });

  describe('mailpath headers', () => {
    it('prints hops, auth results, the sending IP and findings as JSON', async () => {
      const files = (await import('node:fs/promises')).readdir(new URL('../fixtures/headers/', import.meta.url));
      const first = (await files).find((f) => f.endsWith('.eml') || f.endsWith('.txt'));
      assert.ok(first, 'a header fixture exists');
      const r = await runMailpath(['headers', fixture(`headers/${first}`), '--json']);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const v = JSON.parse(r.stdout) as { hops: unknown[]; auth: unknown[]; findings: unknown[] };
      assert.ok(v.hops.length > 0);
      assert.ok(Array.isArray(v.auth) && Array.isArray(v.findings));
    });
  });
});
