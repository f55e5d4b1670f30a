import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verdictOf, decidingRule } from '../../../electron/engine/report/verdict.ts';
import { VERDICT_RULES } from '../../../electron/engine/report/verdict-rules.ts';
import { allCatalogs, LANGS, makeFinding } from '../../../electron/engine/i18n/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';

const f = (id: string, status: Finding['status'] = 'error', params: Record<string, string | number> = {}, who: Finding['whoMustAct'] = 'sender-it'): Finding => ({
  id,
  check: 'x',
  status,
  title: `title of ${id}`,
  explanation: 'e',
  evidence: [],
  whoMustAct: who,
  params,
});

/** One representative finding per cause of the product brief, and the rule that must decide it. */
const CAUSES: readonly [string, Finding, string, Finding['whoMustAct']][] = [
  ['a mistyped address', f('bounce.delivery.userunknown', 'error', { action: 'failed' }), 'address-unknown', 'sender-it'],
  ['a misconfigured client', f('smtp.auth.refused'), 'client-config', 'sender-it'],
  ['antivirus or a firewall in the way', f('tls.handshake.failed'), 'client-config', 'sender-it'],
  ["the sender's provider failing", f('smtp.greeting.unavailable'), 'sender-provider', 'sender-provider'],
  ["the recipient domain's MX misconfigured", f('mx.recipient.none'), 'recipient-domain-mx', 'recipient-provider'],
  ['spam classification by SPF', f('spf.result.fail'), 'authentication', 'sender-it'],
  ['spam classification by DMARC', f('dmarc.alignment.none', 'warning'), 'authentication', 'sender-it'],
  ['a blocklisted IP', f('reputation.ip.listed'), 'blocked-ip', 'sender-provider'],
  ['missing reverse DNS', f('rdns.ptr.missing', 'warning'), 'blocked-ip', 'sender-provider'],
  ['spam content', f('bounce.delivery.spamdetected'), 'spam-content', 'sender-it'],
  ['a full mailbox', f('bounce.delivery.mailboxfull'), 'recipient-mailbox', 'recipient'],
  ['plain delay', f('log.deferred', 'warning', { reason: 'undefined' }), 'delay', 'recipient-provider'],
  ['greylisting', f('smtp.rcpt.greylisted', 'warning'), 'delay', 'recipient-provider'],
  ['delivered, then lost (POP3 client, rules)', f('log.delivered', 'ok'), 'delivered', 'recipient-provider'],
];

describe('verdict', () => {
  describe('rule table', () => {
    for (const [cause, finding, rule, who] of CAUSES) {
      it(`covers ${cause}`, () => {
        const v = verdictOf([finding, f('spf.result.pass', 'ok')], 'en', { queueId: 'Q1', messageId: 'M1' });
        assert.equal(v.rule, rule);
        assert.equal(v.whoMustAct, who);
        assert.equal(v.basedOn, finding.id);
        assert.ok(v.nextSteps.length >= 2 && v.nextSteps.length <= 3);
        assert.match(v.sentence, new RegExp(`title of ${finding.id.replace(/\./g, '\\.')}`));
      });
    }

    it('takes the first rule in table order when several match', () => {
      const d = decidingRule([f('spf.result.fail'), f('bounce.delivery.userunknown', 'error', { action: 'failed' })]);
      assert.equal(d?.rule.id, 'address-unknown');
    });

    it('matches log lines by the reason the knowledge base gave them', () => {
      assert.equal(verdictOf([f('log.bounced', 'error', { reason: 'mailboxfull' })], 'en').rule, 'recipient-mailbox');
      assert.equal(verdictOf([f('log.bounced', 'error', { reason: 'blocked' })], 'en').rule, 'blocked-ip');
    });

    it('names the queue ID and Message-ID in the next steps', () => {
      const v = verdictOf([f('log.delivered', 'ok')], 'sv', { queueId: '4XyzAB', messageId: 'abc@firma.test' });
      assert.ok(v.nextSteps.some((s) => s.includes('4XyzAB') && s.includes('abc@firma.test')));
    });

    it('falls back to the worst problem when no rule knows it, and to "nobody" when all is well', () => {
      const other = verdictOf([f('dkim.key.short', 'warning', {}, 'sender-it')], 'en');
      assert.equal(other.whoMustAct, 'sender-it');
      assert.equal(other.rule, undefined);
      const fine = verdictOf([f('spf.result.pass', 'ok')], 'nb');
      assert.equal(fine.whoMustAct, 'nobody');
      assert.equal(fine.sentence, 'Ingen feil ble funnet i det som ble sjekket.');
      assert.equal(verdictOf([], 'en').sentence, 'Nothing has been checked yet.');
    });

    it('ignores skipped findings', () => {
      assert.equal(verdictOf([f('smtp.auth.refused', 'skipped')], 'en').whoMustAct, 'nobody');
    });

    it('has every rule’s sentence and steps in every language', () => {
      const { verdict } = allCatalogs();
      for (const rule of VERDICT_RULES) {
        for (const lang of LANGS) {
          assert.ok(verdict[lang][`verdict.rule.${rule.id}`], `${rule.id} ${lang}`);
          for (let i = 1; i <= rule.steps; i++) assert.ok(verdict[lang][`verdict.rule.${rule.id}.step${i}`], `${rule.id}.step${i} ${lang}`);
        }
      }
      for (const lang of LANGS) assert.deepEqual(Object.keys(verdict[lang]).sort(), Object.keys(verdict.en).sort(), lang);
    });

    it('refers only to finding ids that exist in the catalogues', () => {
      const known = new Set(allCatalogs().findings.flatMap((c) => Object.keys(c.en)));
      for (const rule of VERDICT_RULES) {
        for (const m of rule.match) {
          const ok = m.id.endsWith('*') ? [...known].some((id) => id.startsWith(m.id.slice(0, -1))) : known.has(m.id);
          assert.ok(ok, `${rule.id}: ${m.id}`);
        }
      }
    });
  });

  it('uses makeFinding texts for the deciding title', () => {
    const real = makeFinding('en', { id: 'case.incomplete', check: 'case', status: 'error', whoMustAct: 'sender-it', params: { fields: 'sender' } });
    assert.match(verdictOf([real], 'en').sentence, /The case is missing sender/);
  });
});
