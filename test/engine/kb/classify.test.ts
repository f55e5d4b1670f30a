import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyReason } from '../../../electron/engine/kb/classify.ts';
import type { ReasonFact } from '../../../electron/engine/kb/classify.ts';

const fact = (f: Partial<ReasonFact>): ReasonFact => ({
  status: '',
  replyCode: '',
  diagnostic: '',
  diagnosticType: 'SMTP',
  command: '',
  action: 'failed',
  ...f,
});

describe('classify', () => {
  describe('classifyReason', () => {
    it('trusts a mailbox-full text over a user-unknown status', () => {
      assert.equal(classifyReason(fact({ status: '5.1.1', diagnostic: '550 5.1.1 mailbox full' })), 'mailboxfull');
    });

    it('calls a user-unknown text after DATA "filtered", as Sisimai does', () => {
      assert.equal(classifyReason(fact({ status: '5.0.0', diagnostic: '550 User unknown', command: 'DATA' })), 'filtered');
    });

    it('calls a user-unknown text at RCPT "userunknown"', () => {
      assert.equal(classifyReason(fact({ status: '5.0.0', diagnostic: '550 User unknown', command: 'RCPT' })), 'userunknown');
    });

    it('keeps a reason the format stated unless a closer look refines it', () => {
      assert.equal(classifyReason(fact({ diagnostic: 'whatever', reason: 'suspend' })), 'suspend');
      assert.equal(classifyReason(fact({ diagnostic: 'mailbox is full', reason: 'userunknown' })), 'mailboxfull');
    });

    it('says expired for a delayed delivery without a better reason', () => {
      assert.equal(classifyReason(fact({ action: 'delayed', diagnosticType: 'X-Unknown' })), 'expired');
    });

    it('says onhold when there is text but nothing to go on, and undefined when there is none', () => {
      assert.equal(classifyReason(fact({ diagnostic: 'something odd happened' })), 'onhold');
      assert.equal(classifyReason(fact({})), 'undefined');
    });

    it('reads a null MX as notaccept', () => {
      assert.equal(
        classifyReason(fact({ status: '5.1.10', replyCode: '556', diagnostic: '556 5.1.10 Recipient address has null MX' })),
        'notaccept',
      );
    });

    it('says delivered for a 2.x.x status', () => {
      assert.equal(classifyReason(fact({ status: '2.0.0', diagnostic: '250 OK' })), 'delivered');
    });
  });
});
