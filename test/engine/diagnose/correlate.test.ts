import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correlate, type CorrelationInput } from '../../../electron/engine/diagnose/correlate.ts';
import { diffRuns } from '../../../electron/engine/diagnose/diff.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';
import type { Finding } from '../../../electron/engine/model/finding.ts';
import type { BounceResult } from '../../../electron/engine/offline/bounce/types.ts';

const f = (id: string, status: Finding['status'], params: Record<string, string | number>, extra: Partial<Finding> = {}): Finding => ({
  ...makeFinding('en', { id, check: id.split('.')[0] ?? 'x', status, whoMustAct: 'sender-it', params }),
  evidence: [{ kind: 'text', label: id, text: `evidence of ${id}` }],
  ...extra,
});

const bounce = (diagnostic: string, reason: string): BounceResult => ({
  kind: 'bounce',
  deliveries: [{ recipient: 'ola@kund.test', action: 'failed', status: '5.7.1', replyCode: 550, reason: reason as never, remoteMta: 'mx.kund.test', diagnostic, explanation: '', fix: '', whoMustAct: 'sender-it' }],
  original: { messageId: '<m1@firma.test>', date: null, from: 'anna@firma.test', to: 'ola@kund.test', subject: 'Offert' },
  findings: [],
});

const input = (over: Partial<CorrelationInput>): CorrelationInput => ({ findings: [], bounces: [], logs: [], symptom: 'bounced', lang: 'en', ...over });
const ids = (fs: Finding[]) => fs.map((x) => x.id);

describe('diagnose', () => {
  describe('correlate', () => {
    it('ties an authentication bounce to the SPF result of the same domain, with both pieces of evidence', () => {
      const b = f('bounce.delivery.authfailure', 'error', { recipient: 'ola@kund.test', status: '5.7.26', replyCode: 550, action: 'failed', remoteMta: 'mx', explanation: 'x', cause: 'y', fix: 'z', matchedBy: 'status', diagnostic: '550 5.7.26 Unauthenticated email', reason: 'authfailure' });
      const spf = f('spf.result.fail', 'error', { ip: '192.0.2.1', domain: 'firma.test', matched: '-all' });
      const out = correlate(input({ findings: [b, spf] }));
      const c = out.find((x) => x.id === 'diagnose.correlate.auth-bounce');
      assert.ok(c);
      assert.equal(c.status, 'error');
      assert.deepEqual(c.evidence.map((e) => (e.kind === 'text' ? e.label : e.kind)), ['bounce.delivery.authfailure', 'spf.result.fail']);
    });

    it('turns "status=sent (250 … queued as X)" at the recipient’s MX into "the message left your system", naming X', () => {
      const out = correlate(input({
        logs: [{ messages: [{ id: '4XyzAB12', recipients: [{ address: 'ola@kund.test', status: 'sent', at: '2026-11-20T13:02:11Z', relay: 'mx.kund.test[198.51.100.5]:25', reply: '250 2.0.0 Ok: queued as 9QWERTY1' }] }] }],
      }));
      const c = out.find((x) => x.id === 'diagnose.correlate.delivered');
      assert.equal(c?.params?.['remoteId'], '9QWERTY1');
      assert.equal(c?.params?.['queueId'], '4XyzAB12');
      assert.equal(c?.whoMustAct, 'recipient-provider');
      assert.match(c?.title ?? '', /left your system/);
    });

    it('ties a blocklisting of the sending IP to the bounce that mentions it', () => {
      const listing = f('reputation.ip.listed', 'error', { list: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', target: '192.0.2.7', meaning: 'SBL', codes: '127.0.0.2', delist: 'https://check.spamhaus.org/' });
      const out = correlate(input({ findings: [listing], bounces: [bounce('550 5.7.1 Service unavailable; client host [192.0.2.7] blocked using zen.spamhaus.org', 'blocked')] }));
      const c = out.find((x) => x.id === 'diagnose.correlate.blocklisted');
      assert.equal(c?.params?.['ip'], '192.0.2.7');
      assert.equal(c?.whoMustAct, 'sender-provider');
    });

    it('does not tie a blocklisting to a bounce that says nothing about it', () => {
      const listing = f('reputation.ip.listed', 'error', { list: 'Spamhaus ZEN', zone: 'zen.spamhaus.org', target: '192.0.2.7', meaning: 'SBL', codes: '127.0.0.2', delist: 'x' });
      assert.deepEqual(ids(correlate(input({ findings: [listing], bounces: [bounce('550 5.1.1 user unknown', 'userunknown')] }))), []);
    });

    it('explains a delay by greylisting', () => {
      const grey = f('smtp.rcpt.greylisted', 'warning', { address: 'ola@kund.test', code: 450, text: '4.7.1 Greylisted, try again later' });
      assert.deepEqual(ids(correlate(input({ findings: [grey], symptom: 'delayed' }))), ['diagnose.correlate.greylist']);
      assert.deepEqual(ids(correlate(input({ findings: [grey], symptom: 'spam-folder' }))), []);
    });

    it('confirms an unknown address when the bounce and the MX probe agree', () => {
      const b = f('bounce.delivery.userunknown', 'error', { recipient: 'ola@kund.test', status: '5.1.1', replyCode: 550, action: 'failed', remoteMta: 'mx', explanation: 'x', cause: 'y', fix: 'z', matchedBy: 'status', reason: 'userunknown' });
      const probe = f('smtp.rcpt.unknown', 'error', { address: 'ola@kund.test', code: 550, status: '5.1.1', text: 'User unknown', host: 'mx' });
      assert.deepEqual(ids(correlate(input({ findings: [b, probe] }))), ['diagnose.correlate.address-confirmed']);
    });
  });

  describe('diffRuns', () => {
    it('sorts problems into fixed, new and unchanged by id and subject', () => {
      const a = f('spf.result.fail', 'error', { ip: '1', domain: 'd', matched: 'm' }, { subject: 'firma.test' });
      const b = f('dmarc.record.missing', 'warning', { domain: 'firma.test' }, { subject: 'firma.test' });
      const c = f('mx.target.cname', 'warning', { domain: 'kund.test', host: 'mx', target: 't' }, { subject: 'kund.test' });
      const ok = f('spf.result.pass', 'ok', { ip: '1', domain: 'd', matched: 'm' });
      const d = diffRuns([a, b], [b, c, ok]);
      assert.deepEqual(d.fixed.map((x) => x.id), ['spf.result.fail']);
      assert.deepEqual(d.new.map((x) => x.id), ['mx.target.cname']);
      assert.deepEqual(d.unchanged.map((x) => x.id), ['dmarc.record.missing']);
    });
  });
});

describe('diagnose › composeSupportMail', () => {
  it('addresses the provider’s support, attaches the HTML, and keeps the mailto link within 2000 characters', async () => {
    const { composeSupportMail } = await import('../../../electron/engine/diagnose/support-mail.ts');
    const { buildReport } = await import('../../../electron/engine/report/build.ts');
    const { newCase } = await import('../../../electron/engine/model/case.ts');
    const now = new Date('2026-11-24T12:00:00Z');
    const c = { ...newCase('c', now, 'Europe/Oslo'), sender: 'åse@bedrift.no', recipients: ['ola@kunde.no'], reference: 'SAK-7', provider: { name: 'Kunde', supportAddress: 'support@kunde.no', mxPattern: '' } };
    const report = buildReport({ case: c, findings: [], steps: [], environment: { appVersion: '1', os: 'x', host: 'test', resolver: 'r', lang: 'nb', timeZone: 'Europe/Oslo' }, lang: 'nb', now });
    const mail = composeSupportMail(report, 'nb', { html: '<html></html>', text: 'æøå '.repeat(2000), stem: 'r' });
    assert.equal(mail.to, 'support@kunde.no');
    assert.match(mail.subject, /åse@bedrift\.no → ola@kunde\.no \(SAK-7\)/);
    assert.deepEqual(mail.attachments.map((a) => a.filename), ['r.html']);
    assert.ok(mail.mailto.length <= 2000, `${mail.mailto.length}`);
    assert.ok(mail.mailto.startsWith('mailto:support%40kunde.no?subject='));
  });
});
