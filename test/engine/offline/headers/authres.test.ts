import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ipHintOf,
  parseAuthenticationResults,
  parseReceivedSpf,
  splitSemicolons,
} from '../../../../electron/engine/offline/headers/authres.ts';

const field = (name: string, value: string, index = 0) => ({ name, value, index });

describe('authres', () => {
  describe('splitSemicolons', () => {
    it('ignores semicolons inside comments and quoted strings', () => {
      assert.deepEqual(splitSemicolons('a; b (x; y) c; d="e;f"'), ['a', 'b (x; y) c', 'd="e;f"']);
    });
  });

  describe('parseAuthenticationResults', () => {
    it('reads Gmail results with the authserv-id, comments and properties', () => {
      const r = parseAuthenticationResults(
        field(
          'Authentication-Results',
          'mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601 header.b=Q2x9TbLf; spf=pass (google.com: domain of lars@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=lars@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
        ),
        false,
        true,
      );
      assert.deepEqual(
        r.map((x) => [x.authservId, x.method, x.result]),
        [
          ['mx.google.com', 'dkim', 'pass'],
          ['mx.google.com', 'spf', 'pass'],
          ['mx.google.com', 'dmarc', 'pass'],
        ],
      );
      assert.equal(r[0]?.properties['header.i'], '@gmail.com');
      assert.equal(r[1]?.properties['smtp.mailfrom'], 'lars@gmail.com');
      assert.equal(ipHintOf(r[1] as (typeof r)[number]), '209.85.220.41');
    });

    it('reads Microsoft 365 results that have no authserv-id and no spaces after semicolons', () => {
      const r = parseAuthenticationResults(
        field(
          'Authentication-Results',
          'spf=softfail (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dkim=fail (body hash did not verify) header.d=example.com;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000',
        ),
        false,
        true,
      );
      assert.equal(r[0]?.authservId, undefined);
      assert.deepEqual(
        r.map((x) => `${x.method}=${x.result}`),
        ['spf=softfail', 'dkim=fail', 'dmarc=fail', 'compauth=fail'],
      );
      assert.equal(r[2]?.properties['action'], 'quarantine');
      assert.equal(r[3]?.reason, '000');
      assert.equal(ipHintOf(r[0] as (typeof r)[number]), '192.0.2.7');
    });

    it('reads OpenDKIM results with a quoted reason and a glued comment', () => {
      const r = parseAuthenticationResults(
        field(
          'Authentication-Results',
          'mail.example.net; dkim=fail reason="signature verification failed" (2048-bit key; secure) header.d=yahoo.co.uk header.b=b7Kd9xQe; dmarc=pass(p=NONE,sp=QUARANTINE) header.from=yahoo.co.uk',
        ),
        false,
        true,
      );
      assert.equal(r[0]?.reason, 'signature verification failed');
      assert.equal(r[0]?.comment, '2048-bit key; secure');
      assert.equal(r[1]?.result, 'pass');
      assert.equal(r[1]?.comment, 'p=NONE,sp=QUARANTINE');
    });

    it('reads an ARC-Authentication-Results instance and a version after the authserv-id', () => {
      const r = parseAuthenticationResults(
        field('ARC-Authentication-Results', 'i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.com; arc=pass (0 oda=1 ltdi=1)'),
        true,
        true,
      );
      assert.equal(r[0]?.instance, 2);
      assert.equal(r[0]?.authservId, 'mx.microsoft.com');
      assert.deepEqual(
        r.map((x) => x.method),
        ['spf', 'arc'],
      );
    });

    it('keeps several methods in one resinfo and skips "none"', () => {
      const r = parseAuthenticationResults(
        field(
          'Authentication-Results',
          'smtp.subspace.kernel.org; dmarc=pass header.from=peff.net; spf=pass smtp.mailfrom=peff.net; arc=none smtp.client-ip=104.130.231.41',
        ),
        false,
        true,
      );
      assert.equal(r.find((x) => x.method === 'arc')?.properties['smtp.client-ip'], '104.130.231.41');
      assert.deepEqual(parseAuthenticationResults(field('Authentication-Results', 'mx.example.org; none'), false, true), []);
      const glued = parseAuthenticationResults(
        field('Authentication-Results', 'mx.example.org; spf=pass smtp.mailfrom=a.example dkim=pass header.d=a.example'),
        false,
        true,
      );
      assert.deepEqual(
        glued.map((x) => x.method),
        ['spf', 'dkim'],
      );
    });
  });

  describe('parseReceivedSpf', () => {
    it('reads the result, the comment and the key-value list (RFC 7208 §9.1)', () => {
      const [r] = parseReceivedSpf(
        field(
          'Received-SPF',
          'Pass (protection.outlook.com: domain of example.com designates 40.107.22.71 as permitted sender) receiver=protection.outlook.com; client-ip=40.107.22.71; helo=EUR05-AM6-obe.outbound.protection.outlook.com; pr=C',
        ),
      );
      assert.equal(r?.result, 'pass');
      assert.equal(r?.authservId, 'protection.outlook.com');
      assert.equal(r?.properties['client-ip'], '40.107.22.71');
      assert.equal(r?.properties['helo'], 'EUR05-AM6-obe.outbound.protection.outlook.com');
    });

    it('reads a quoted helo and ignores receiver=<UNKNOWN> as an authserv-id', () => {
      const [r] = parseReceivedSpf(
        field(
          'Received-SPF',
          'Fail (mailfrom) identity=mailfrom; client-ip=2001:db8::7; helo="[IPv6:2001:db8::7]"; envelope-from=ceo@example.com; receiver=<UNKNOWN>',
        ),
      );
      assert.equal(r?.result, 'fail');
      assert.equal(r?.properties['helo'], '[IPv6:2001:db8::7]');
      assert.equal(r?.authservId, undefined);
    });
  });
});
