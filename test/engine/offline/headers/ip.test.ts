import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findIps, ipScope, normalizeIp } from '../../../../electron/engine/offline/headers/ip.ts';

describe('ip', () => {
  describe('normalizeIp', () => {
    it('strips IPv6: tags and brackets, lower-cases, and reduces IPv4-mapped addresses', () => {
      assert.equal(normalizeIp('[IPv6:2001:DB8::1]'), '2001:db8::1');
      assert.equal(normalizeIp('::ffff:192.0.2.7'), '192.0.2.7');
      assert.equal(normalizeIp('[IPv6:::ffff:127.0.0.1]'), '127.0.0.1');
      assert.equal(normalizeIp('fe80::1%eth0'), 'fe80::1');
      assert.equal(normalizeIp('mail.example.com'), undefined);
    });
  });

  describe('ipScope', () => {
    it('tells public from private, loopback, link-local and shared space', () => {
      assert.equal(ipScope('192.0.2.1'), 'public');
      assert.equal(ipScope('209.85.220.41'), 'public');
      assert.equal(ipScope('2603:10a6:20b:1::5'), 'public');
      assert.equal(ipScope('10.1.2.3'), 'private');
      assert.equal(ipScope('172.20.0.1'), 'private');
      assert.equal(ipScope('fd00::1'), 'private');
      assert.equal(ipScope('127.0.0.1'), 'loopback');
      assert.equal(ipScope('::1'), 'loopback');
      assert.equal(ipScope('fe80::3c4d'), 'link-local');
      assert.equal(ipScope('100.64.1.1'), 'shared');
      assert.equal(ipScope('255.255.255.255'), 'reserved');
    });
  });

  describe('findIps', () => {
    it('finds literals before bare addresses and skips the helo= claim', () => {
      assert.deepEqual(findIps('[91.19.164.10] helo=[192.168.178.81]'), { literals: ['91.19.164.10'], bare: [] });
      assert.deepEqual(findIps('2603:10b6:802:21::24'), { literals: [], bare: ['2603:10b6:802:21::24'] });
      assert.deepEqual(findIps('10:00:00 version 1.2.3').bare, []);
    });
  });
});
