import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeTestMessage, newMessageId } from '../../../electron/engine/smtp/test-message.ts';

describe('smtp test-message', () => {
  describe('composeTestMessage', () => {
    const at = new Date('2026-11-24T12:00:00Z');

    it('says in the run’s language that it is a Mailpath delivery test, for which case', () => {
      const m = composeTestMessage('nb', { caseId: 'c-7', reference: 'SAK-99', from: 'ola@firma.no', host: 'smtp.firma.no', sentAt: at });
      assert.equal(m.subject, 'Mailpath leveringstest – sak SAK-99');
      assert.match(m.text, /leveringstest sendt med Mailpath/);
      assert.match(m.text, /Sak: SAK-99/);
      assert.ok(m.text.includes(m.messageId));
      assert.deepEqual(m.headers, { 'X-Mailpath-Case': 'c-7', 'X-Mailpath-Reference': 'SAK-99' });
    });

    it('keeps a typed reference on one header line', () => {
      const m = composeTestMessage('en', { caseId: 'c-1\r\nBcc: victim@example.com', from: 'a@b.example', host: 'h', sentAt: at });
      assert.equal(m.headers['X-Mailpath-Case'], 'c-1 Bcc: victim@example.com');
      assert.ok(!/[\r\n]/.test(m.subject));
    });
  });

  describe('newMessageId', () => {
    it('is unique and on the sender’s domain', () => {
      const a = newMessageId('ola@Firma.NO');
      assert.match(a, /^<mailpath\.[0-9a-f-]{36}@firma\.no>$/);
      assert.notEqual(a, newMessageId('ola@firma.no'));
    });
  });
});
