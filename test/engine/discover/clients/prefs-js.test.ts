import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePrefs, parseProfilesIni, smtpServers } from '../../../../electron/engine/discover/clients/prefs-js.ts';

describe('discover', () => {
  describe('parsePrefs', () => {
    it('reads strings with escapes, numbers and booleans', () => {
      const prefs = parsePrefs(
        'user_pref("a.b", "say \\"hi\\" \\u00e5");\nuser_pref("n", -3);\nuser_pref("t", true);\n// user_pref("x", 1)',
      );
      assert.equal(prefs.get('a.b')?.value, 'say "hi" å');
      assert.equal(prefs.get('n')?.value, -3);
      assert.equal(prefs.get('t')?.value, true);
      assert.equal(prefs.size, 3);
    });
  });

  describe('parseProfilesIni', () => {
    it('lists [ProfileN] sections and ignores [Install…] and [General]', () => {
      const p = parseProfilesIni(
        '[Install1]\nDefault=x\n\n[Profile0]\nName=a\nIsRelative=0\nPath=/abs/p\nDefault=1\n[General]\nVersion=2\n',
      );
      assert.deepEqual(p, [{ name: 'a', path: '/abs/p', relative: false, isDefault: true }]);
    });
  });

  describe('smtpServers', () => {
    it('finds servers not listed in mail.smtpservers and ties identities without smtpServer to the default', () => {
      const prefs = parsePrefs(
        [
          'user_pref("mail.smtp.defaultserver", "s9");',
          'user_pref("mail.smtpserver.s9.hostname", "smtp.example.org");',
          'user_pref("mail.smtpserver.s9.try_ssl", 1);',
          'user_pref("mail.smtpserver.s9.authMethod", 10);',
          'user_pref("mail.identity.id1.useremail", "a@example.org");',
        ].join('\n'),
      );
      const [s] = smtpServers(prefs);
      assert.equal(s?.host, 'smtp.example.org');
      assert.equal(s?.security, 'starttls');
      assert.equal(s?.auth, true);
      assert.deepEqual(s?.identities, ['a@example.org']);
      assert.equal(s?.port, 0);
    });
  });
});
