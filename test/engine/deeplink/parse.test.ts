import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeepLink } from '../../../electron/engine/deeplink/parse.ts';
import { OpError } from '../../../electron/engine/contract/result.ts';

describe('deeplink', () => {
  describe('parseDeepLink', () => {
    it('fills the case and the provider profile from allowed parameters', () => {
      const link = parseDeepLink(
        'mailpath://case?from=anna%40firma.se&to=ola%40kund.no&to=kari%40kund.no&sent=2026-11-20T14:02&tz=Europe/Oslo&symptom=bounced&ref=CS-1234&provider=Kund%20Hosting&support=support%40kund-hosting.no&mx=*.mx.kund-hosting.no',
      );
      assert.deepEqual(link, {
        action: 'case',
        patch: {
          sender: 'anna@firma.se',
          recipients: ['ola@kund.no', 'kari@kund.no'],
          sentAt: '2026-11-20T14:02',
          timeZone: 'Europe/Oslo',
          symptom: 'bounced',
          reference: 'CS-1234',
          provider: { name: 'Kund Hosting', supportAddress: 'support@kund-hosting.no', mxPattern: '*.mx.kund-hosting.no' },
        },
        ignored: [],
      });
    });

    it('ignores parameters that are not allowed, and reports them', () => {
      const link = parseDeepLink('mailpath://case?from=a%40b.se&password=x&send=1&notes=hi');
      assert.deepEqual(link.patch, { sender: 'a@b.se' });
      assert.deepEqual(link.ignored, ['password', 'send', 'notes']);
    });

    it('drops an unknown symptom and over-long values', () => {
      const link = parseDeepLink(`mailpath://case?symptom=exploded&ref=${'x'.repeat(400)}`);
      assert.deepEqual(link.patch, {});
      assert.deepEqual(link.ignored, ['ref']);
    });

    it('refuses other schemes and other actions', () => {
      assert.throws(() => parseDeepLink('https://case?from=a'), (e: unknown) => e instanceof OpError && e.code === 'invalid-input');
      assert.throws(() => parseDeepLink('mailpath://send?to=a'), /only "case"/);
      assert.throws(() => parseDeepLink('not a url'), /Not a link/);
    });
  });
});
