import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../../electron/engine/dns/index.ts';
import { fromProviders } from '../../../../electron/engine/discover/sources/provider.ts';
import { startDnsTestServer, type DnsTestServer } from '../../../helpers/dns-test-server.ts';
import { ZoneResolver } from '../../../helpers/zone-resolver.ts';
import { testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromProviders', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: {
          'contoso.se': [
            { type: 'MX', data: { preference: 0, exchange: 'contoso-se.mail.protection.outlook.com' } },
            { type: 'TXT', data: 'v=spf1 include:spf.protection.outlook.com -all' },
            { type: 'TXT', data: 'MS=ms12345678' },
          ],
        },
      });
    });
    after(async () => server.close());

    it('recognises Microsoft 365 from MX and SPF served by a DNS server', async () => {
      const resolver = createResolver({ servers: [server.address], timeoutMs: 1000 });
      const r = await fromProviders('contoso.se', testDeps({ resolver }));
      assert.equal(r.candidates.length, 1);
      const c = r.candidates[0];
      assert.deepEqual(
        [c?.host, c?.port, c?.security, c?.auth, c?.provider, c?.source],
        ['smtp.office365.com', 587, 'starttls', true, 'Microsoft 365', 'provider'],
      );
      assert.equal(c?.confidence, 0.6);
      assert.ok(c?.evidence.some((e) => e.kind === 'dns' && e.type === 'MX'));
      assert.ok(c?.evidence.some((e) => e.kind === 'dns' && e.type === 'TXT'));
      assert.ok(c?.evidence.some((e) => e.kind === 'text' && /learn\.microsoft\.com/.test(e.text)));
      const f = r.findings.find((x) => x.id === 'discover.provider.match');
      assert.equal(f?.params?.['via'], 'MX + SPF');
    });

    it('offers Google Workspace on 587 and 465 from its MX alone', async () => {
      const resolver = new ZoneResolver({
        'example.no': {
          MX: [
            { preference: 1, exchange: 'aspmx.l.google.com' },
            { preference: 5, exchange: 'alt1.aspmx.l.google.com' },
          ],
        },
      });
      const r = await fromProviders('example.no', testDeps({ resolver }));
      assert.deepEqual(
        r.candidates.map((c) => [c.host, c.port, c.security]),
        [
          ['smtp.gmail.com', 587, 'starttls'],
          ['smtp.gmail.com', 465, 'tls'],
        ],
      );
    });

    it('takes the Amazon SES region from an inbound MX, and says when SPF alone cannot tell it', async () => {
      const regional = await fromProviders(
        'example.com',
        testDeps({
          resolver: new ZoneResolver({ 'example.com': { MX: [{ preference: 10, exchange: 'inbound-smtp.eu-west-1.amazonaws.com' }] } }),
        }),
      );
      assert.equal(regional.candidates[0]?.host, 'email-smtp.eu-west-1.amazonaws.com');
      const spfOnly = await fromProviders(
        'example.com',
        testDeps({ resolver: new ZoneResolver({ 'example.com': { TXT: ['v=spf1 include:amazonses.com ~all'] } }) }),
      );
      assert.equal(spfOnly.candidates.length, 0);
      assert.equal(spfOnly.findings[0]?.id, 'discover.provider.region-unknown');
    });

    it('ranks a sending service found through SPF low, with a caveat', async () => {
      const r = await fromProviders(
        'shop.example',
        testDeps({ resolver: new ZoneResolver({ 'shop.example': { TXT: ['v=spf1 mx include:sendgrid.net -all'] } }) }),
      );
      assert.ok(r.candidates.length >= 1);
      assert.ok(r.candidates.every((c) => c.provider === 'Twilio SendGrid' && c.confidence <= 0.3));
      assert.match(r.candidates[0]?.note ?? '', /sending service/);
    });

    it('says no known provider matched, and is skipped without an address', async () => {
      const r = await fromProviders(
        'own.example',
        testDeps({ resolver: new ZoneResolver({ 'own.example': { MX: [{ preference: 10, exchange: 'mx.own.example' }] } }) }),
      );
      assert.equal(r.findings[0]?.id, 'discover.provider.none');
      assert.equal((await fromProviders(undefined, testDeps())).findings[0]?.id, 'discover.skipped.no-email');
    });
  });
});
