import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromOutlook, OUTLOOK_KEYS } from '../../../../electron/engine/discover/sources/outlook.ts';
import { FIXTURES, testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromOutlook', () => {
    it('reads POP/IMAP accounts through reg query on Windows (Office 15.0 key)', async () => {
      const queried: string[] = [];
      const text = await readFile(join(FIXTURES, 'outlook', 'reg-query-15.0.txt'), 'utf8');
      const deps = testDeps({
        platform: 'win32',
        regQuery: async (key) => {
          queried.push(key);
          if (key.includes('15.0')) return text;
          throw new Error('ERROR: The system was unable to find the specified registry key or value.');
        },
      });
      const r = await fromOutlook({ email: 'erik@example.no', clientConfig: 'auto', probe: false }, deps);
      assert.deepEqual(queried, [...OUTLOOK_KEYS]);
      assert.equal(r.candidates.length, 1);
      const c = r.candidates[0];
      assert.deepEqual([c?.host, c?.port, c?.security, c?.auth, c?.source], ['smtp.example.no', 465, 'tls', true, 'outlook']);
      assert.ok((c?.confidence ?? 0) >= 0.9);
      const ev = c?.evidence[0];
      assert.match(ev?.kind === 'text' ? ev.text : '', /SMTP Server = smtp\.example\.no/);
      assert.match(ev?.kind === 'text' ? ev.label : '', /Outlook registry/);
    });

    it('reads a UTF-16 .reg export given with --client-config, hex strings wrapped over lines', async () => {
      const r = await fromOutlook(
        { email: 'anna@example.se', clientConfig: { path: join(FIXTURES, 'outlook', 'outlook-16.reg') }, probe: false },
        testDeps(),
      );
      assert.equal(r.candidates.length, 1);
      const c = r.candidates[0];
      assert.deepEqual([c?.host, c?.port, c?.security], ['mail.example.se', 587, 'starttls']);
      assert.match(c?.note ?? '', /anna@example\.se/);
    });

    it('says Exchange-only profiles keep no SMTP server', async () => {
      const r = await fromOutlook(
        { clientConfig: { path: join(FIXTURES, 'outlook', 'reg-query-exchange-only.txt') }, probe: false },
        testDeps(),
      );
      assert.equal(r.candidates.length, 0);
      assert.equal(r.findings[0]?.id, 'discover.outlook.no-smtp');
    });

    it('is skipped off Windows', async () => {
      const r = await fromOutlook({ clientConfig: 'auto', probe: false }, testDeps({ platform: 'linux', lang: 'nb' }));
      assert.equal(r.findings[0]?.id, 'discover.skipped.os');
      assert.match(r.findings[0]?.title ?? '', /kan bare leses på Windows/);
    });
  });
});
