import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeCandidate } from '../../../electron/engine/discover/candidate.ts';
import { conflictFindings, mergeCandidates } from '../../../electron/engine/discover/merge.ts';
import type { CandidateSource, Security } from '../../../electron/engine/discover/types.ts';

const c = (host: string, port: number, source: CandidateSource, confidence: number, security: Security = 'starttls') =>
  makeCandidate({
    host,
    port,
    security,
    auth: true,
    source,
    confidence,
    evidence: [{ kind: 'text', label: source, text: `${host}:${port}` }],
    note: `from ${source}`,
  });

describe('discover', () => {
  describe('mergeCandidates', () => {
    it('folds the same host and port, combining sources and evidence and raising the confidence', () => {
      const merged = mergeCandidates([
        c('Mail.Example.se.', 587, 'provider', 0.5),
        c('mail.example.se', 587, 'headers', 0.8),
        c('mail.example.se', 465, 'headers', 0.65),
      ]);
      assert.equal(merged.length, 2);
      const top = merged[0];
      assert.equal(top?.host, 'mail.example.se');
      assert.equal(top?.port, 587);
      assert.deepEqual(top?.sources, ['headers', 'provider']);
      assert.equal(top?.source, 'headers');
      assert.equal(top?.confidence, 0.9);
      assert.equal(top?.evidence.length, 2);
      assert.equal(top?.note, 'from headers from provider');
    });

    it('does not raise the confidence for the same source repeated', () => {
      const [m] = mergeCandidates([c('a.example', 587, 'autoconfig', 0.7), c('a.example', 587, 'autoconfig', 0.7)]);
      assert.equal(m?.confidence, 0.7);
    });

    it('ranks by confidence, then agreement, then the usual port order', () => {
      const merged = mergeCandidates([
        c('b.example', 25, 'srv', 0.5),
        c('b.example', 465, 'srv', 0.5),
        c('b.example', 587, 'srv', 0.5),
        c('z.example', 587, 'outlook', 0.9),
      ]);
      assert.deepEqual(
        merged.map((m) => `${m.host}:${m.port}`),
        ['z.example:587', 'b.example:587', 'b.example:465', 'b.example:25'],
      );
    });
  });

  describe('conflictFindings', () => {
    it('warns when client settings and headers name different servers', () => {
      const f = conflictFindings(
        'sv',
        mergeCandidates([c('smtp.old.example', 587, 'thunderbird', 0.9), c('mail.example.se', 587, 'headers', 0.8)]),
      );
      assert.equal(f[0]?.id, 'discover.conflict');
      assert.equal(f[0]?.status, 'warning');
      assert.equal(f[0]?.params?.['clientHosts'], 'smtp.old.example');
      assert.equal(f[0]?.params?.['headerHosts'], 'mail.example.se');
    });

    it('is quiet when they agree on a host', () => {
      assert.deepEqual(
        conflictFindings('en', mergeCandidates([c('mail.example.se', 465, 'outlook', 0.9), c('mail.example.se', 587, 'headers', 0.8)])),
        [],
      );
    });
  });
});
