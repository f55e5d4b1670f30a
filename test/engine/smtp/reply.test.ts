import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeReply, parseReplyLine, replyFromText, replySummary, splitStatus } from '../../../electron/engine/smtp/reply.ts';

describe('smtp reply', () => {
  describe('parseReplyLine', () => {
    it('reads code, continuation and text', () => {
      assert.deepEqual(parseReplyLine('250-PIPELINING'), { code: 250, more: true, text: 'PIPELINING' });
      assert.deepEqual(parseReplyLine('220 mx ESMTP'), { code: 220, more: false, text: 'mx ESMTP' });
      assert.deepEqual(parseReplyLine('250'), { code: 250, more: false, text: '' });
    });

    it('rejects lines that are not replies', () => {
      for (const l of ['HTTP/1.1 400 Bad Request', '2500 x', '', 'abc', '650 x']) assert.equal(parseReplyLine(l), undefined, l);
    });
  });

  describe('makeReply', () => {
    it('takes the enhanced status of the first line and joins the texts', () => {
      const r = makeReply([
        '550-5.1.1 The email account that you tried to reach does not exist.',
        '550 5.1.1 https://support.google.com/mail/?p=NoSuchUser x - gsmtp',
      ]);
      assert.equal(r.code, 550);
      assert.equal(r.status, '5.1.1');
      assert.equal(
        replySummary(r),
        '550 5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser x - gsmtp',
      );
    });

    it('does not mistake a version number for a status code', () => {
      assert.deepEqual(splitStatus('2.0.0x not a status'), { rest: '2.0.0x not a status' });
      assert.equal(splitStatus('4.7.1 Greylisted').status, '4.7.1');
    });
  });

  describe('replyFromText', () => {
    it('parses nodemailer’s newline-joined response', () => {
      assert.equal(replyFromText('250 2.0.0 Ok: queued as 4Xyz')?.status, '2.0.0');
      assert.equal(replyFromText('not smtp'), undefined);
    });
  });
});
