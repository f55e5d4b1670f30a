import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSpfRecord, parseRecord, parseTerm, type Mechanism } from '../../../../electron/engine/checks/spf/record.ts';

function mech(text: string): Mechanism {
  const t = parseTerm(text);
  assert.ok(!('error' in t) && t.kind === 'mechanism', `${text}: ${'error' in t ? t.error : 'modifier'}`);
  return t;
}

describe('spf', () => {
  describe('record', () => {
    it('selects v=spf1 followed by a space or the end, in any case (§4.5)', () => {
      for (const ok of ['v=spf1', 'v=spf1 -all', 'V=SpF1 ~all']) assert.ok(isSpfRecord(ok), ok);
      for (const no of ['v=spf10', 'v=spf1mx', 'v=spf2.0/pra', ' v=spf1 -all', 'spf1']) assert.ok(!isSpfRecord(no), no);
    });

    it('parses qualifiers, dual CIDR lengths and networks', () => {
      assert.deepEqual([mech('a').qualifier, mech('-a').qualifier, mech('~mx').qualifier, mech('?all').qualifier], ['+', '-', '~', '?']);
      assert.deepEqual([mech('a/24//64').cidr4, mech('a/24//64').cidr6], [24, 64]);
      assert.deepEqual([mech('mx//0').cidr4, mech('mx//0').cidr6], [undefined, 0]);
      const a = mech('a:foo:bar/baz.example.com/24');
      assert.equal(a.cidr4, 24);
      assert.equal(a.domainSpec?.length, 1);
      assert.equal(mech('ip4:192.0.2.0/24').prefix, 24);
      assert.equal(mech('ip4:192.0.2.1').prefix, 32);
      assert.equal(mech('ip6:2001:db8::/32').prefix, 32);
      assert.equal(mech('ip6:::1.1.1.1').prefix, 128);
      assert.equal(mech('IP4:192.0.2.1').name, 'ip4');
    });

    it('rejects every malformed mechanism', () => {
      const bad = [
        'all.',
        'all:foo',
        'all/8',
        'ptr/0',
        'ptr:',
        'a:',
        'mx:',
        'a/33',
        'a//129',
        'a/24/64',
        'a/032',
        'exists',
        'exists:',
        'include',
        'include:',
        'include:ex.com/24',
        'ip4',
        'ip4:1.2.3',
        'ip4:1.2.3.4:8080',
        'ip4:1.2.3.4//32',
        'ip4:1.2.3.4/33',
        'ip6',
        'ip6::CAFE::BABE',
        'ip6:::1/129',
        'ip6:::1//33',
        'redirect:example.com',
        'moo',
        '=all',
        '1up=foo',
        'a:foo.com\0',
      ];
      for (const text of bad) assert.ok('error' in parseTerm(text), text);
    });

    it('tells modifiers from mechanisms by "=" before any ":" or "/" (§4.6.1)', () => {
      const good = parseTerm('moo.cow-far_out=man:dog/cat');
      assert.ok(!('error' in good) && good.kind === 'modifier' && good.name === 'moo.cow-far_out');
      assert.ok('error' in parseTerm('moo.cow/far_out=man:dog/cat'));
      assert.ok('error' in parseTerm('moo.cow:far_out=man:dog/cat'));
      assert.ok('error' in parseTerm('foo=%abc'));
      assert.ok('error' in parseTerm('exp='));
      assert.ok('error' in parseTerm('redirect=-all'));
    });

    it('finds syntax errors anywhere and duplicate redirect= or exp= (§4.6, §6)', () => {
      assert.equal(parseRecord('v=spf1 ip4:1.2.3.4 -all moo').ok, false);
      assert.equal(parseRecord('v=spf1 redirect=a.example redirect=b.example').ok, false);
      assert.equal(parseRecord('v=spf1 exp=a.example -all EXP=b.example').ok, false);
      assert.equal(parseRecord('v=spf1 a:ctrl.example.com\rptr -all').ok, false);
      const ok = parseRecord('v=spf1  a   -all  redirect=x.example ');
      assert.ok(ok.ok);
      assert.equal(ok.record.terms.length, 3);
      assert.equal(ok.record.redirect?.value, 'x.example');
    });
  });
});
