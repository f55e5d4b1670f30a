import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressValue, hasDsnFields, parseDeliveryStatus } from '../../../../electron/engine/offline/bounce/rfc3464.ts';

describe('rfc3464', () => {
  describe('parseDeliveryStatus', () => {
    it('reads per-recipient blocks with folded Diagnostic-Code values', () => {
      const r = parseDeliveryStatus([
        'Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.net\nOriginal-Recipient: rfc822;a@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.net>:\n    Recipient address rejected\nLast-Attempt-Date: Mon, 3 Mar 2025 10:00:00 +0100\n',
      ]);
      assert.equal(r?.reportingMta, 'mx.example.org');
      assert.equal(r?.deliveries.length, 1);
      const x = r?.deliveries[0];
      assert.equal(x?.recipient, 'a@example.net');
      assert.equal(x?.originalRecipient, 'a@example.net');
      assert.equal(x?.diagnostic, '550 5.1.1 <a@example.net>: Recipient address rejected');
      assert.equal(x?.diagnosticType, 'SMTP');
      assert.equal(x?.remoteMta, 'mx.example.net');
      assert.equal(x?.lastAttemptDate, 'Mon, 3 Mar 2025 10:00:00 +0100');
    });

    it('returns undefined for an empty delivery-status part', () => {
      assert.equal(parseDeliveryStatus(['\n']), undefined);
    });

    it('uses X-Actual-Recipient when Final-Recipient is missing', () => {
      const r = parseDeliveryStatus(['X-Actual-Recipient: rfc822; b@example.net\nAction: failed\nStatus: 5.2.2\n']);
      assert.equal(r?.deliveries[0]?.recipient, 'b@example.net');
    });
  });

  describe('addressValue', () => {
    it('strips the address type and angle brackets', () => {
      assert.equal(addressValue('rfc822; <x@example.org>'), 'x@example.org');
    });
  });

  describe('hasDsnFields', () => {
    it('finds DSN fields inlined in a text part', () => {
      assert.equal(hasDsnFields('blah\nFinal-Recipient: rfc822; x@y.z\nAction: failed\n'), true);
      assert.equal(hasDsnFields('Hello\nAction: none\n'), false);
    });
  });
});
