import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createOpenExternalSafely, hasControlOrSpace, safeExternalUrl } from '../../electron/main/external-url.ts';

describe('external-url', () => {
  describe('safeExternalUrl', () => {
    it('passes https links to named hosts, normalized', () => {
      assert.equal(safeExternalUrl('https://support.example.com/help?case=1#a'), 'https://support.example.com/help?case=1#a');
      assert.equal(safeExternalUrl('HTTPS://Support.Example.COM'), 'https://support.example.com/');
    });

    it('passes mailto links with ordinary fields', () => {
      assert.equal(safeExternalUrl('mailto:support@example.com'), 'mailto:support@example.com');
      assert.equal(
        safeExternalUrl('mailto:a@example.com,b@example.com?subject=Case%201&cc=c@example.com&body=Hi'),
        'mailto:a@example.com,b@example.com?subject=Case%201&cc=c@example.com&body=Hi',
      );
    });

    it('refuses other schemes that start programs or reach files', () => {
      for (const url of [
        'http://example.com/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'data:text/html,x',
        'smb://host/share',
        'ms-msdt:/id PCWDiagnostic',
        'search-ms:query=x',
        'vbscript:x',
        'app://mailpath/index.html',
        'mailpath://case?from=a@b.se',
        'tel:+4612345',
      ]) {
        assert.equal(safeExternalUrl(url), null, url);
      }
    });

    it('refuses https links with credentials, ports, addresses or local names', () => {
      for (const url of [
        'https://user:pw@example.com/',
        'https://user@example.com/',
        'https://example.com:8443/',
        'https://127.0.0.1/',
        'https://[::1]/',
        'https://0x7f000001/',
        'https://2130706433/',
        'https://localhost/',
        'https://printer.local/',
        'https://app.localhost/',
        'https://intranet/',
      ]) {
        assert.equal(safeExternalUrl(url), null, url);
      }
    });

    it('refuses mailto links that could attach local files or add headers', () => {
      assert.equal(safeExternalUrl('mailto:a@example.com?attach=/etc/passwd'), null);
      assert.equal(safeExternalUrl('mailto:a@example.com?Attachment=C:%5Csecret.txt'), null);
      assert.equal(safeExternalUrl('mailto:a@example.com?X-Header=1'), null);
      assert.equal(safeExternalUrl('mailto:?subject=x'), null);
    });

    it('refuses whitespace, control characters, over-long text and non-strings', () => {
      for (const url of [
        'https://example.com/a b',
        'https://example.com/\n',
        'https://example.com/\u0085',
        ` https://example.com/`,
        `https://example.com/${'a'.repeat(2100)}`,
        '',
        undefined,
        42,
        { href: 'https://example.com/' },
      ]) {
        assert.equal(safeExternalUrl(url), null, String(url));
      }
    });
  });

  describe('hasControlOrSpace', () => {
    it('finds spaces, C0, DEL and C1 characters and nothing else', () => {
      assert.equal(hasControlOrSpace('abc-å'), false);
      for (const c of [' ', '\t', '\u0000', '\u007f', '\u009f']) assert.equal(hasControlOrSpace(`a${c}b`), true, JSON.stringify(c));
    });
  });

  describe('createOpenExternalSafely', () => {
    it('hands only vetted URLs to the opener', async () => {
      const opened: string[] = [];
      const open = createOpenExternalSafely(async (url) => {
        opened.push(url);
      });
      assert.equal(open('file:///etc/passwd'), false);
      assert.equal(open('https://example.com/x'), true);
      await Promise.resolve();
      assert.deepEqual(opened, ['https://example.com/x']);
    });

    it('reports a failing opener instead of throwing', async () => {
      const errors: string[] = [];
      const open = createOpenExternalSafely(
        () => Promise.reject(new Error('no browser')),
        (m) => errors.push(m),
      );
      assert.equal(open('mailto:a@example.com'), true);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(errors, ['Could not open mailto:a@example.com: no browser']);
    });
  });
});
