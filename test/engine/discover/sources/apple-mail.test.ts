import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fromAppleMail } from '../../../../electron/engine/discover/sources/apple-mail.ts';
import { FIXTURES, testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromAppleMail', () => {
    it('reads DeliveryAccounts from ~/Library/Mail/V*/MailData/Accounts.plist and ties them to the mail account', async () => {
      const deps = testDeps({ platform: 'darwin', homedir: join(FIXTURES, 'home-macos') });
      const r = await fromAppleMail({ email: 'anna@example.se', clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.candidates.length, 2);
      const work = r.candidates.find((c) => c.host === 'smtp.example.se');
      assert.deepEqual([work?.port, work?.security, work?.auth, work?.source], [587, 'starttls', true, 'apple-mail']);
      assert.ok((work?.confidence ?? 0) >= 0.9);
      const other = r.candidates.find((c) => c.host === 'smtp.example.com');
      assert.deepEqual([other?.port, other?.security, other?.auth], [25, 'none', false]);
      assert.ok(r.findings.some((f) => f.id === 'discover.client.found'));
    });

    it('reports a binary plist as skipped, with the reason', async () => {
      const r = await fromAppleMail(
        { clientConfig: { path: join(FIXTURES, 'apple-mail', 'Binary-Accounts.plist') }, probe: false },
        testDeps(),
      );
      assert.equal(r.candidates.length, 0);
      assert.equal(r.findings[0]?.id, 'discover.skipped.binary-plist');
      assert.equal(r.findings[0]?.status, 'skipped');
    });

    it('explains macOS privacy protection when ~/Library/Mail cannot be listed', async () => {
      const deps = testDeps({
        platform: 'darwin',
        homedir: '/Users/anna',
        readDir: async () => {
          throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
        },
        exists: async () => false,
      });
      const r = await fromAppleMail({ clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.findings[0]?.id, 'discover.skipped.permission');
      assert.match(r.findings[0]?.fix ?? '', /Full Disk Access/);
    });

    it('names the Accounts4.sqlite database when no XML plist exists', async () => {
      const home = join(FIXTURES, 'home-macos');
      const deps = testDeps({ platform: 'darwin', homedir: home, readDir: async () => [] });
      const r = await fromAppleMail({ clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.findings[0]?.id, 'discover.skipped.database');
      assert.match(String(r.findings[0]?.params?.['path']), /Accounts4\.sqlite$/);
    });

    it('is skipped off macOS', async () => {
      const r = await fromAppleMail({ clientConfig: 'auto', probe: false }, testDeps({ platform: 'win32' }));
      assert.equal(r.findings[0]?.id, 'discover.skipped.os');
    });
  });
});
