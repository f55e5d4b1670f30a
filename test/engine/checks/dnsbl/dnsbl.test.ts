import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkDnsLists } from '../../../../electron/engine/checks/dnsbl/dnsbl.ts';
import { DNS_LISTS } from '../../../../electron/engine/checks/dnsbl/catalog.ts';
import { discoverEgressIp } from '../../../../electron/engine/checks/dnsbl/egress.ts';
import { ipv6Nibbles, isPublicAddress, reversedIp } from '../../../../electron/engine/checks/dnsbl/query.ts';
import { createResolver } from '../../../../electron/engine/dns/index.ts';
import { startDnsTestServer } from '../../../helpers/dns-test-server.ts';

type Server = Awaited<ReturnType<typeof startDnsTestServer>>;
let server: Server;

const A = (address: string) => ({ type: 'A' as const, data: address });
const SOA = { type: 'SOA' as const, data: { mname: 'ns.test', rname: 'h.test', minimum: 60 } };

// 192.0.2.99 is "listed"; 198.51.100.7 is clean; the lists answer as their operators document.
const zone = {
  'zen.spamhaus.org': [SOA],
  '99.2.0.192.zen.spamhaus.org': [A('127.0.0.4'), A('127.0.0.10')],
  '7.100.51.198.zen.spamhaus.org': [A('127.255.255.254')],
  'bl.spamcop.net': [SOA],
  '99.2.0.192.bl.spamcop.net': [A('127.0.0.2')],
  'list.dnswl.org': [SOA],
  '7.100.51.198.list.dnswl.org': [A('127.0.15.1')],
  'multi.surbl.org': [SOA],
  'bad.example.multi.surbl.org': [A('127.0.0.24')],
  'dbl.spamhaus.org': [SOA],
  'bad.example.dbl.spamhaus.org': [A('127.0.1.2')],
  'weird.example.multi.uribl.com': [A('10.1.2.3')],
  'myip.opendns.com': [A('203.0.113.5')],
};

describe('checks/dnsbl', () => {
  before(async () => {
    server = await startDnsTestServer({ zone, faults: { '99.2.0.192.psbl.surriel.com': { rcode: 'SERVFAIL' } } });
  });
  after(() => server.close());
  const deps = () => ({ resolver: createResolver({ servers: [server.address], timeoutMs: 500, retries: 0 }), lang: 'en' as const });

  describe('checkDnsLists', () => {
    it('reports a listing on a major list as an error with what the code means and where to delist', async () => {
      const r = await checkDnsLists('192.0.2.99', deps());
      const zen = r.lists.find((l) => l.zone === 'zen.spamhaus.org');
      assert.deepEqual(zen?.codes, ['127.0.0.4', '127.0.0.10']);
      assert.equal(zen?.listed, true);
      assert.match(zen?.meaning ?? '', /^XBL: a compromised machine \(malware, open proxy, botnet\); PBL \(ISP\): an end-user address/);
      const f = r.findings.find((x) => x.id === 'reputation.ip.listed' && x.params?.['zone'] === 'zen.spamhaus.org');
      assert.equal(f?.status, 'error');
      assert.equal(f?.whoMustAct, 'sender-provider');
      assert.match(f?.fix ?? '', /check\.spamhaus\.org/);
      assert.equal(f?.evidence[0]?.kind, 'dns');
    });

    it('reports a failed list lookup as skipped, never as clean or listed', async () => {
      const r = await checkDnsLists('192.0.2.99', deps());
      const psbl = r.lists.find((l) => l.zone === 'psbl.surriel.com');
      assert.equal(psbl?.listed, false);
      assert.ok(psbl?.error);
      const unchecked = r.findings.find((f) => f.id === 'reputation.unchecked');
      assert.equal(unchecked?.status, 'skipped');
      assert.equal(unchecked?.params?.['failed'], 1);
      assert.match(String(unchecked?.params?.['lists']), /PSBL/);
    });

    it('turns a "public resolver refused" answer into "could not check", not a listing', async () => {
      const r = await checkDnsLists('198.51.100.7', deps());
      const zen = r.lists.find((l) => l.zone === 'zen.spamhaus.org');
      assert.equal(zen?.listed, false);
      assert.equal(zen?.refused, true);
      assert.match(zen?.meaning ?? '', /public or open resolvers/);
      assert.ok(r.findings.some((f) => f.id === 'reputation.refused' && f.status === 'skipped'));
      assert.ok(!r.findings.some((f) => f.id === 'reputation.ip.listed'));
    });

    it('says a clean address is clean, counting only lists that answered, and notes an allowlisting', async () => {
      const r = await checkDnsLists('198.51.100.7', deps());
      const clean = r.findings.find((f) => f.id === 'reputation.ip.clean');
      const answered = r.lists.filter((l) => !l.error && !l.refused && l.type !== 'allow').length;
      assert.equal(clean?.params?.['count'], answered);
      assert.ok(r.findings.some((f) => f.id === 'reputation.allowlisted' && f.params?.['list'] === 'DNSWL.org'));
    });

    it('decodes bitmask lists and domain lists for a domain', async () => {
      const r = await checkDnsLists('bad.example', deps());
      assert.match(r.lists.find((l) => l.zone === 'multi.surbl.org')?.meaning ?? '', /phishing, malware/);
      assert.equal(r.lists.find((l) => l.zone === 'dbl.spamhaus.org')?.meaning, 'spam domain');
      assert.ok(r.findings.some((f) => f.id === 'reputation.domain.listed' && f.status === 'error'));
      assert.ok(r.lists.every((l) => l.kind === 'domain'));
    });

    it('does not trust an answer outside 127.0.0.0/8', async () => {
      const r = await checkDnsLists('weird.example', deps());
      const uribl = r.lists.find((l) => l.zone === 'multi.uribl.com');
      assert.equal(uribl?.listed, false);
      assert.equal(uribl?.refused, true);
    });

    it('asks only IPv6-capable lists about an IPv6 address, in nibble form', async () => {
      server.resetStats();
      const r = await checkDnsLists('2001:db8::1', deps());
      assert.deepEqual(r.lists.map((l) => l.zone).sort(), DNS_LISTS.filter((l) => l.ipv6 && l.kind === 'ip').map((l) => l.zone).sort());
      assert.ok(server.queries.some((q) => q.name === `1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org`));
    });

    it('skips private addresses without asking anyone', async () => {
      server.resetStats();
      const r = await checkDnsLists('192.168.1.20', deps());
      assert.equal(r.findings[0]?.id, 'reputation.not-public');
      assert.equal(server.queries.length, 0);
    });
  });

  describe('catalogue', () => {
    it('has at least 25 lists, each complete, with https delisting pages where the operator offers one', () => {
      assert.ok(DNS_LISTS.length >= 25, `${DNS_LISTS.length} lists`);
      const zones = new Set<string>();
      for (const l of DNS_LISTS) {
        assert.ok(l.name && l.zone && l.defaultMeaning && /^https?:\/\//.test(l.delist) && /^https?:\/\//.test(l.info), l.zone);
        assert.ok(!zones.has(l.zone), `duplicate ${l.zone}`);
        zones.add(l.zone);
        for (const code of [...Object.keys(l.codes), ...Object.keys(l.refusal)]) assert.match(code, /^127\.\d+\.\d+\.\d+$/, `${l.zone} ${code}`);
      }
      assert.ok(DNS_LISTS.some((l) => l.type === 'allow') && DNS_LISTS.some((l) => l.kind === 'domain'));
    });
  });

  describe('query names', () => {
    it('reverses IPv4 and expands IPv6 to nibbles, including embedded IPv4', () => {
      assert.equal(reversedIp('192.0.2.99'), '99.2.0.192');
      assert.equal(ipv6Nibbles('2001:db8::1'), '20010db8000000000000000000000001');
      assert.equal(ipv6Nibbles('::ffff:192.0.2.1'), '00000000000000000000ffffc0000201');
      assert.equal(reversedIp('not-an-ip'), undefined);
    });

    it('tells public from private, loopback, CGNAT and link-local addresses', () => {
      for (const p of ['10.1.1.1', '172.20.0.1', '192.168.0.1', '127.0.0.1', '100.64.0.1', '169.254.1.1', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1']) assert.equal(isPublicAddress(p), false, p);
      for (const p of ['192.0.2.99', '8.8.8.8', '2001:db8::1', '172.32.0.1']) assert.equal(isPublicAddress(p), true, p);
    });
  });

  describe('discoverEgressIp', () => {
    it('takes the address the service reports, with evidence', async () => {
      const r = await discoverEgressIp([{ name: 'OpenDNS', resolver: deps().resolver, question: { name: 'myip.opendns.com', type: 'A' } }], { lang: 'sv' });
      assert.equal(r.ip, '203.0.113.5');
      assert.equal(r.findings[0]?.title, 'Det här nätverket skickar från 203.0.113.5');
    });

    it('says so when no service answers', async () => {
      const r = await discoverEgressIp([{ name: 'Google', resolver: deps().resolver, question: { name: 'o-o.myaddr.l.google.com', type: 'TXT' } }], { lang: 'en' });
      assert.equal(r.ip, undefined);
      assert.equal(r.findings[0]?.id, 'reputation.egress.unknown');
    });
  });
});
