import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, isTrustedFrame, isTrustedSender } from '../../electron/main/app-origin.ts';

describe('app-origin', () => {
  describe('isTrustedSender', () => {
    it('accepts pages of the app scheme and host', () => {
      assert.equal(isTrustedSender(APP_ENTRY_URL), true);
      assert.equal(isTrustedSender(`${APP_ORIGIN}/`), true);
      assert.equal(isTrustedSender('APP://MAILPATH/index.html?x=1#y'), true);
    });

    it('accepts the app although Node reports the origin of a custom scheme as "null"', () => {
      assert.equal(new URL(APP_ENTRY_URL).origin, 'null');
      assert.equal(isTrustedSender(APP_ENTRY_URL), true);
    });

    it('refuses every other origin, look-alike and non-string', () => {
      for (const url of [
        'https://mailpath/index.html',
        'file:///index.html',
        'app://mailpath.evil.example/',
        'app://evil/mailpath',
        'app://mailpath:8080/',
        'app://user:pw@mailpath/',
        'app:mailpath/index.html',
        'devtools://devtools/',
        'about:blank',
        '',
        'not a url',
        undefined,
        null,
        42,
        { url: APP_ENTRY_URL },
        `${APP_ENTRY_URL}${'x'.repeat(9000)}`,
      ]) {
        assert.equal(isTrustedSender(url), false, String(url));
      }
    });
  });

  describe('isTrustedFrame', () => {
    it('accepts the app page as a top-level frame', () => {
      assert.equal(isTrustedFrame({ url: APP_ENTRY_URL, parent: null }), true);
      assert.equal(isTrustedFrame({ url: APP_ENTRY_URL }), true);
    });

    it('refuses a sub-frame, a frame that is gone and a foreign frame', () => {
      assert.equal(isTrustedFrame({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } }), false);
      assert.equal(isTrustedFrame(null), false);
      assert.equal(isTrustedFrame(undefined), false);
      assert.equal(isTrustedFrame({ url: 'https://evil.example/', parent: null }), false);
    });
  });

  describe('isAppUrl', () => {
    it('is what the sender check and the navigation rule share', () => {
      assert.equal(isAppUrl(APP_ENTRY_URL), isTrustedSender(APP_ENTRY_URL));
      assert.equal(isAppUrl('https://example.com/'), false);
    });
  });
});
