import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cookieToken, guardApi, guardStatic, type GuardInput } from '../../electron/bridge/guard.ts';

const PORT = 4321;
const TOKEN = 'secret-token';
const ok: GuardInput = {
  method: 'POST',
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
  contentType: 'application/json',
  cookie: `other=1; mailpath_token=${TOKEN}`,
  authorization: undefined,
  remoteAddress: '127.0.0.1',
};

describe('bridge guard', () => {
  describe('guardApi', () => {
    it('lets a same-origin request with the token through', () => {
      assert.deepEqual(guardApi(ok, PORT, TOKEN), { ok: true });
      assert.deepEqual(guardApi({ ...ok, origin: undefined, cookie: undefined, authorization: `Bearer ${TOKEN}` }, PORT, TOKEN), { ok: true });
    });

    it('refuses a rebound DNS name in the Host header', () => {
      assert.equal(guardApi({ ...ok, host: `evil.example:${PORT}` }, PORT, TOKEN).ok, false);
    });

    it('refuses a cross-site Origin even with the cookie', () => {
      const v = guardApi({ ...ok, origin: 'https://evil.example' }, PORT, TOKEN);
      assert.deepEqual(v, { ok: false, status: 403, reason: 'foreign Origin' });
    });

    it('refuses a form post (not JSON), a GET, a wrong token and a non-loopback peer', () => {
      assert.equal(guardApi({ ...ok, contentType: 'application/x-www-form-urlencoded' }, PORT, TOKEN).ok, false);
      assert.equal(guardApi({ ...ok, method: 'GET' }, PORT, TOKEN).ok, false);
      assert.equal(guardApi({ ...ok, cookie: 'mailpath_token=guess' }, PORT, TOKEN).ok, false);
      assert.equal(guardApi({ ...ok, remoteAddress: '192.0.2.7' }, PORT, TOKEN).ok, false);
    });
  });

  describe('guardStatic', () => {
    it('serves its own host only', () => {
      assert.deepEqual(guardStatic({ ...ok, method: 'GET' }, PORT), { ok: true });
      assert.equal(guardStatic({ ...ok, method: 'GET', host: 'attacker.test' }, PORT).ok, false);
    });
  });

  describe('cookieToken', () => {
    it('finds the token among other cookies', () => {
      assert.equal(cookieToken('a=1; mailpath_token=abc=; b=2'), 'abc=');
      assert.equal(cookieToken(undefined), undefined);
    });
  });
});
