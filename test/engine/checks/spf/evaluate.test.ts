import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateSpf } from '../../../../electron/engine/checks/spf/index.ts';
import type { SpfParams, SpfTraceNode } from '../../../../electron/engine/checks/spf/index.ts';
import { ZoneResolver, type ZoneDescription } from '../../../helpers/zone-resolver.ts';

const zone: ZoneDescription = {
  'example.com': {
    TXT: ['google-site-verification=abc', 'v=spf1 mx include:_spf.example.com ip4:198.51.100.0/24 exp=why.example.com -all'],
    MX: [{ preference: 10, exchange: 'mx1.example.com' }],
  },
  'mx1.example.com': { A: ['192.0.2.10'], AAAA: ['2001:db8::10'] },
  '_spf.example.com': { TXT: ['v=spf1 include:_spf.provider.example a:relay.example.com ?all'] },
  'relay.example.com': { A: ['192.0.2.20'] },
  '_spf.provider.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 ip6:2001:db8:beef::/48 -all'] },
  'why.example.com': { TXT: ['%{i} may not send for %{d} (checked by %{r} at %{t}); see https://example.com/spf?s=%{S}'] },
  'void.example': { TXT: ['v=spf1 a:gone1.example mx:gone2.example ?all'] },
  'broken-include.example': { TXT: ['v=spf1 include:dead.example -all'] },
  'dead.example': 'SERVFAIL',
  'ptr.example': { TXT: ['v=spf1 exists:%{p}.allow.ptr.example -all'] },
  '20.2.0.192.in-addr.arpa': { PTR: ['relay.example.com'] },
  'relay.example.com.allow.ptr.example': { A: ['127.0.0.2'] },
  'helo.example.net': { TXT: ['v=spf1 exists:%{l}.%{o}.users.example.net -all'], A: ['192.0.2.30'] },
  'postmaster.helo.example.net.users.example.net': { A: ['127.0.0.2'] },
  'xn--bcher-kva.example': { TXT: ['v=spf1 -all'] },
  'gone-exp.example': { TXT: ['v=spf1 a:nx1.example a:nx2.example exp=nx3.example -all'] },
};

const base: SpfParams = {
  ip: '192.0.2.99',
  sender: 'alice@example.com',
  helo: 'mail.example.com',
  receivingHost: 'mx.receiver.example',
  now: 1_700_000_000_000,
};

function run(params: Partial<SpfParams>, resolver = new ZoneResolver(zone)) {
  return evaluateSpf({ ...base, ...params }, { resolver, lang: 'en' });
}

function child(node: SpfTraceNode | undefined, term: string): SpfTraceNode {
  const t = node?.terms.find((x) => x.term === term);
  assert.ok(t?.child, `no child for ${term}`);
  return t.child;
}

describe('spf', () => {
  describe('evaluate', () => {
    it('returns pass through a nested include with the matched path and the lookups each branch spent', async () => {
      const ev = await run({ ip: '203.0.113.7' });
      assert.equal(ev.result, 'pass');
      assert.equal(ev.matched, 'include:_spf.example.com → include:_spf.provider.example → ip4:203.0.113.0/24 (_spf.provider.example)');
      assert.equal(ev.matchedTerm, 'ip4:203.0.113.0/24');
      assert.equal(ev.matchedDomain, '_spf.provider.example');
      assert.equal(ev.lookups, 3);
      const root = ev.trace[0];
      assert.equal(root?.record, 'v=spf1 mx include:_spf.example.com ip4:198.51.100.0/24 exp=why.example.com -all');
      assert.deepEqual(
        root?.terms.map((t) => [t.term, t.status, t.lookups]),
        [
          ['mx', 'no-match', 1],
          ['include:_spf.example.com', 'match', 2],
          ['ip4:198.51.100.0/24', 'skipped', 0],
          ['exp=why.example.com', 'skipped', 0],
          ['-all', 'skipped', 0],
        ],
      );
      const inner = child(child(root, 'include:_spf.example.com'), 'include:_spf.provider.example');
      assert.equal(inner.via, 'include');
      assert.equal(inner.terms[0]?.status, 'match');
      assert.equal(inner.terms[0]?.result, 'pass');
      assert.equal(ev.findings.find((f) => f.id.startsWith('spf.result.'))?.id, 'spf.result.pass');
    });

    it('returns fail with the macro-expanded exp= explanation (§6.2, §7.3)', async () => {
      const resolver = new ZoneResolver(zone);
      const ev = await run({}, resolver);
      assert.equal(ev.result, 'fail');
      assert.equal(ev.matched, '-all (example.com)');
      assert.equal(
        ev.explanation,
        '192.0.2.99 may not send for example.com (checked by mx.receiver.example at 1700000000); see https://example.com/spf?s=alice%40example.com',
      );
      assert.equal(ev.trace[0]?.terms.find((t) => t.name === 'exp')?.status, 'used');
      // The explanation is looked up once, after the result is known, and counts against no limit.
      assert.equal(resolver.asked('TXT').at(-1), 'TXT why.example.com');
      assert.equal(ev.lookups, 4); // mx, include, include, a
      const f = ev.findings.find((x) => x.id === 'spf.result.fail');
      assert.equal(f?.status, 'error');
      assert.deepEqual(f?.params, { ip: '192.0.2.99', domain: 'example.com', matched: '-all (example.com)', reason: '' });
      assert.ok(f?.evidence.some((e) => e.kind === 'dns' && e.name === 'example.com' && e.type === 'TXT'));
    });

    it('matches an IPv6 client only against AAAA and ip6 (§5.3, §5.6)', async () => {
      assert.equal((await run({ ip: '2001:db8::10' })).matched, 'mx (example.com)');
      assert.equal((await run({ ip: '2001:db8:beef::1' })).result, 'pass');
      assert.equal((await run({ ip: '::ffff:192.0.2.10' })).matched, 'mx (example.com)');
    });

    it('counts void lookups per term and leaves exp= out of both limits (§4.6.4)', async () => {
      const ev = await run({ sender: 'x@void.example' });
      assert.equal(ev.result, 'neutral');
      assert.equal(ev.voidLookups, 2);
      assert.deepEqual(
        ev.trace[0]?.terms.map((t) => t.voidLookups),
        [1, 1, 0],
      );
      const exp = await run({ sender: 'x@gone-exp.example' });
      assert.equal(exp.result, 'fail');
      assert.equal(exp.voidLookups, 2);
      assert.equal(exp.explanation, undefined);
    });

    it('returns temperror when a server fails, with the failing exchange as evidence (§5.2)', async () => {
      const ev = await run({ sender: 'x@broken-include.example' });
      assert.equal(ev.result, 'temperror');
      assert.equal(ev.problem, 'dns-error');
      assert.equal(child(ev.trace[0], 'include:dead.example').problem, 'dns-error');
      assert.equal(ev.trace[0]?.terms[0]?.status, 'error');
      const f = ev.findings.find((x) => x.id === 'spf.result.temperror');
      assert.ok(f?.evidence.some((e) => e.kind === 'dns' && e.rcode === 'SERVFAIL'));
      assert.match(String(f?.params?.['reason']), /TXT dead\.example: servfail/);
    });

    it('checks postmaster@<helo> when MAIL FROM is empty, and the domain given instead when there is one', async () => {
      const helo = await run({ sender: '', helo: 'helo.example.net' });
      assert.equal(helo.domain, 'helo.example.net');
      assert.equal(helo.result, 'pass');
      const forced = await run({ sender: 'alice@example.com', domain: 'void.example' });
      assert.equal(forced.domain, 'void.example');
    });

    it('expands %{p} from the validated PTR name without counting its lookups as terms', async () => {
      const ev = await run({ ip: '192.0.2.20', sender: 'x@ptr.example' });
      assert.equal(ev.result, 'pass');
      assert.equal(ev.trace[0]?.terms[0]?.target, 'relay.example.com.allow.ptr.example');
      assert.equal(ev.lookups, 1);
    });

    it('returns none without asking DNS for a malformed domain, and none with a finding for a bad IP', async () => {
      const resolver = new ZoneResolver(zone);
      const ev = await run({ sender: 'x@[192.0.2.1]', lint: false }, resolver);
      assert.equal(ev.result, 'none');
      assert.equal(ev.problem, 'invalid-domain');
      assert.equal(resolver.calls.length, 0);
      assert.ok(ev.findings.some((f) => f.id === 'spf.domain.invalid'));
      const ip = await run({ ip: '300.1.2.3' });
      assert.equal(ip.result, 'none');
      assert.equal(ip.problem, 'invalid-ip');
      assert.deepEqual(
        ip.findings.map((f) => f.id),
        ['spf.input.ip-invalid'],
      );
    });

    it('asks for an IDN domain in its A-label form', async () => {
      const resolver = new ZoneResolver(zone);
      const ev = await run({ sender: 'x@bücher.example' }, resolver);
      assert.equal(ev.domain, 'xn--bcher-kva.example');
      assert.equal(ev.result, 'fail');
    });

    it('consults only TXT for records, and the type-99 SPF record only afterwards for lint (§4.4)', async () => {
      const quiet = new ZoneResolver(zone);
      await run({ lint: false, prefetch: false }, quiet);
      assert.deepEqual(quiet.asked(), [
        'TXT example.com',
        'MX example.com',
        'A mx1.example.com',
        'TXT _spf.example.com',
        'TXT _spf.provider.example',
        'A relay.example.com',
        'TXT why.example.com',
      ]);
      const linted = new ZoneResolver(zone);
      await run({}, linted);
      assert.deepEqual(linted.asked('SPF'), ['SPF example.com']);
      assert.equal(linted.asked().at(-1), 'SPF example.com');
    });

    it('rejects when the caller cancels, and returns temperror when the time limit runs out (§4.6.4)', async () => {
      const slow = new ZoneResolver(zone, { delayMs: 200 });
      const controller = new AbortController();
      const pending = evaluateSpf(base, { resolver: slow, lang: 'en', signal: controller.signal });
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
      const timed = await evaluateSpf({ ...base, timeLimitMs: 50 }, { resolver: new ZoneResolver(zone, { delayMs: 200 }), lang: 'en' });
      assert.equal(timed.result, 'temperror');
      assert.equal(timed.problem, 'time-limit');
    });

    it('writes its findings in the language asked for', async () => {
      const ev = await evaluateSpf(base, { resolver: new ZoneResolver(zone), lang: 'sv' });
      assert.equal(ev.findings.find((f) => f.id === 'spf.result.fail')?.title, 'SPF fail: example.com godkänner inte 192.0.2.99');
      const nb = await evaluateSpf(base, { resolver: new ZoneResolver(zone), lang: 'nb' });
      assert.equal(nb.findings.find((f) => f.id === 'spf.result.fail')?.title, 'SPF fail: example.com godkjenner ikke 192.0.2.99');
    });

    it('asks independent questions in parallel without changing the result, counts or evidence', async () => {
      /** A zone resolver that remembers the most questions it had in flight at once. */
      class Counting extends ZoneResolver {
        inFlight = 0;
        most = 0;
        override async lookup(...args: Parameters<ZoneResolver['lookup']>): ReturnType<ZoneResolver['lookup']> {
          this.most = Math.max(this.most, ++this.inFlight);
          try {
            return await super.lookup(...args);
          } finally {
            this.inFlight--;
          }
        }
      }
      const seq = new Counting(zone, { delayMs: 10 });
      const sequential = await run({ ip: '192.0.2.20', lint: false, prefetch: false }, seq);
      const par = new Counting(zone, { delayMs: 10 });
      const parallel = await run({ ip: '192.0.2.20', lint: false }, par);
      const shape = (ev: typeof parallel) => ({
        ...ev,
        evidence: ev.evidence.map((e) => `${e.type} ${e.name} ${e.rcode}`),
        findings: ev.findings.map((f) => [f.id, f.params, f.evidence.length]),
      });
      assert.deepEqual(shape(parallel), shape(sequential));
      assert.equal(seq.most, 1);
      // MX example.com and TXT _spf.example.com go out together, then A mx1, TXT _spf.provider.example and A relay.
      assert.ok(par.most >= 2, `at most ${par.most} in flight`);
    });

    it('returns plain JSON', async () => {
      const ev = await run({ ip: '203.0.113.7' });
      assert.deepEqual(JSON.parse(JSON.stringify(ev)), ev);
    });
  });
});
