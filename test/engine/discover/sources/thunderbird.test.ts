import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fromThunderbird, thunderbirdRoots } from '../../../../electron/engine/discover/sources/thunderbird.ts';
import { FIXTURES, testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromThunderbird', () => {
    it('reads the profiles listed in ~/.thunderbird/profiles.ini on Linux and ranks the sender identity first', async () => {
      const deps = testDeps({ homedir: join(FIXTURES, 'home-linux') });
      const r = await fromThunderbird({ email: 'anna@example.se', clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.candidates.length, 3);
      const best = [...r.candidates].sort((a, b) => b.confidence - a.confidence)[0];
      assert.equal(best?.host, 'mail.example.se');
      assert.equal(best?.port, 587);
      assert.equal(best?.security, 'starttls');
      assert.equal(best?.auth, true);
      assert.equal(best?.source, 'thunderbird');
      assert.ok((best?.confidence ?? 0) >= 0.9);
      const ev = best?.evidence[0];
      assert.equal(ev?.kind, 'text');
      assert.match(ev?.kind === 'text' ? ev.text : '', /mail\.smtpserver\.smtp2\.hostname", "mail\.example\.se"/);
      assert.match(ev?.kind === 'text' ? ev.text : '', /mail\.identity\.id1\.useremail/);
      assert.ok(r.findings.some((f) => f.id === 'discover.client.found' && f.params?.['count'] === 3));
    });

    it('maps try_ssl 3 to implicit TLS and fills an unset port with the protocol default', async () => {
      const deps = testDeps({ homedir: join(FIXTURES, 'home-linux') });
      const r = await fromThunderbird({ clientConfig: 'auto', probe: false }, deps);
      const priv = r.candidates.find((c) => c.host === 'smtp.example.net');
      assert.deepEqual([priv?.port, priv?.security, priv?.auth], [465, 'tls', true]);
      const relay = r.candidates.find((c) => c.host === 'relay.example.se');
      assert.deepEqual([relay?.port, relay?.security, relay?.auth], [25, 'none', false]);
      assert.match(relay?.note ?? '', /port is not set/);
      // Without an address, the default server (mail.smtp.defaultserver) ranks first.
      const best = [...r.candidates].sort((a, b) => b.confidence - a.confidence)[0];
      assert.equal(best?.host, 'smtp.example.net');
    });

    it('finds profiles under %APPDATA%\\Thunderbird on Windows', async () => {
      const home = join(FIXTURES, 'home-windows');
      const deps = testDeps({ platform: 'win32', homedir: home, env: { APPDATA: join(home, 'AppData', 'Roaming') } });
      assert.deepEqual(thunderbirdRoots(deps), [join(home, 'AppData', 'Roaming', 'Thunderbird')]);
      const r = await fromThunderbird({ email: 'erik@example.no', clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.candidates.length, 1);
      assert.deepEqual([r.candidates[0]?.host, r.candidates[0]?.port, r.candidates[0]?.security], ['smtp.example.no', 465, 'tls']);
    });

    it('looks in ~/Library/Thunderbird on macOS and says so when nothing is there', async () => {
      const deps = testDeps({ platform: 'darwin', homedir: join(FIXTURES, 'home-macos'), lang: 'sv' });
      const r = await fromThunderbird({ clientConfig: 'auto', probe: false }, deps);
      assert.equal(r.candidates.length, 0);
      const f = r.findings[0];
      assert.equal(f?.id, 'discover.skipped.not-found');
      assert.equal(f?.status, 'skipped');
      assert.match(String(f?.params?.['path']), /Library\/Thunderbird/);
      assert.match(f?.title ?? '', /Inga inställningar för Thunderbird/);
    });

    it('reads a prefs.js given with --client-config FILE', async () => {
      const file = join(FIXTURES, 'home-linux', '.thunderbird', 'abcd1234.default-release', 'prefs.js');
      const r = await fromThunderbird({ clientConfig: { path: file }, probe: false }, testDeps());
      assert.equal(r.candidates.length, 3);
    });

    it('walks a --client-config DIR to its profiles.ini', async () => {
      const r = await fromThunderbird({ clientConfig: { path: join(FIXTURES, 'home-windows') }, probe: false }, testDeps());
      assert.deepEqual(
        r.candidates.map((c) => c.host),
        ['smtp.example.no'],
      );
    });

    it('is skipped when reading client settings was not asked for', async () => {
      const r = await fromThunderbird({ probe: false }, testDeps());
      assert.equal(r.findings[0]?.id, 'discover.skipped.not-requested');
      assert.equal(r.findings[0]?.status, 'skipped');
    });
  });
});
