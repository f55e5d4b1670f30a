import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateSpf, lintSpf } from '../../../../electron/engine/checks/spf/index.ts';
import { splitProblem } from '../../../../electron/engine/checks/spf/lint.ts';
import type { Finding } from '../../../../electron/engine/model/finding.ts';
import { ZoneResolver, type ZoneDescription } from '../../../helpers/zone-resolver.ts';

const nineA = Array.from({ length: 9 }, (_, i) => `a:h${i}.example.org`).join(' ');
const elevenA = Array.from({ length: 11 }, (_, i) => `a:h${i}.example.org`).join(' ');
const hosts = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`h${i}.example.org`, { A: [`198.51.100.${i + 1}`] }]));

const zone: ZoneDescription = {
  ...hosts,
  'loose.example': { TXT: ['v=spf1 ptr ?all'], SPF: ['v=spf1 ptr ?all'] },
  'open.example': { TXT: ['v=spf1 include:open-inc.example -all'] },
  'open-inc.example': { TXT: ['v=spf1 +all'] },
  'noall.example': { TXT: ['v=spf1 mx'], MX: [{ preference: 0, exchange: 'h0.example.org' }] },
  'near.example': { TXT: [`v=spf1 ${nineA} -all`] },
  'over.example': { TXT: [`v=spf1 ${elevenA} -all`] },
  'void.example': { TXT: ['v=spf1 a:nx1.example a:nx2.example a:nx3.example -all'] },
  'inc-missing.example': { TXT: ['v=spf1 include:nospf.example -all'] },
  'nospf.example': { TXT: ['some other text'] },
  'redir-missing.example': { TXT: ['v=spf1 redirect=nowhere.example'] },
  'two.example': { TXT: ['v=spf1 -all', 'v=spf1 mx -all'] },
  'syntax.example': { TXT: ['v=spf1 include:syntax-inc.example -all'] },
  'syntax-inc.example': { TXT: ['v=spf1 ip4:192.0.2.300 -all'] },
  'glued.example': { TXT: [['v=spf1 include:h1.example.org', 'include:h2.example.org -all']] },
  'near-miss.example': { TXT: [['v=spf1', 'mx -all']] },
  'fine-split.example': { TXT: [['v=spf1 ip4:', '192.0.2.5 -all']] },
  'old.example': { TXT: ['v=spf1 -all'], SPF: ['v=spf1 +all'] },
  'manymx.example': {
    TXT: ['v=spf1 mx -all'],
    MX: Array.from({ length: 11 }, (_, i) => ({ preference: i, exchange: `h${i}.example.org` })),
  },
};

async function findings(domain: string): Promise<readonly Finding[]> {
  return (
    await evaluateSpf(
      { ip: '192.0.2.1', sender: `x@${domain}`, helo: 'mail.example.org' },
      { resolver: new ZoneResolver(zone), lang: 'en' },
    )
  ).findings;
}

function one(list: readonly Finding[], id: string): Finding {
  const found = list.filter((f) => f.id === id);
  assert.equal(found.length, 1, `${id} among ${list.map((f) => f.id).join(', ')}`);
  return found[0] as Finding;
}

describe('spf', () => {
  describe('lint', () => {
    it('flags ptr and ?all, and a type-99 record that differs from the TXT record', async () => {
      const list = await findings('loose.example');
      assert.equal(one(list, 'spf.ptr').params?.['term'], 'ptr');
      assert.equal(one(list, 'spf.all.neutral').status, 'warning');
      assert.equal(one(list, 'spf.rrtype.deprecated').status, 'info');
      assert.equal(one(await findings('old.example'), 'spf.rrtype.deprecated').status, 'warning');
    });

    it('flags +all even in an included record, and a record without all', async () => {
      const open = one(await findings('open.example'), 'spf.all.pass');
      assert.equal(open.subject, 'open-inc.example');
      assert.equal(open.status, 'error');
      assert.ok(open.evidence.some((e) => e.kind === 'dns' && e.name === 'open-inc.example'));
      one(await findings('noall.example'), 'spf.all.missing');
    });

    it('warns at 8–10 DNS lookups and explains a permerror past 10 (§4.6.4)', async () => {
      const near = one(await findings('near.example'), 'spf.lookups.near-limit');
      assert.deepEqual(near.params, { domain: 'near.example', lookups: 9, limit: 10 });
      const over = await findings('over.example');
      one(over, 'spf.lookups.over-limit');
      assert.equal(
        over.some((f) => f.id === 'spf.lookups.near-limit'),
        false,
      );
      assert.equal(one(over, 'spf.result.permerror').status, 'error');
    });

    it('names the void lookups when there are more than two', async () => {
      const f = one(await findings('void.example'), 'spf.void.over-limit');
      assert.equal(f.params?.['detail'], 'A nx1.example, A nx2.example, A nx3.example');
    });

    it('explains an include: or redirect= of a domain without SPF record', async () => {
      assert.equal(one(await findings('inc-missing.example'), 'spf.include.no-record').params?.['target'], 'nospf.example');
      assert.equal(one(await findings('redir-missing.example'), 'spf.redirect.no-record').params?.['target'], 'nowhere.example');
    });

    it('counts multiple records, and points a syntax error at the record that has it', async () => {
      assert.equal(one(await findings('two.example'), 'spf.record.multiple').params?.['count'], 2);
      const syntax = one(await findings('syntax.example'), 'spf.syntax');
      assert.equal(syntax.subject, 'syntax-inc.example');
      assert.match(String(syntax.params?.['detail']), /ip4:192\.0\.2\.300/);
      const ev = await evaluateSpf(
        { ip: '192.0.2.1', sender: 'x@syntax-inc.example', helo: 'h' },
        { resolver: new ZoneResolver(zone), lang: 'en' },
      );
      assert.deepEqual(
        ev.trace[0]?.terms.map((t) => [t.term, t.status]),
        [
          ['ip4:192.0.2.300', 'error'],
          ['-all', 'skipped'],
        ],
      );
    });

    it('flags more than 10 MX names', async () => {
      one(await findings('manymx.example'), 'spf.mx.too-many');
    });

    it('detects TXT strings that glue terms together, and accepts a split inside a term', async () => {
      assert.equal(
        one(await findings('glued.example'), 'spf.string.split').params?.['detail'],
        '"include:h1.example.org" + "include:h2.example.org" → "include:h1.example.orginclude:h2.example.org"',
      );
      one(await findings('near-miss.example'), 'spf.string.split');
      assert.equal(
        (await findings('fine-split.example')).some((f) => f.id === 'spf.string.split'),
        false,
      );
      assert.equal(splitProblem(['x'.repeat(256)]), '#1: 256 > 255');
      assert.equal(splitProblem(['v=spf1 a ', 'mx -all']), undefined);
    });
  });

  describe('lintSpf', () => {
    it('reports the worst-case lookups and the record problems without any verdict', async () => {
      const lint = await lintSpf('near.example', { resolver: new ZoneResolver(zone), lang: 'en' });
      assert.equal(lint.lookups, 9);
      assert.equal(lint.record, `v=spf1 ${nineA} -all`);
      assert.deepEqual(
        lint.findings.map((f) => f.id),
        ['spf.lookups.near-limit'],
      );
    });

    it('reports a missing record', async () => {
      const lint = await lintSpf('nospf.example', { resolver: new ZoneResolver(zone), lang: 'nb' });
      assert.equal(lint.result, 'none');
      const f = one(lint.findings, 'spf.record.missing');
      assert.equal(f.title, 'nospf.example har ingen SPF-post');
      assert.equal(f.whoMustAct, 'sender-it');
    });
  });
});
