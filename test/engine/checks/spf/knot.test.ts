import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createResolver } from '../../../../electron/engine/dns/resolver.ts';
import { evaluateSpf, lintSpf } from '../../../../electron/engine/checks/spf/index.ts';
import type { SpfTraceNode } from '../../../../electron/engine/checks/spf/index.ts';
import { startKnot, type KnotServer } from '../../../helpers/knot.ts';

/** An include tree three deep, split strings, mx, exp= with macros, and two records at one name. */
const SPF_ZONE = `$ORIGIN spf.test.
$TTL 300
@        SOA  ns1.spf.test. hostmaster.spf.test. 1 3600 600 86400 60
@        NS   ns1
ns1      A    127.0.0.1
@        MX   10 mx
mx       A    192.0.2.50
@        TXT  "v=spf1 mx include:_a.spf.test exp=why.spf.test -all"
_a       TXT  "v=spf1 ip4:198.51.100.0/26 " "include:_b.spf.test ~all"
_b       TXT  "v=spf1 ip6:2001:db8:5::/48 include:_c.spf.test ?all"
_c       TXT  "v=spf1 a:host.spf.test -all"
host     A    203.0.113.9
why      TXT  "%{i} is not an authorized sender for %{d}"
multi    TXT  "v=spf1 -all"
multi    TXT  "v=spf1 +all"
`;

function depth(node: SpfTraceNode | undefined): number {
  if (!node) return 0;
  return 1 + Math.max(0, ...node.terms.map((t) => depth(t.child)));
}

describe('spf', () => {
  describe('evaluate against Knot, a real authoritative server', () => {
    let knot: KnotServer;
    before(async () => {
      knot = await startKnot({ zones: ['example.test'], extraZones: [{ origin: 'spf.test', text: SPF_ZONE }] });
    });
    after(async () => {
      await knot.stop();
    });
    const deps = () => ({ resolver: createResolver({ servers: [knot.address], timeoutMs: 1000 }), lang: 'en' as const });

    it('passes through an include tree three deep and traces every branch', async () => {
      const ev = await evaluateSpf({ ip: '203.0.113.9', sender: 'a@spf.test', helo: 'mail.spf.test' }, deps());
      assert.equal(ev.result, 'pass');
      assert.equal(ev.matched, 'include:_a.spf.test → include:_b.spf.test → include:_c.spf.test → a:host.spf.test (_c.spf.test)');
      assert.equal(ev.lookups, 5);
      assert.equal(depth(ev.trace[0]), 4);
      assert.equal(ev.trace[0]?.terms[1]?.child?.record, 'v=spf1 ip4:198.51.100.0/26 include:_b.spf.test ~all');
      assert.ok(ev.evidence.every((e) => e.server === `127.0.0.1:${knot.port}`));
    });

    it('fails with the explanation the exp= record gives', async () => {
      const ev = await evaluateSpf({ ip: '192.0.2.99', sender: 'a@spf.test', helo: 'mail.spf.test' }, deps());
      assert.equal(ev.result, 'fail');
      assert.equal(ev.explanation, '192.0.2.99 is not an authorized sender for spf.test');
    });

    it('matches an IPv6 client in the second level and the MX host directly', async () => {
      assert.equal((await evaluateSpf({ ip: '2001:db8:5::1', sender: 'a@spf.test', helo: 'h' }, deps())).result, 'pass');
      assert.equal((await evaluateSpf({ ip: '192.0.2.50', sender: 'a@spf.test', helo: 'h' }, deps())).matched, 'mx (spf.test)');
    });

    it('returns permerror for two records at one name', async () => {
      const ev = await evaluateSpf({ ip: '192.0.2.1', sender: 'a@multi.spf.test', helo: 'h' }, deps());
      assert.equal(ev.result, 'permerror');
      assert.ok(ev.findings.some((f) => f.id === 'spf.record.multiple' && f.params?.['count'] === 2));
    });

    it('lints the fixture domain: the type-99 record differs from the TXT record', async () => {
      const lint = await lintSpf('example.test', deps());
      assert.equal(lint.record, 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.test -all');
      const f = lint.findings.find((x) => x.id === 'spf.rrtype.deprecated');
      assert.equal(f?.status, 'warning');
      assert.ok(f?.evidence.some((e) => e.kind === 'dns' && e.type === 'SPF' && e.rcode === 'NOERROR'));
    });
  });
});
