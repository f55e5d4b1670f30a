import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkDmarc,
  isAligned,
  parseDmarcRecord,
  parseDmarcUri,
  type DmarcCheckResult,
  type DmarcParams,
} from '../../../electron/engine/checks/dmarc.ts';
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

describe('dmarc', () => {
  let knot: KnotServer;
  before(async () => {
    knot = await startChecksKnot();
  });
  after(async () => {
    await knot.stop();
  });
  const run = (params: DmarcParams): Promise<DmarcCheckResult> => checkDmarc(params, { resolver: knotResolver(knot), lang: 'en' });

  describe('checkDmarc', () => {
    it('finds the policy of a well-configured domain', async () => {
      const r = await run({ domain: 'example.test' });
      assert.deepEqual(ids(r), ['dmarc.record.found']);
      assert.deepEqual(
        [r.status, r.policy, r.recordName, r.record?.adkim, r.record?.aspf],
        ['found', 'reject', '_dmarc.example.test', 's', 'r'],
      );
      const f = r.findings[0];
      assert.equal(f?.evidence[0]?.kind === 'dns' && f.evidence[0].name, '_dmarc.example.test');
    });

    it('notes a weaker subdomain policy and checks that external report destinations accept reports (§7.1)', async () => {
      const r = await run({ domain: 'checks.test' });
      assert.deepEqual(ids(r), [
        'dmarc.record.found',
        'dmarc.policy.subdomain-weaker',
        'dmarc.report.authorized',
        'dmarc.report.unauthorized',
      ]);
      assert.deepEqual(r.reports, [
        { host: 'thirdparty.test', name: 'checks.test._report._dmarc.thirdparty.test', status: 'authorized' },
        { host: 'unauth.test', name: 'checks.test._report._dmarc.unauth.test', status: 'unauthorized' },
      ]);
      assert.deepEqual(
        r.record?.rua.map((u) => [u.target, u.limit]),
        [
          ['dmarc@checks.test', undefined],
          ['agg@thirdparty.test', '10m'],
        ],
      );
      const un = find(r, 'dmarc.report.unauthorized');
      assert.equal(un.evidence[0]?.kind === 'dns' && un.evidence[0].rcode, 'NXDOMAIN');
    });

    it("says a subdomain without its own record inherits the organizational domain's sp=", async () => {
      const r = await run({ domain: 'sub.checks.test' });
      assert.equal(r.status, 'inherited');
      assert.equal(r.policy, 'quarantine');
      const f = find(r, 'dmarc.record.inherited');
      assert.deepEqual([f.status, f.params?.['orgDomain'], f.params?.['name']], ['info', 'checks.test', '_dmarc.checks.test']);
      assert.deepEqual(
        f.evidence.map((e) => e.kind === 'dns' && `${e.name} ${e.rcode}`),
        ['_dmarc.sub.checks.test NXDOMAIN', '_dmarc.checks.test NOERROR'],
      );
    });

    it('warns that p=none only monitors, and about https: report URIs and unknown tags', async () => {
      const r = await run({ domain: 'monitor.checks.test' });
      assert.deepEqual(ids(r), ['dmarc.tag.unknown', 'dmarc.record.found', 'dmarc.policy.none', 'dmarc.uri.not-mailto']);
      assert.equal(find(r, 'dmarc.tag.unknown').params?.['tag'], 'foo');
      assert.equal(find(r, 'dmarc.uri.not-mailto').params?.['uri'], 'https://reports.checks.test/dmarc');
    });

    it('warns about pct below 100 and notes that no aggregate reports are requested', async () => {
      const r = await run({ domain: 'partial.checks.test' });
      assert.deepEqual(ids(r), ['dmarc.record.found', 'dmarc.policy.pct', 'dmarc.rua.missing']);
      assert.equal(find(r, 'dmarc.policy.pct').params?.['pct'], 25);
    });

    it('reports several DMARC records at one name as an error: no policy applies', async () => {
      const r = await run({ domain: 'multi.checks.test' });
      assert.deepEqual(ids(r), ['dmarc.record.multiple']);
      assert.equal(r.policy, undefined);
      assert.equal(find(r, 'dmarc.record.multiple').params?.['count'], 2);
    });

    it('reports each invalid value, bad report URIs and the missing policy of a broken record', async () => {
      const r = await run({ domain: 'bad.checks.test' });
      assert.deepEqual(ids(r), [
        'dmarc.syntax',
        'dmarc.tag.invalid',
        'dmarc.tag.invalid',
        'dmarc.tag.invalid',
        'dmarc.tag.invalid',
        'dmarc.tag.invalid',
        'dmarc.tag.invalid',
        'dmarc.policy.missing',
        'dmarc.uri.invalid',
        'dmarc.uri.invalid',
      ]);
      assert.match(String(find(r, 'dmarc.syntax').params?.['detail']), /p= appears twice/);
      assert.deepEqual(
        r.findings.filter((f) => f.id === 'dmarc.tag.invalid').map((f) => [f.params?.['tag'], f.params?.['value'], f.status]),
        [
          ['p', 'block', 'error'],
          ['adkim', 'x', 'warning'],
          ['pct', '150', 'warning'],
          ['fo', '2', 'warning'],
          ['rf', 'xml', 'warning'],
          ['ri', 'soon', 'warning'],
        ],
      );
      assert.deepEqual(
        r.findings.filter((f) => f.id === 'dmarc.uri.invalid').map((f) => f.params?.['uri']),
        ['dmarc@checks.test', 'mailto:ok@checks.test!10x'],
      );
      assert.equal(r.policy, undefined);
    });

    it('treats a record without p= but with a valid rua= as p=none, and without either as no policy', async () => {
      const nop = await run({ domain: 'nop.checks.test' });
      assert.deepEqual(ids(nop), ['dmarc.policy.missing-none']);
      assert.equal(nop.policy, 'none');
      const bare = await run({ domain: 'nopnorua.checks.test' });
      assert.deepEqual(ids(bare), ['dmarc.policy.missing', 'dmarc.rua.missing']);
    });

    it('says a record that does not start with v=DMARC1 is ignored, and falls back to the organizational domain', async () => {
      const r = await run({ domain: 'order.checks.test' });
      assert.equal(ids(r)[0], 'dmarc.record.ignored');
      assert.equal(find(r, 'dmarc.record.ignored').params?.['record'], 'p=reject; v=DMARC1');
      assert.equal(r.status, 'inherited');
    });

    it('warns when neither the domain nor its organizational domain publishes DMARC', async () => {
      const r = await run({ domain: 'mail.nodmarc.test' });
      assert.deepEqual(ids(r), ['dmarc.record.missing']);
      assert.equal(r.status, 'missing');
      assert.equal(r.findings[0]?.evidence.length, 2);
    });
  });

  describe('alignment', () => {
    it('says which identifiers align in relaxed mode', async () => {
      const r = await run({
        domain: 'checks.test',
        from: 'Alice <alice@checks.test>',
        mailFrom: 'bounce@mail.checks.test',
        dkimDomains: ['esp.example'],
      });
      const found = ids(r).filter((id) => id.startsWith('dmarc.alignment'));
      assert.deepEqual(found, ['dmarc.alignment.spf-aligned', 'dmarc.alignment.dkim-unaligned']);
      assert.deepEqual(r.alignment, {
        fromDomain: 'checks.test',
        spf: { domain: 'mail.checks.test', mode: 'relaxed', aligned: true },
        dkim: [{ domain: 'esp.example', mode: 'relaxed', aligned: false }],
      });
    });

    it('tells strict-mode failures that relaxed mode would accept', async () => {
      const r = await run({
        domain: 'strict.checks.test',
        mailFrom: 'bounce@mail.strict.checks.test',
        dkimDomains: ['strict.checks.test', 'mail.strict.checks.test'],
      });
      assert.deepEqual(
        ids(r).filter((id) => id.startsWith('dmarc.alignment')),
        ['dmarc.alignment.spf-strict-only', 'dmarc.alignment.dkim-aligned', 'dmarc.alignment.dkim-strict-only'],
      );
      assert.equal(find(r, 'dmarc.alignment.dkim-aligned').params?.['mode'], 'strict');
    });

    it('says DMARC fails regardless when nothing aligns', async () => {
      const r = await run({ domain: 'checks.test', mailFrom: 'bounces@esp.example', dkimDomains: ['esp.example', 'mail.checks.test'] });
      assert.deepEqual(
        ids(r).filter((id) => id.startsWith('dmarc.alignment')),
        ['dmarc.alignment.spf-unaligned', 'dmarc.alignment.dkim-unaligned', 'dmarc.alignment.dkim-aligned'],
      );
      const none = await run({ domain: 'checks.test', mailFrom: 'bounces@esp.example', dkimDomains: ['esp.example'] });
      assert.equal(find(none, 'dmarc.alignment.none').status, 'error');
    });
  });

  describe('when DNS fails', () => {
    let server: DnsTestServer;
    before(async () => {
      server = await startDnsTestServer({
        zone: {
          '_dmarc.fail.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject' }],
          '_dmarc.ok.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject; rua=mailto:r@reports.example' }],
        },
        faults: {
          '_dmarc.fail.test': { rcode: 'SERVFAIL' },
          '_dmarc.org.test': { rcode: 'SERVFAIL' },
          'ok.test._report._dmarc.reports.example': { rcode: 'SERVFAIL' },
        },
      });
    });
    after(async () => {
      await server.close();
    });
    const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

    it('reports a SERVFAIL at _dmarc as a DNS failure and does not fall back or call DMARC missing', async () => {
      const r = await checkDmarc({ domain: 'fail.test' }, deps());
      assert.deepEqual(ids(r), ['dns.servfail']);
      assert.deepEqual([r.status, r.findings[0]?.status], ['failed', 'error']);
      const sub = await checkDmarc({ domain: 'x.org.test' }, deps());
      assert.deepEqual(ids(sub), ['dns.servfail']);
      assert.equal(sub.findings[0]?.params?.['name'], '_dmarc.org.test');
    });

    it('reports a report authorisation lookup that failed as unknown', async () => {
      const r = await checkDmarc({ domain: 'ok.test' }, deps());
      assert.deepEqual(ids(r), ['dmarc.record.found', 'dns.servfail']);
      assert.deepEqual(r.reports, [{ host: 'reports.example', name: 'ok.test._report._dmarc.reports.example', status: 'unknown' }]);
    });
  });

  describe('parseDmarcRecord', () => {
    it('reads values case-insensitively but requires v=DMARC1 exactly', () => {
      const r = parseDmarcRecord('v=DMARC1; p=Reject; ADKIM=s; aspf=S; fo=1:d; ri=3600');
      assert.deepEqual([r.p, r.aspf, r.fo, r.ri, r.unknownTags, r.syntax], ['reject', 's', ['1', 'd'], 3600, ['ADKIM'], []]);
      assert.deepEqual(parseDmarcRecord('v=dmarc1; p=none').syntax, ['the record must start with v=DMARC1']);
    });
  });

  describe('parseDmarcUri', () => {
    it('splits the size limit off and finds the destination host', () => {
      assert.deepEqual(parseDmarcUri('mailto:dmarc@Example.TEST!50k'), {
        text: 'mailto:dmarc@Example.TEST!50k',
        limit: '50k',
        scheme: 'mailto',
        target: 'dmarc@Example.TEST',
        host: 'example.test',
      });
      assert.equal(parseDmarcUri('mailto:nobody').problem, 'not an e-mail address');
      assert.equal(parseDmarcUri('https://r.example/x').host, 'r.example');
    });
  });

  describe('isAligned', () => {
    it('compares organizational domains in relaxed mode and exact names in strict mode', () => {
      assert.equal(isAligned('example.co.uk', 'mail.example.co.uk', 'r'), true);
      assert.equal(isAligned('example.co.uk', 'other.co.uk', 'r'), false);
      assert.equal(isAligned('example.co.uk', 'mail.example.co.uk', 's'), false);
      assert.equal(isAligned('Example.co.uk', 'example.CO.uk', 's'), true);
    });
  });
});
