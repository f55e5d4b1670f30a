import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expandMacros,
  parseDomainSpec,
  parseMacroString,
  urlEscape,
  type MacroValues,
} from '../../../../electron/engine/checks/spf/macro.ts';
import { parseClientIp } from '../../../../electron/engine/checks/spf/ip.ts';

/** The values of RFC 7208 §7.4's examples. */
function values(ip: string): MacroValues {
  const addr = parseClientIp(ip);
  assert.ok(addr);
  return {
    sender: 'strong-bad@email.example.com',
    local: 'strong-bad',
    senderDomain: 'email.example.com',
    domain: 'email.example.com',
    ip: addr,
    helo: 'mx.example.org',
    receivingHost: 'receiver.example.net',
    now: 1_700_000_000_500,
    validatedName: () => Promise.resolve('mx.example.org'),
  };
}

async function expand(text: string, ip = '192.0.2.3', explain = false): Promise<string> {
  const parsed = parseMacroString(text, { explain });
  assert.ok('tokens' in parsed, 'error' in parsed ? parsed.error : '');
  return expandMacros(parsed.tokens, values(ip));
}

describe('spf', () => {
  describe('macro', () => {
    it('expands every example of RFC 7208 §7.4 exactly', async () => {
      const table: [string, string][] = [
        ['%{s}', 'strong-bad@email.example.com'],
        ['%{o}', 'email.example.com'],
        ['%{d}', 'email.example.com'],
        ['%{d4}', 'email.example.com'],
        ['%{d3}', 'email.example.com'],
        ['%{d2}', 'example.com'],
        ['%{d1}', 'com'],
        ['%{dr}', 'com.example.email'],
        ['%{d2r}', 'example.email'],
        ['%{l}', 'strong-bad'],
        ['%{l-}', 'strong.bad'],
        ['%{lr}', 'strong-bad'],
        ['%{lr-}', 'bad.strong'],
        ['%{l1r-}', 'strong'],
        ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
        ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
        ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
        ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
        ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
      ];
      for (const [macro, expected] of table) assert.equal(await expand(macro), expected, macro);
      assert.equal(
        await expand('%{ir}.%{v}._spf.%{d2}', '2001:db8::cb01'),
        '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
      );
    });

    it('expands p, h, c, r, t, and the escapes %%, %_ and %-', async () => {
      assert.equal(await expand('%{p}.%{h}'), 'mx.example.org.mx.example.org');
      assert.equal(await expand('%{c} %{r} %{t}', '2001:DB8::CB01', true), '2001:db8::cb01 receiver.example.net 1700000000');
      assert.equal(await expand('%{c}', '::ffff:192.0.2.3', true), '192.0.2.3');
      assert.equal(await expand('a%%b%_c%-d'), 'a%b c%20d');
    });

    it('splits on any of several delimiters and joins with dots (§7.3)', async () => {
      const v = { ...values('192.0.2.3'), local: 'foo-bar+zip+quux' };
      const parsed = parseMacroString('%{l2r+-}|%{l=}|%{L}');
      assert.ok('tokens' in parsed);
      assert.equal(await expandMacros(parsed.tokens, v), 'bar.foo|foo-bar+zip+quux|foo-bar%2Bzip%2Bquux');
    });

    it('URL-escapes upper-case macros, keeping only RFC 3986 unreserved characters', async () => {
      assert.equal(urlEscape('~jack&jill=up-a_b3.c'), '~jack%26jill%3Dup-a_b3.c');
      assert.equal(urlEscape('ö'), '%C3%B6');
      assert.equal(await expand('%{S}'), 'strong-bad%40email.example.com');
    });

    it('rejects malformed macros, unknown letters, a zero part count and bad characters', () => {
      for (const bad of ['%', 'foo%', '%(ir)', '%{ir', '%{a}', '%{x}-files', '%{d0}', 'tab\there', 'sp ace', 'ütf']) {
        assert.ok('error' in parseMacroString(bad), bad);
      }
    });

    it('allows c, r, t and spaces only in explanation text (§7.1, §6.2)', () => {
      assert.ok('error' in parseMacroString('%{c}'));
      assert.ok('error' in parseDomainSpec('%{r}.example.com'));
      assert.ok('tokens' in parseMacroString('from %{c} at %{t} via %{r}', { explain: true }));
    });

    it('requires a domain-spec to end in a toplabel or a macro (§7.1)', () => {
      for (const ok of [
        'example.com',
        'example.com.',
        '%{d}',
        '_spf.%{d2}',
        'foo:bar/baz.example.com',
        'x.xn--zckzah',
        'foo.%%',
        'mail.example...com',
      ]) {
        assert.ok('tokens' in parseDomainSpec(ok), ok);
      }
      for (const bad of [
        '',
        'museum',
        'museum.',
        'abc.123',
        '111.222.33.44',
        'example.-com',
        'example.com:8080',
        'ip5.example.com/24',
        '-all',
      ]) {
        assert.ok('error' in parseDomainSpec(bad), bad);
      }
    });
  });
});
