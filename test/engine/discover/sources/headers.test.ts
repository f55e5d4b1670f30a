import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHeaders } from '../../../../electron/engine/discover/sources/headers.ts';
import { HEADER_FIXTURES, testDeps } from '../helpers.ts';

const headers = (name: string) => readFile(join(HEADER_FIXTURES, name), 'utf8');

describe('discover', () => {
  describe('fromHeaders', () => {
    it('takes the Postfix ESMTPSA hop with (Authenticated sender: …) as the submission server', async () => {
      const r = fromHeaders(await headers('postfix-amavis-lmtp.eml'), testDeps());
      assert.deepEqual(
        r.candidates.map((c) => [c.host, c.port, c.security, c.auth]),
        [
          ['smtp.example.se', 587, 'starttls', true],
          ['smtp.example.se', 465, 'tls', true],
        ],
      );
      const ev = r.candidates[0]?.evidence[0];
      assert.equal(ev?.kind, 'header');
      assert.match(ev?.kind === 'header' ? ev.value : '', /Authenticated sender: alice@example\.se/);
      const f = r.findings[0];
      assert.equal(f?.id, 'discover.headers.submission');
      assert.equal(f?.params?.['user'], 'alice@example.se');
      assert.equal(f?.params?.['egress'], '192.0.2.25');
    });

    it('takes the Exim esmtpsa hop of a cPanel host', async () => {
      const r = fromHeaders(await headers('exim-cpanel-spamassassin.eml'), testDeps());
      assert.equal(r.candidates[0]?.host, 'server123.webhost.example');
      assert.equal(r.findings[0]?.params?.['user'], 'info@shop.example');
    });

    it('takes smtp.gmail.com from a Google Workspace submission', async () => {
      const r = fromHeaders(await headers('gmail-workspace.eml'), testDeps());
      assert.deepEqual([r.candidates[0]?.host, r.candidates[0]?.port], ['smtp.gmail.com', 587]);
    });

    it('turns a Microsoft 365 MAPI submission into smtp.office365.com', async () => {
      const r = fromHeaders(await headers('m365-to-m365-junk.eml'), testDeps({ lang: 'sv' }));
      assert.equal(r.candidates.length, 1);
      const c = r.candidates[0];
      assert.deepEqual([c?.host, c?.port, c?.security, c?.provider], ['smtp.office365.com', 587, 'starttls', 'Microsoft 365']);
      assert.match(c?.note ?? '', /Outlook eller webben \(MAPI\)/);
      assert.equal(r.findings[0]?.id, 'discover.headers.mailbox');
      assert.equal(r.findings[0]?.params?.['egress'], '40.107.22.71');
    });

    it('keeps an on-premises Exchange MAPI hop, with less confidence and a caveat', async () => {
      const r = fromHeaders(await headers('outlook-internet-headers-paste.txt'), testDeps());
      const c = r.candidates[0];
      assert.equal(c?.host, 'ex16.ad.example.com');
      assert.ok((c?.confidence ?? 1) <= 0.5);
      assert.match(c?.note ?? '', /Exchange server/);
    });

    it('says so when the headers show no submission hop, and is skipped without headers', () => {
      const r = fromHeaders(
        'Received: from mx.example.org (mx.example.org [192.0.2.9]) by mx.example.net with ESMTPS id 1; Mon, 1 Jan 2024 10:00:00 +0000\nSubject: x\n',
        testDeps(),
      );
      assert.equal(r.candidates.length, 0);
      assert.equal(r.findings[0]?.id, 'discover.headers.no-submission');
      assert.equal(fromHeaders(undefined, testDeps()).findings[0]?.id, 'discover.skipped.no-headers');
    });
  });
});
