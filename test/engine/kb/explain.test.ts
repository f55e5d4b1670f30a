import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainReply } from '../../../electron/engine/kb/index.ts';

describe('kb', () => {
  describe('explainReply', () => {
    const cases: readonly (readonly [string, Parameters<typeof explainReply>[0], string, string])[] = [
      [
        'an unknown user',
        {
          replyCode: 550,
          status: '5.1.1',
          text: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
          command: 'RCPT',
        },
        'userunknown',
        'text:user-unknown',
      ],
      [
        'a Microsoft 365 banned sending IP (5.7.606-5.7.649)',
        {
          text: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
        },
        'blocked',
        'text:m365-banned-ip',
      ],
      [
        'Microsoft 365 5.7.708',
        { text: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.' },
        'speeding',
        'text:m365-traffic-not-accepted',
      ],
      [
        'Gmail 5.7.26 DMARC',
        { text: "550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy." },
        'authfailure',
        'text:gmail-5.7.26',
      ],
      [
        'Gmail 5.7.27 SPF',
        {
          text: '550 5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with SPF.',
        },
        'authfailure',
        'text:gmail-5.7.27',
      ],
      [
        'Gmail 4.7.28 rate',
        { text: '421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address.' },
        'blocked',
        'text:gmail-4.7.28',
      ],
      [
        'a Spamhaus listing',
        {
          text: '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9',
          command: 'RCPT',
        },
        'blocked',
        'text:spamhaus',
      ],
      [
        'greylisting',
        {
          text: '450 4.7.1 <a@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
          command: 'RCPT',
        },
        'blocked',
        'text:greylisting',
      ],
      [
        'Relay access denied',
        { text: '554 5.7.1 <a@example.net>: Relay access denied', command: 'RCPT' },
        'norelaying',
        'text:relay-denied',
      ],
      [
        'Sender address rejected: Domain not found',
        { text: '450 4.1.8 <me@nonexistent.invalid>: Sender address rejected: Domain not found', command: 'RCPT' },
        'rejected',
        'text:sender-domain-not-found',
      ],
      [
        'an SPF fail',
        { text: '550 5.7.23 The message was rejected because of Sender Policy Framework violation' },
        'authfailure',
        'text:spf-fail',
      ],
      ['a full mailbox', { text: '552 5.2.2 <a@example.org>: Mailbox full' }, 'mailboxfull', 'text:mailbox-full'],
      [
        'Microsoft 365 directory-based edge blocking',
        { text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.protection.outlook.com]' },
        'userunknown',
        'text:m365-edge-block',
      ],
      [
        'a missing PTR at Gmail',
        { text: '550-5.7.25 The IP address sending this message does not have a PTR record setup' },
        'requireptr',
        'text:gmail-ptr',
      ],
    ];
    for (const [what, reply, reason, matchedBy] of cases) {
      it(`explains ${what} as ${reason}`, () => {
        const e = explainReply(reply, 'en');
        assert.equal(e.reason, reason);
        assert.equal(e.matchedBy, matchedBy);
        assert.ok(e.explanation.length > 20 && e.cause.length > 5 && e.fix.length > 5);
      });
    }

    it('falls back to the enhanced status code table', () => {
      const e = explainReply({ replyCode: 552, status: '5.3.4', text: '552 5.3.4 Error: message file too big' }, 'en');
      assert.equal(e.reason, 'mesgtoobig');
      assert.equal(e.matchedBy, 'status:5.3.4');
      assert.equal(e.severity, 'permanent');
    });

    it('falls back to the reply code table when there is no status code', () => {
      const e = explainReply({ replyCode: 421, text: '421 Service not available' }, 'en');
      assert.equal(e.matchedBy, 'reply:421');
      assert.equal(e.severity, 'temporary');
      assert.equal(e.whoMustAct, 'recipient-provider');
    });

    it('answers in Swedish and Norwegian', () => {
      const reply = { replyCode: 550, status: '5.1.1', text: '550 5.1.1 User unknown', command: 'RCPT' };
      assert.match(explainReply(reply, 'sv').explanation, /Mottagaradressen finns inte/);
      assert.match(explainReply(reply, 'nb').explanation, /Mottakeradressen finnes ikke/);
    });

    it('says success for 250', () => {
      const e = explainReply({ replyCode: 250, status: '2.0.0', text: '250 2.0.0 Ok: queued as 4Xyz' }, 'en');
      assert.equal(e.severity, 'success');
      assert.equal(e.reason, 'delivered');
    });
  });
});
