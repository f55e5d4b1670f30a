import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCommand, findReplyCode, findStatusCode, preferStatus } from '../../../electron/engine/kb/codes.ts';

describe('codes', () => {
  describe('findStatusCode', () => {
    it('picks the specific code and ignores IP addresses and version numbers', () => {
      assert.equal(findStatusCode('host mx[192.0.2.5] said: 550 5.0.0 blah 5.1.1 user unknown'), '5.1.1');
      assert.equal(findStatusCode('Postfix v3.4.1 said 550 5.7.1 denied'), '5.7.1');
      assert.equal(findStatusCode('no code here'), undefined);
    });

    it('reads three-digit details such as 5.7.606', () => {
      assert.equal(findStatusCode('550 5.7.606 Access denied, banned sending IP'), '5.7.606');
    });
  });

  describe('findReplyCode', () => {
    it('finds a reply code that is not part of a longer number', () => {
      assert.equal(findReplyCode('host said: 550 5.1.1 unknown'), '550');
      assert.equal(findReplyCode('id 15500 then 451 temporary'), '451');
    });
  });

  describe('preferStatus', () => {
    it('prefers the text over an X.0.0 Status field', () => {
      assert.equal(preferStatus('5.0.0', '5.1.1', '550'), '5.1.1');
      assert.equal(preferStatus('5.2.2', '5.0.0', '550'), '5.2.2');
    });
  });

  describe('findCommand', () => {
    it('reads the command a reply answered', () => {
      assert.equal(findCommand('(in reply to RCPT TO command)'), 'RCPT');
      assert.equal(findCommand('(in reply to end of DATA command)'), 'DATA');
      assert.equal(findCommand('SMTP error from remote mail server after MAIL FROM:<a@b>'), 'MAIL');
    });
  });
});
