import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromAutoconfig, parseAutoconfig } from '../../../../electron/engine/discover/sources/autoconfig.ts';
import { startLoopbackHttp, type LoopbackHttp } from '../http-server.ts';
import { FIXTURES, testDeps } from '../helpers.ts';

describe('discover', () => {
  describe('fromAutoconfig', () => {
    let http: LoopbackHttp;
    before(async () => {
      const xml = await readFile(join(FIXTURES, 'http', 'autoconfig-example.se.xml'), 'utf8');
      http = await startLoopbackHttp({ 'autoconfig.example.se/mail/config-v1.1.xml': { status: 200, body: xml } });
    });
    after(async () => http.close());

    it('reads the outgoing servers from autoconfig.<domain> over HTTP, placeholders filled in', async () => {
      const r = await fromAutoconfig('anna@example.se', 'example.se', testDeps({ fetch: http.fetch }));
      assert.deepEqual(
        r.candidates.map((c) => [c.host, c.port, c.security, c.auth]),
        [
          ['mail.example.se', 587, 'starttls', true],
          ['mail.example.se', 465, 'tls', true],
        ],
      );
      assert.ok(http.requests.some((q) => q.url === 'autoconfig.example.se/mail/config-v1.1.xml?emailaddress=anna%40example.se'));
      assert.ok(http.requests.some((q) => q.url === 'example.se/.well-known/autoconfig/mail/config-v1.1.xml'));
      const ev = r.candidates[0]?.evidence[0];
      assert.match(ev?.kind === 'text' ? ev.text : '', /<outgoingServer type="smtp">/);
      assert.deepEqual(r.findings, []);
    });

    it('reports what it tried when nothing is published', async () => {
      const r = await fromAutoconfig('erik@example.no', 'example.no', testDeps({ fetch: http.fetch, lang: 'nb' }));
      assert.equal(r.candidates.length, 0);
      const f = r.findings[0];
      assert.equal(f?.id, 'discover.http.none');
      assert.equal(f?.status, 'skipped');
      assert.match(String(f?.params?.['tried']), /HTTP 404/);
    });

    it('treats authentication "none" as no login and "plain" as no TLS', () => {
      const servers = parseAutoconfig(
        '<clientConfig><emailProvider id="x"><outgoingServer type="smtp"><hostname>relay.%EMAILDOMAIN%</hostname><port>25</port><socketType>plain</socketType><authentication>none</authentication></outgoingServer></emailProvider></clientConfig>',
        'a@x.example',
      );
      assert.deepEqual(servers, [{ host: 'relay.x.example', port: 25, security: 'none', auth: false }]);
      assert.deepEqual(parseAutoconfig('<not xml', 'a@x.example'), []);
    });
  });
});
