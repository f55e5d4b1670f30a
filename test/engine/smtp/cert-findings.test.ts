import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probeSubmission } from '../../../electron/engine/smtp/probe-submission.ts';
import type { SubmissionParams } from '../../../electron/engine/smtp/types.ts';
import { makeTestPki, startFaultServer, type TestPki } from '../../helpers/smtp-fault-server.ts';
import { finding, ids, loopbackZone } from './support.ts';

const HOST = 'mail.pki.test';
const resolver = loopbackZone(HOST);

describe('smtp certificate findings', () => {
  let pki: TestPki;
  before(async () => {
    pki = await makeTestPki();
  });
  after(async () => pki.remove());

  async function probeWith(pair: { key: string; cert: string }, params: Partial<SubmissionParams> = {}, now?: Date) {
    const server = await startFaultServer({ fault: 'normal', tls: pair });
    try {
      return await probeSubmission(
        { host: HOST, port: server.port, security: 'starttls', timeoutMs: 3000, ...params },
        { lang: 'en', resolver, ...(now ? { now: () => now } : {}) },
      );
    } finally {
      await server.close();
    }
  }

  it('trusts a chain through the CA given, and says that is why', async () => {
    const r = await probeWith(await pki.leaf({ cn: HOST }), { ca: pki.caCert });
    assert.equal(r.tls?.authorized, true);
    const f = finding(r.findings, 'tls.cert.trusted-by-ca');
    assert.equal(f.params?.['issuer'], 'O=Mailpath Test, CN=Mailpath Test CA');
    assert.equal(r.tls?.chain[0]?.selfSigned, false);
  });

  it('calls a leaf without its issuer in the trust store an incomplete chain', async () => {
    const r = await probeWith(await pki.leaf({ cn: HOST }));
    const f = finding(r.findings, 'tls.cert.chain-incomplete');
    assert.equal(f.params?.['code'], 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    assert.equal(f.status, 'error');
  });

  it('reports an expired certificate with its end date', async () => {
    const r = await probeWith(await pki.leaf({ cn: HOST, start: '20200101000000Z', end: '20200201000000Z' }), { ca: pki.caCert });
    assert.equal(r.tls?.authorizationError, 'CERT_HAS_EXPIRED');
    assert.equal(finding(r.findings, 'tls.cert.expired').params?.['validTo'], '2020-02-01');
    assert.ok(!ids(r.findings).includes('tls.cert.untrusted'));
  });

  it('reports a certificate that is not valid yet', async () => {
    const r = await probeWith(await pki.leaf({ cn: HOST, start: '20990101000000Z', end: '20991231000000Z' }), { ca: pki.caCert });
    assert.equal(finding(r.findings, 'tls.cert.not-yet-valid').params?.['validFrom'], '2099-01-01');
  });

  it('warns ahead of expiry, by the injected clock', async () => {
    const pair = await pki.leaf({ cn: HOST });
    const { X509Certificate } = await import('node:crypto');
    const validTo = Date.parse(new X509Certificate(pair.cert).validTo);
    const r = await probeWith(pair, { ca: pki.caCert }, new Date(validTo - 5.5 * 86_400_000));
    assert.equal(finding(r.findings, 'tls.cert.expires-soon').params?.['days'], 5);
  });

  it('reports a certificate for another name as a mismatch, not as untrusted', async () => {
    const r = await probeWith(await pki.leaf({ cn: 'other.pki.test' }), { ca: pki.caCert });
    assert.equal(finding(r.findings, 'tls.cert.name-mismatch').params?.['names'], 'other.pki.test');
    assert.equal(r.tls?.authorized, true);
    assert.equal(r.tls?.nameMatches, false);
    assert.ok(!ids(r.findings).includes('tls.cert.untrusted'));
  });

  it('says when the CA given cannot be read, and goes on with the system roots', async () => {
    const r = await probeWith(await pki.leaf({ cn: HOST }), { ca: 'not a certificate', caFile: '/nonexistent/ca.pem' });
    assert.deepEqual(
      r.findings.filter((f) => f.id === 'tls.ca.unreadable').map((f) => f.params?.['file']),
      ['PEM', '/nonexistent/ca.pem'],
    );
    finding(r.findings, 'tls.cert.chain-incomplete');
  });
});
