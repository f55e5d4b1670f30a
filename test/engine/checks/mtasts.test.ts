import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkMtaSts,
  parseMtaStsPolicy,
  parseTlsRptRecord,
  type MtaStsDeps,
  type MtaStsResult,
} from '../../../electron/engine/checks/mtasts.ts';
import type { HttpFetch } from '../../../electron/engine/checks/support/types.ts';
import { createResolver } from '../../../electron/engine/dns/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import { startDnsTestServer, type DnsTestServer } from '../../helpers/dns-test-server.ts';
import type { KnotServer } from '../../helpers/knot.ts';
import { knotResolver, startChecksKnot } from '../../fixtures/zones-checks/serve.ts';

const ids = (r: { findings: readonly Finding[] }): string[] => r.findings.map((f) => f.id);
const find = (r: { findings: readonly Finding[] }, id: string): Finding => {
  const f = r.findings.find((x) => x.id === id);
  assert.ok(f, `no ${id} in ${ids(r).join(', ')}`);
  return f;
};

/** A fake HTTPS client serving fixed answers by URL, recording what was asked. */
function fakeFetch(pages: Record<string, { status: number; text: string } | Error>): HttpFetch & { asked: string[] } {
  const asked: string[] = [];
  const f = async (url: string): Promise<{ status: number; text: string }> => {
    asked.push(url);
    const page = pages[url];
    if (page instanceof Error) throw page;
    return page ?? { status: 404, text: 'not found' };
  };
  return Object.assign(f, { asked });
}

const URL_EXAMPLE = 'https://mta-sts.example.test/.well-known/mta-sts.txt';
const policy = (lines: string[]): { status: number; text: string } => ({ status: 200, text: lines.join('\r\n') + '\r\n' });

describe('mtasts', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (domain: string, fetch?: HttpFetch, role?: 'sender' | 'recipient'): Promise<MtaStsResult> => {
    const deps: MtaStsDeps = { resolver: knotResolver(knot), lang: 'en', ...(fetch ? { fetch } : {}) };
    return checkMtaSts({ domain, ...(role ? { role } : {}) }, deps);
  };

  describe('checkMtaSts', () => {
    it('accepts an enforced policy that covers every MX host, and the TLS-RPT record', async () => {
      const fetch = fakeFetch({
        [URL_EXAMPLE]: policy(['version: STSv1', 'mode: enforce', 'mx: mx1.example.test', 'mx: *.example.test', 'max_age: 604800']),
      });
      const r = await run('example.test', fetch);
      assert.deepEqual(fetch.asked, [URL_EXAMPLE]);
      assert.deepEqual(ids(r).sort(), ['mtasts.mx.match', 'mtasts.policy.enforce', 'tlsrpt.ok']);
      assert.deepEqual(
        [r.status, r.record?.id, r.policy?.mode, r.policy?.maxAge, r.mxHosts, r.unmatched],
        ['ok', '20250101T000000', 'enforce', 604800, ['mx1.example.test', 'mx2.example.test'], []],
      );
      assert.deepEqual(r.tlsRpt, {
        status: 'ok',
        record: { text: 'v=TLSRPTv1; rua=mailto:tlsrpt@example.test', rua: ['mailto:tlsrpt@example.test'], problems: [] },
      });
      const enforce = find(r, 'mtasts.policy.enforce');
      assert.deepEqual(
        enforce.evidence.map((e) => e.kind),
        ['dns', 'text'],
      );
      assert.equal(enforce.whoMustAct, 'nobody');
    });

    it('reports MX hosts the policy does not list: an error in enforce mode', async () => {
      const fetch = fakeFetch({ [URL_EXAMPLE]: policy(['version: STSv1', 'mode: enforce', 'mx: mx1.example.test', 'max_age: 1209600']) });
      const r = await run('example.test', fetch, 'recipient');
      const f = find(r, 'mtasts.mx.mismatch');
      assert.deepEqual([f.status, f.whoMustAct, f.params?.['hosts']], ['error', 'recipient-provider', 'mx2.example.test']);
      assert.deepEqual(r.unmatched, ['mx2.example.test']);
    });

    it('reports testing mode, a short max_age and unmatched hosts as a warning', async () => {
      const fetch = fakeFetch({ [URL_EXAMPLE]: policy(['version: STSv1', 'mode: testing', 'mx: mail.example.test', 'max_age: 3600']) });
      const r = await run('example.test', fetch);
      assert.deepEqual(
        ids(r).filter((i) => i.startsWith('mtasts')),
        ['mtasts.policy.testing', 'mtasts.policy.max-age-short', 'mtasts.mx.mismatch'],
      );
      assert.equal(find(r, 'mtasts.mx.mismatch').status, 'warning');
    });

    it('notes a withdrawn policy (mode: none) without comparing MX hosts', async () => {
      const fetch = fakeFetch({ [URL_EXAMPLE]: { status: 200, text: 'version: STSv1\nmode: none\nmax_age: 86400\n' } });
      const r = await run('example.test', fetch);
      assert.deepEqual(
        ids(r).filter((i) => i.startsWith('mtasts')),
        ['mtasts.policy.none'],
      );
      assert.deepEqual(r.mxHosts, []);
    });

    it('reports a policy that cannot be fetched, a non-200 answer and an invalid policy', async () => {
      const down = await run(
        'example.test',
        fakeFetch({ [URL_EXAMPLE]: Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }) }),
      );
      const f = find(down, 'mtasts.policy.fetch-failed');
      assert.deepEqual([f.status, f.params?.['detail']], ['error', 'fetch failed: ECONNREFUSED']);
      const moved = await run('example.test', fakeFetch({ [URL_EXAMPLE]: { status: 301, text: '' } }));
      assert.equal(find(moved, 'mtasts.policy.http-status').params?.['status'], 301);
      const bad = await run('example.test', fakeFetch({ [URL_EXAMPLE]: policy(['version: STSv2', 'mode: strict', 'max_age: forever']) }));
      assert.equal(
        find(bad, 'mtasts.policy.invalid').params?.['detail'],
        'version: STSv2 (must be STSv1); mode: strict (must be enforce, testing or none); max_age: forever (must be 0–31557600 seconds); no mx field',
      );
      assert.equal(bad.status, 'invalid');
    });

    it('says when the policy was not fetched because no HTTPS client was given', async () => {
      const r = await run('example.test');
      const f = find(r, 'mtasts.policy.skipped');
      assert.equal(f.status, 'skipped');
      assert.equal(r.status, 'unknown');
    });

    it('reports an invalid _mta-sts record and an invalid TLS-RPT record', async () => {
      const fetch = fakeFetch({});
      const r = await run('sts-bad.checks.test', fetch);
      assert.deepEqual(ids(r), ['mtasts.record.invalid', 'tlsrpt.invalid']);
      assert.match(String(find(r, 'mtasts.record.invalid').params?.['detail']), /id=not valid!/);
      assert.match(String(find(r, 'tlsrpt.invalid').params?.['detail']), /ftp:/);
      assert.deepEqual(fetch.asked, []);
    });

    it('reports several _mta-sts and _smtp._tls records as errors', async () => {
      const r = await run('sts-multi.checks.test', fakeFetch({}));
      assert.deepEqual(ids(r), ['mtasts.record.multiple', 'tlsrpt.multiple']);
      assert.equal(r.tlsRpt.status, 'multiple');
    });

    it('notes a domain without MTA-STS and TLS-RPT (both optional)', async () => {
      const r = await run('nodmarc.test', fakeFetch({}));
      assert.deepEqual(ids(r), ['mtasts.none', 'tlsrpt.none']);
      assert.ok(r.findings.every((f) => f.status === 'info'));
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: { 'fail.test': [{ type: 'MX', data: { preference: 10, exchange: 'mx.fail.test' } }] },
        faults: { '*/TXT': { rcode: 'SERVFAIL' } },
      });
    });
    after(async () => {
      await server.close();
    });

    it('reports SERVFAIL at _mta-sts and _smtp._tls as DNS failures, not as "no MTA-STS"', async () => {
      const r = await checkMtaSts(
        { domain: 'fail.test' },
        { resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en', fetch: fakeFetch({}) },
      );
      assert.deepEqual(ids(r), ['dns.servfail', 'dns.servfail']);
      assert.deepEqual(
        r.findings.map((f) => f.check),
        ['mta-sts', 'tls-rpt'],
      );
      assert.deepEqual([r.status, r.tlsRpt.status], ['unknown', 'unknown']);
    });
  });

  describe('parsers', () => {
    it('reads LF-separated policies and ignores unknown fields', () => {
      assert.deepEqual(parseMtaStsPolicy('version: STSv1\nmode: enforce\nmx: *.Example.Test\nfoo: bar\nmax_age: 0\n'), {
        version: 'STSv1',
        mode: 'enforce',
        maxAge: 0,
        mx: ['*.example.test'],
        problems: [],
      });
    });

    it('accepts mailto: and https: TLS-RPT URIs', () => {
      assert.deepEqual(parseTlsRptRecord('v=TLSRPTv1; rua=mailto:a@example.test, https://r.example/tls').problems, []);
      assert.deepEqual(parseTlsRptRecord('v=TLSRPTv1').problems, ['no rua= field']);
    });
  });
});
