import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fromWindowsMail } from '../../../../electron/engine/discover/sources/windows-mail.ts';
import { testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromWindowsMail', () => {
    it('says why Windows Mail and the new Outlook cannot be read when they are present', async () => {
      const present = new Set(['C:/Users/erik/AppData/Local/Comms/UnistoreDB/store.vol', 'C:/Users/erik/AppData/Local/Microsoft/Olk']);
      const deps = testDeps({
        platform: 'win32',
        env: { LOCALAPPDATA: 'C:/Users/erik/AppData/Local' },
        exists: async (p) => present.has(p),
      });
      const r = await fromWindowsMail({ clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.candidates.length, 0);
      assert.deepEqual(
        r.findings.map((f) => f.id),
        ['discover.skipped.database', 'discover.skipped.cloud'],
      );
      assert.ok(r.findings.every((f) => f.status === 'skipped'));
    });

    it('is skipped off Windows and for --client-config files', async () => {
      assert.equal((await fromWindowsMail({ clientConfig: 'auto', probe: false }, testDeps())).findings[0]?.id, 'discover.skipped.os');
      assert.equal(
        (await fromWindowsMail({ clientConfig: { path: '/x' }, probe: false }, testDeps())).findings[0]?.id,
        'discover.skipped.no-format',
      );
    });
  });
});
