import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dnsEvidence, transcriptBlocks } from '../../../electron/engine/report/evidence.ts';
import { buildReport } from '../../../electron/engine/report/build.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';
import type { Finding, TranscriptLine } from '../../../electron/engine/model/finding.ts';
import { ENV, MX_DNS, NOW, SESSION, SPF_DNS, sampleCase, sampleReport } from './sample.ts';

const withEvidence = (evidence: Finding['evidence']): Finding => ({
  ...makeFinding('en', { id: 'case.recipient.same-domain', check: 'x', status: 'info', whoMustAct: 'nobody', params: { domain: 'd.example' } }),
  evidence,
});

describe('report', () => {
  describe('transcriptBlocks', () => {
    it('shows a stored session once even when findings quote parts of it', () => {
      const blocks = transcriptBlocks(sampleReport());
      assert.equal(blocks.length, 1);
      assert.equal(blocks[0]?.source, 'smtp.test');
      assert.equal(blocks[0]?.lines.length, SESSION.length);
    });

    it('keeps separate sessions apart, oldest first, each named by where it came from', () => {
      const later: TranscriptLine[] = [
        { t: '2026-11-20T13:10:00.000Z', dir: 's', line: '220 mx.kund.no ESMTP' },
        { t: '2026-11-20T13:10:00.100Z', dir: 'c', line: 'EHLO smtp.firma.se' },
      ];
      const c = { ...sampleCase(), results: {} };
      const report = buildReport({
        case: c,
        findings: [withEvidence([{ kind: 'smtp', lines: later }]), withEvidence([{ kind: 'smtp', lines: SESSION }])],
        steps: [],
        environment: ENV,
        lang: 'en',
        now: NOW,
      });
      const blocks = transcriptBlocks(report);
      assert.deepEqual(blocks.map((b) => b.lines[0]?.line), ['220 smtp.firma.se ESMTP Postfix', '220 mx.kund.no ESMTP']);
      assert.equal(blocks[1]?.source, 'Sender and recipient share the domain d.example');
    });
  });

  describe('dnsEvidence', () => {
    it('lists each exchange once, in the order asked, from findings and step data alike', () => {
      const list = dnsEvidence(sampleReport());
      assert.deepEqual(list.map((e) => `${e.name} ${e.type} ${e.rcode}`), ['firma.se TXT NOERROR', 'kund.no MX NOERROR', 'kund.nox MX NXDOMAIN']);
    });

    it('keeps a retry of the same question as its own exchange', () => {
      const retry = { ...MX_DNS, at: '2026-11-20T13:02:30.000Z', rcode: 'TIMEOUT', answers: [] };
      const report = buildReport({ case: { ...sampleCase(), results: {} }, findings: [withEvidence([MX_DNS, retry, SPF_DNS, MX_DNS])], steps: [], environment: ENV, lang: 'en', now: NOW });
      assert.deepEqual(dnsEvidence(report).map((e) => e.rcode), ['NOERROR', 'NOERROR', 'TIMEOUT']);
    });
  });
});
