import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROVIDERS, providerByMx, providerBySpf } from '../../../electron/engine/discover/providers.ts';

describe('discover', () => {
  describe('PROVIDERS', () => {
    it('gives every entry a source URL, a fingerprint and documented servers', () => {
      const ids = new Set<string>();
      for (const p of PROVIDERS) {
        assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
        ids.add(p.id);
        assert.ok(p.sources.length > 0, `${p.id} has no source`);
        for (const s of p.sources) assert.match(s, /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i, `${p.id}: ${s}`);
        assert.ok((p.mx?.length ?? 0) + (p.spf?.length ?? 0) > 0, `${p.id} has no MX or SPF pattern`);
        const servers = p.servers('eu-west-1');
        assert.ok(servers.length > 0, `${p.id} has no servers`);
        for (const s of servers) {
          assert.match(s.host, /^[a-z0-9.-]+\.[a-z]{2,}$/, `${p.id}: ${s.host}`);
          assert.ok([25, 465, 587, 2525].includes(s.port), `${p.id}: port ${s.port}`);
          assert.equal(s.security === 'tls', s.port === 465, `${p.id}: ${s.port} with ${s.security}`);
        }
      }
    });

    it('matches MX hosts and SPF includes', () => {
      assert.equal(providerByMx('contoso-com.mail.protection.outlook.com.')?.entry.id, 'microsoft365');
      assert.equal(providerByMx('MX1.MAIL.OVH.NET')?.entry.id, 'ovh');
      assert.equal(providerByMx('mxa.eu.mailgun.org')?.entry.id, 'mailgun-eu');
      assert.equal(providerByMx('mail.protonmail.ch')?.entry.id, 'proton');
      assert.equal(providerByMx('inbound-smtp.us-east-1.amazonaws.com')?.region, 'us-east-1');
      assert.equal(providerByMx('mx.example.se'), undefined);
      assert.equal(providerBySpf('_spf.google.com')?.id, 'google');
      assert.equal(providerBySpf('spf.example.com'), undefined);
    });
  });
});
