import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server.ts';
import { testServices } from '../helpers/services.ts';

let bridge: Bridge;
let secretOutside = '';

/** A raw request, so Host and Origin can be forged as an attacker's page would. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('bridge server', () => {
  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-bridge-'));
    const staticDir = join(dir, 'renderer');
    await import('node:fs/promises').then((fs) => fs.mkdir(staticDir));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    secretOutside = join(dir, 'secret.txt');
    await writeFile(secretOutside, 'do not serve');
    bridge = await startBridge({ staticDir, services: testServices() });
  });
  after(() => bridge.close());

  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    assert.match(bridge.url, new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie', async () => {
    const r = await raw(`/?token=${bridge.token}`, { headers: { host: `127.0.0.1:${bridge.port}` } });
    assert.equal(r.status, 302);
    assert.match(String(r.headers['set-cookie']), /mailpath_token=.+; HttpOnly; SameSite=Strict; Path=\//);
  });

  it('serves the app with a strict CSP', async () => {
    const r = await raw('/', { headers: { host: `127.0.0.1:${bridge.port}` } });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
    assert.doesNotMatch(String(r.headers['content-security-policy']), /unsafe-inline/);
  });

  it('refuses a DNS-rebinding Host and path traversal', async () => {
    assert.equal((await raw('/', { headers: { host: 'attacker.example' } })).status, 421);
    const traversal = await raw('/..%2fsecret.txt', { headers: { host: `127.0.0.1:${bridge.port}` } });
    assert.notEqual(traversal.status, 200);
    assert.doesNotMatch(traversal.body, /do not serve/);
  });

  it('refuses a cross-site API call even when the browser attaches the cookie', async () => {
    const r = await raw('/api/call/appInfo', {
      method: 'POST',
      headers: { host: `127.0.0.1:${bridge.port}`, origin: 'https://evil.example', 'content-type': 'application/json', cookie: `mailpath_token=${bridge.token}` },
      body: '{"input":{}}',
    });
    assert.equal(r.status, 403);
  });

  it('refuses an API call without the token', async () => {
    const r = await raw('/api/call/appInfo', {
      method: 'POST',
      headers: { host: `127.0.0.1:${bridge.port}`, origin: `http://127.0.0.1:${bridge.port}`, 'content-type': 'application/json' },
      body: '{"input":{}}',
    });
    assert.equal(r.status, 401);
  });

  it('answers a same-origin call with the cookie as NDJSON ending in the result', async () => {
    const r = await raw('/api/call/appInfo', {
      method: 'POST',
      headers: { host: `127.0.0.1:${bridge.port}`, origin: `http://127.0.0.1:${bridge.port}`, 'content-type': 'application/json', cookie: `mailpath_token=${bridge.token}` },
      body: '{"input":{},"lang":"sv"}',
    });
    assert.equal(r.status, 200);
    const last = JSON.parse(r.body.trim().split('\n').at(-1) ?? '{}') as { type: string; result: { ok: boolean; value: { host: string } } };
    assert.equal(last.type, 'result');
    assert.equal(last.result.ok, true);
    assert.equal(last.result.value.host, 'test');
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const r = await raw('/api/call/appInfo', {
      method: 'POST',
      headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
      body: '{nope',
    });
    assert.equal(r.status, 400);
  });
});
