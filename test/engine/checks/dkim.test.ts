import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkDkim,
  COMMON_SELECTORS,
  parseDkimKey,
  parseDkimSignatures,
  type DkimCheckResult,
  type DkimParams,
} from '../../../electron/engine/checks/dkim.ts';
import { createResolver } from '../../../electron/engine/dns/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { startDnsTestServer, type DnsTestServer } from '../../helpers/dns-test-server.ts';
import { ZONES_DIR, type KnotServer } from '../../helpers/knot.ts';
import { knotResolver, startChecksKnot } from '../../fixtures/zones-checks/serve.ts';

const ids = (r: { findings: readonly Finding[] }): string[] => r.findings.map((f) => f.id);
const find = (r: { findings: readonly Finding[] }, id: string): Finding => {
  const f = r.findings.find((x) => x.id === id);
  assert.ok(f, `no ${id} in ${ids(r).join(', ')}`);
  return f;
};

describe('dkim', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (params: DkimParams): Promise<DkimCheckResult> => checkDkim(params, { resolver: knotResolver(knot), lang: 'en' });
  const one = async (domain: string, selector: string): Promise<DkimCheckResult> => run({ domain, selectors: [selector] });

  describe('checkDkim with given selectors', () => {
    it('reads a 2048-bit key split over two TXT strings as ok', async () => {
      const r = await one('example.test', 'selector1');
      assert.deepEqual(ids(r), ['dkim.key.ok']);
      const f = find(r, 'dkim.key.ok');
      assert.deepEqual([f.params?.['bits'], f.params?.['keyType'], f.subject], [2048, 'rsa', 'selector1._domainkey.example.test']);
      const pem = await readFile(path.join(ZONES_DIR, 'keys/selector1.example.test.pem'), 'utf-8');
      const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
      assert.equal(r.selectors[0]?.keys[0]?.record, `v=DKIM1; k=rsa; p=${spki}`);
      assert.equal(f.evidence[0]?.kind === 'dns' && f.evidence[0].name, 'selector1._domainkey.example.test');
    });

    it('warns about a 1024-bit key and about testing mode', async () => {
      const short = await one('example.test', 's1024');
      assert.deepEqual(ids(short), ['dkim.key.short']);
      assert.equal(find(short, 'dkim.key.short').params?.['bits'], 1024);
      const testing = await one('example.test', 'testing');
      assert.deepEqual(ids(testing), ['dkim.key.testing', 'dkim.key.short']);
      assert.equal(testing.selectors[0]?.keys[0]?.testing, true);
    });

    it('calls an RSA key under 1024 bits an error', async () => {
      const r = await one('checks.test', 'weak');
      assert.deepEqual(ids(r), ['dkim.key.too-short']);
      assert.deepEqual([r.findings[0]?.status, r.findings[0]?.params?.['bits']], ['error', 512]);
    });

    it('calls a revoked key (empty p=) an error for a selector in use', async () => {
      const r = await one('example.test', 'revoked');
      assert.deepEqual(ids(r), ['dkim.key.revoked']);
      assert.equal(r.findings[0]?.status, 'error');
    });

    it('reports a selector delegated by CNAME with its target, and checks the key there', async () => {
      const r = await one('example.test', 'selector2');
      assert.deepEqual(ids(r), ['dkim.key.cname', 'dkim.key.ok']);
      assert.equal(find(r, 'dkim.key.cname').params?.['target'], 'selector1._domainkey.example.test');
      assert.deepEqual(r.selectors[0]?.cnames, ['selector1._domainkey.example.test']);
    });

    it('reads an Ed25519 key and notes that not every verifier supports it', async () => {
      const r = await one('checks.test', 'ed');
      assert.deepEqual(ids(r), ['dkim.key.ed25519', 'dkim.key.ok']);
      assert.deepEqual([r.selectors[0]?.keys[0]?.keyType, r.selectors[0]?.keys[0]?.bits], ['ed25519', 256]);
    });

    it('warns about a key in PKCS#1 form but still reads its size', async () => {
      const r = await one('checks.test', 'pkcs1');
      assert.deepEqual(ids(r), ['dkim.key.pkcs1', 'dkim.key.ok']);
      assert.equal(r.selectors[0]?.keys[0]?.bits, 2048);
    });

    it('reports syntax errors: a duplicated tag, v= not first, no p=', async () => {
      for (const [selector, detail] of [
        ['dup', /k= appears twice/],
        ['order', /v= is not the first tag/],
        ['nokey', /no p= tag/],
      ] as const) {
        const r = await one('checks.test', selector);
        const f = find(r, 'dkim.key.syntax');
        assert.equal(f.status, 'error');
        assert.match(String(f.params?.['detail']), detail);
      }
    });

    it('reports a p= that holds no key, and an unknown key type', async () => {
      const garbage = await one('checks.test', 'garbage');
      assert.deepEqual(ids(garbage), ['dkim.key.invalid']);
      assert.match(String(garbage.findings[0]?.params?.['detail']), /RSA public key/);
      assert.deepEqual(ids(await one('checks.test', 'dsa')), ['dkim.key.unknown-type']);
    });

    it('reports h= without sha256, s= without email, and t=s', async () => {
      assert.deepEqual(ids(await one('checks.test', 'sha1')), ['dkim.key.no-sha256', 'dkim.key.ok']);
      const service = await one('checks.test', 'service');
      assert.deepEqual(ids(service), ['dkim.key.service', 'dkim.key.ok']);
      assert.equal(find(service, 'dkim.key.service').params?.['services'], 'tlsrpt');
      const strict = await one('checks.test', 'strict');
      assert.deepEqual(ids(strict), ['dkim.key.strict', 'dkim.key.ok']);
    });

    it('warns about several key records at one selector and judges each', async () => {
      const r = await one('checks.test', 'multi');
      // Knot serves the RRset in its own order
      assert.deepEqual(ids(r).sort(), ['dkim.key.multiple', 'dkim.key.ok', 'dkim.key.short']);
      assert.equal(find(r, 'dkim.key.multiple').params?.['count'], 2);
    });

    it('says a given selector without a record is missing, and refuses a malformed selector', async () => {
      const r = await run({ domain: 'example.test', selectors: ['nosuch', 'bad selector!'] });
      assert.deepEqual(ids(r), ['dkim.selector.missing', 'dkim.selector.invalid']);
      assert.deepEqual([r.findings[0]?.status, r.findings[0]?.params?.['outcome']], ['error', 'NXDOMAIN']);
      assert.deepEqual(
        r.selectors.map((s) => s.status),
        ['missing', 'invalid'],
      );
      assert.deepEqual(r.probed, []);
    });
  });

  describe('checkDkim with a pasted DKIM-Signature', () => {
    it('takes d= and s= from the header, says when d= is another organization, and flags rsa-sha1', async () => {
      const header =
        'DKIM-Signature: v=1; a=rsa-sha1; c=relaxed/relaxed; d=example.test;\r\n s=selector1; h=from:to:subject; bh=abc=;\r\n\tb=ZGVm\r\n';
      const r = await run({ domain: 'checks.test', signatureHeader: header });
      assert.deepEqual(ids(r), ['dkim.signature.other-domain', 'dkim.signature.sha1', 'dkim.key.ok']);
      const other = find(r, 'dkim.signature.other-domain');
      assert.equal(other.status, 'warning');
      assert.deepEqual(other.evidence[0], {
        kind: 'header',
        name: 'DKIM-Signature',
        value: 'v=1; a=rsa-sha1; c=relaxed/relaxed; d=example.test; s=selector1; h=from:to:subject; bh=abc=; b=ZGVm',
      });
      assert.deepEqual(
        r.selectors.map((s) => [s.name, s.source]),
        [['selector1._domainkey.example.test', 'signature']],
      );
    });

    it('accepts a d= in the same organizational domain as info', async () => {
      const r = await run({ domain: 'checks.test', signatureHeader: 'v=1; a=rsa-sha256; d=Mail.Checks.Test; s=s1; b=x' });
      assert.deepEqual(ids(r), ['dkim.signature.same-organization', 'dkim.key.ok']);
      assert.equal(r.findings[0]?.status, 'info');
    });

    it('reports a header without d= or s= and does not probe', async () => {
      const r = await run({ domain: 'example.test', signatureHeader: 'DKIM-Signature: v=1; a=rsa-sha256; b=abc' });
      assert.deepEqual(ids(r), ['dkim.signature.unparsable']);
      assert.match(String(r.findings[0]?.params?.['detail']), /no d=.*no s=/);
      assert.deepEqual(r.probed, []);
    });
  });

  describe('checkDkim without a known selector', () => {
    it('probes common selectors and reports the keys found', async () => {
      const r = await run({ domain: 'probe.checks.test' });
      assert.deepEqual(r.probed, [...COMMON_SELECTORS]);
      assert.ok(COMMON_SELECTORS.length >= 20);
      assert.deepEqual(
        r.selectors.map((s) => s.selector),
        ['google', 'k2'],
      );
      assert.deepEqual(ids(r), ['dkim.key.ok', 'dkim.key.short', 'dkim.probe.found']);
      assert.equal(find(r, 'dkim.probe.found').params?.['selectors'], 'google, k2');
      assert.equal(r.evidence.length, COMMON_SELECTORS.length);
    });

    it('says when no common selector has a key, without claiming DKIM is absent', async () => {
      const r = await run({ domain: 'noprobe.checks.test' });
      assert.deepEqual(ids(r), ['dkim.probe.none']);
      assert.equal(r.findings[0]?.status, 'warning');
      assert.equal(r.findings[0]?.evidence.length, COMMON_SELECTORS.length);
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: { 'fail.test': [{ type: 'A', data: '192.0.2.90' }] },
        faults: { '*/TXT': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports a SERVFAIL for a given selector as a DNS failure (error), not as a missing key', async () => {
      const r = await checkDkim({ domain: 'fail.test', selectors: ['selector1'] }, deps());
      assert.deepEqual(ids(r), ['dns.servfail']);
      assert.deepEqual([r.findings[0]?.status, r.findings[0]?.check], ['error', 'dkim']);
      assert.equal(r.selectors[0]?.status, 'failed');
    });

    it('does not conclude "no key found" from a probe whose lookups failed', async () => {
      const r = await checkDkim({ domain: 'fail.test' }, deps());
      assert.equal(r.findings.length, COMMON_SELECTORS.length);
      assert.ok(r.findings.every((f) => f.id === 'dns.servfail' && f.status === 'warning'));
    });
  });

  describe('parseDkimKey', () => {
    it('joins a p= folded with whitespace and reads t= and h= lists', () => {
      const pem = createPublicKey({
        key: Buffer.from('MCowBQYDK2VwAyEANsstGmxHQ7I9ek0HCNCzI1pQZ7phghCrQeu0xraXaTI=', 'base64'),
        format: 'der',
        type: 'spki',
      });
      const raw = pem.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');
      const k = parseDkimKey(`v=DKIM1; k=ed25519; t=y:s; h=sha256; p=${raw.slice(0, 20)}  ${raw.slice(20)}`);
      assert.deepEqual([k.keyType, k.bits, k.testing, k.strict, k.hashes, k.syntax], ['ed25519', 256, true, true, ['sha256'], []]);
    });

    it('rejects a version other than DKIM1 and an Ed25519 key of the wrong length', () => {
      assert.deepEqual(parseDkimKey('v=DKIM2; p=').syntax, ['v=DKIM2 (must be DKIM1)']);
      assert.match(parseDkimKey('k=ed25519; p=AAAA').keyProblem ?? '', /32 octets/);
    });
  });

  describe('parseDkimSignatures', () => {
    it('reads several folded DKIM-Signature fields among other header lines', () => {
      const text =
        'Received: from x\r\nDKIM-Signature: v=1; a=rsa-sha256; d=example.test;\r\n\ts=selector1; b=abc\r\nDKIM-Signature: v=1; a=ed25519-sha256; d=provider.example; s=s2025;\r\n i=@provider.example; b=def\r\nSubject: hi\r\n';
      assert.deepEqual(parseDkimSignatures(text), [
        {
          domain: 'example.test',
          selector: 'selector1',
          algorithm: 'rsa-sha256',
          problems: [],
          field: 'v=1; a=rsa-sha256; d=example.test; s=selector1; b=abc',
        },
        {
          domain: 'provider.example',
          selector: 's2025',
          algorithm: 'ed25519-sha256',
          identity: '@provider.example',
          problems: [],
          field: 'v=1; a=ed25519-sha256; d=provider.example; s=s2025; i=@provider.example; b=def',
        },
      ]);
    });
  });
});
