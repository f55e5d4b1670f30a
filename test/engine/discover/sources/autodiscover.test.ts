import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromAutodiscover, parseAutodiscover } from '../../../../electron/engine/discover/sources/autodiscover.ts';
import { startLoopbackHttp, type LoopbackHttp } from '../http-server.ts';
import { FIXTURES, testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromAutodiscover', () => {
    let http: LoopbackHttp;
    before(async () => {
      const settings = await readFile(join(FIXTURES, 'http', 'autodiscover-example.no.xml'), 'utf8');
      const redirect = await readFile(join(FIXTURES, 'http', 'autodiscover-redirect.xml'), 'utf8');
      http = await startLoopbackHttp({
        'autodiscover.example.no/autodiscover/autodiscover.xml': { status: 200, body: redirect },
        'mail.example.no/autodiscover/autodiscover.xml': { status: 200, body: settings },
        'autodiscover.contoso.se/autodiscover/autodiscover.xml': { status: 401, body: '' },
      });
    });
    after(async () => http.close());

    it('POSTs the address, follows an HTTPS redirect and reads the SMTP protocol', async () => {
      const r = await fromAutodiscover('erik@example.no', 'example.no', testDeps({ fetch: http.fetch }));
      assert.deepEqual(
        r.candidates.map((c) => [c.host, c.port, c.security, c.auth, c.source]),
        [['smtp.example.no', 587, 'starttls', true, 'autodiscover']],
      );
      const post = http.requests.find((q) => q.url === 'autodiscover.example.no/autodiscover/autodiscover.xml');
      assert.equal(post?.method, 'POST');
      assert.match(post?.body ?? '', /<EMailAddress>erik@example\.no<\/EMailAddress>/);
      assert.ok(http.requests.some((q) => q.url === 'mail.example.no/autodiscover/autodiscover.xml'));
    });

    it('reports 401 as skipped: Mailpath sends no credentials', async () => {
      const r = await fromAutodiscover('anna@contoso.se', 'contoso.se', testDeps({ fetch: http.fetch }));
      assert.equal(r.candidates.length, 0);
      assert.equal(r.findings[0]?.id, 'discover.autodiscover.auth');
      assert.equal(r.findings[0]?.status, 'skipped');
    });

    it('maps Encryption and SSL to the security used', () => {
      const xml = (p: string) =>
        `<Autodiscover><Response><Account><Action>settings</Action><Protocol><Type>SMTP</Type><Server>s.example</Server>${p}</Protocol></Account></Response></Autodiscover>`;
      assert.equal(parseAutodiscover(xml('<Port>465</Port><Encryption>SSL</Encryption>')).servers[0]?.security, 'tls');
      assert.equal(parseAutodiscover(xml('<Port>465</Port><SSL>on</SSL>')).servers[0]?.security, 'tls');
      assert.equal(parseAutodiscover(xml('<Port>25</Port><SSL>off</SSL><AuthRequired>off</AuthRequired>')).servers[0]?.security, 'none');
      assert.equal(parseAutodiscover(xml('<Port>25</Port><SSL>off</SSL><AuthRequired>off</AuthRequired>')).servers[0]?.auth, false);
    });
  });
});
