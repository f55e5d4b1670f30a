import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { contentTypeFor, resolveAppRequest } from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';

/** Requests an attacker could make the page (or a link) issue to leave the renderer folder. */
const TRAVERSALS = [
  'app://mailpath/../secret.txt',
  'app://mailpath/../../../../etc/passwd',
  'app://mailpath/%2e%2e/secret.txt',
  'app://mailpath/%2E%2E/%2E%2E/secret.txt',
  'app://mailpath/assets/..%2f..%2fsecret.txt',
  'app://mailpath/..%2fsecret.txt',
  'app://mailpath/..%5csecret.txt',
  'app://mailpath/assets%5c..%5c..%5csecret.txt',
  'app://mailpath/%c0%ae%c0%ae/secret.txt',
  'app://mailpath/C:/Windows/win.ini',
  'app://mailpath/C%3A%5CWindows%5Cwin.ini',
  'app://mailpath/index.html%00.png',
  'app://mailpath/.env',
  'app://mailpath/assets/.hidden',
  'app://mailpath/%252e%252e/secret.txt',
  'app://mailpath//etc/passwd',
  'app://mailpath/\\\\server\\share',
];

describe('app-protocol', () => {
  let root = '';
  before(async () => {
    const base = await mkdtemp(join(tmpdir(), 'mp-proto-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(base, 'secret.txt'), 'secret');
  });

  describe('resolveAppRequest', () => {
    it('serves index.html for the root, with the CSP and nosniff headers', () => {
      const r = resolveAppRequest('app://mailpath/', 'GET', root);
      assert.equal(r.status, 200);
      assert.ok(r.status === 200);
      assert.equal(r.filePath, join(root, 'index.html'));
      assert.equal(r.headers['Content-Type'], 'text/html; charset=utf-8');
      assert.equal(r.headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
      assert.equal(r.headers['X-Content-Type-Options'], 'nosniff');
    });

    it('maps asset paths under the renderer folder, ignoring query and fragment', () => {
      const r = resolveAppRequest('app://mailpath/assets/index-AbC.js?v=1#x', 'GET', root);
      assert.ok(r.status === 200);
      assert.equal(r.filePath, join(root, 'assets', 'index-AbC.js'));
      assert.equal(r.headers['Content-Type'], 'text/javascript; charset=utf-8');
    });

    it('decodes percent-encoded names that stay inside the folder', () => {
      const r = resolveAppRequest('app://mailpath/assets/caf%C3%A9.svg', 'HEAD', root);
      assert.ok(r.status === 200);
      assert.equal(r.filePath, join(root, 'assets', 'café.svg'));
    });

    it('never resolves a traversal attempt to a path outside the renderer folder', () => {
      for (const url of TRAVERSALS) {
        const r = resolveAppRequest(url, 'GET', root);
        if (r.status === 200) {
          const rel = relative(root, r.filePath);
          assert.ok(r.filePath.startsWith(`${root}${sep}`) && !rel.startsWith('..'), `${url} → ${r.filePath}`);
        } else {
          assert.ok([400, 403, 404].includes(r.status), `${url} → ${r.status}`);
        }
        assert.equal(r.headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY, url);
      }
    });

    it('refuses encoded separators, hidden files and drive letters outright', () => {
      for (const url of [
        'app://mailpath/..%2fsecret.txt',
        'app://mailpath/..%5csecret.txt',
        'app://mailpath/.env',
        'app://mailpath/C:/Windows/win.ini',
        'app://mailpath/index.html%00.png',
      ]) {
        assert.equal(resolveAppRequest(url, 'GET', root).status, 403, url);
      }
    });

    it('refuses other hosts, ports and schemes', () => {
      assert.equal(resolveAppRequest('app://evil/index.html', 'GET', root).status, 404);
      assert.equal(resolveAppRequest('app://mailpath:81/index.html', 'GET', root).status, 404);
      assert.equal(resolveAppRequest('file:///index.html', 'GET', root).status, 404);
      assert.equal(resolveAppRequest('not a url', 'GET', root).status, 400);
      assert.equal(resolveAppRequest('app://u:p@mailpath/index.html', 'GET', root).status, 400);
    });

    it('answers only GET and HEAD', () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'get'])
        assert.equal(resolveAppRequest('app://mailpath/', method, root).status, 405, method);
    });
  });

  describe('contentTypeFor', () => {
    it('names the types the renderer build emits and falls back to octet-stream', () => {
      assert.equal(contentTypeFor('a.CSS'), 'text/css; charset=utf-8');
      assert.equal(contentTypeFor('icon.svg'), 'image/svg+xml');
      assert.equal(contentTypeFor('font.woff2'), 'font/woff2');
      assert.equal(contentTypeFor('x.exe'), 'application/octet-stream');
      assert.equal(contentTypeFor('noext'), 'application/octet-stream');
    });
  });
});
