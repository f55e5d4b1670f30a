import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extensionSummary, hasExtension, parseEhlo } from '../../../electron/engine/smtp/ehlo.ts';
import { makeReply } from '../../../electron/engine/smtp/reply.ts';

describe('smtp ehlo', () => {
  describe('parseEhlo', () => {
    it('reads the server name, extensions, AUTH mechanisms and SIZE', () => {
      const info = parseEhlo(
        makeReply(['250-mail.example.test', '250-PIPELINING', '250-SIZE 10240000', '250-AUTH PLAIN LOGIN', '250-STARTTLS', '250 SMTPUTF8']),
        'ehlo',
      );
      assert.equal(info.name, 'mail.example.test');
      assert.deepEqual(info.authMechanisms, ['PLAIN', 'LOGIN']);
      assert.equal(info.size, 10240000);
      assert.equal(info.starttls, true);
      assert.ok(hasExtension(info, 'smtputf8'));
      assert.equal(extensionSummary(info), 'PIPELINING, SIZE 10240000, AUTH PLAIN LOGIN, STARTTLS, SMTPUTF8');
    });

    it('understands the old AUTH=LOGIN syntax', () => {
      const info = parseEhlo(makeReply(['250-old.example', '250-AUTH=LOGIN PLAIN', '250 HELP']), 'ehlo');
      assert.deepEqual(info.authMechanisms, ['LOGIN', 'PLAIN']);
    });

    it('gives a HELO reply no extensions', () => {
      const info = parseEhlo(makeReply(['250 ancient.example']), 'helo');
      assert.deepEqual(info.extensions, []);
      assert.equal(info.verb, 'helo');
      assert.equal(info.starttls, false);
    });
  });
});
