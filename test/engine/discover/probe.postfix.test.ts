import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nodeConnect, probeServer } from '../../../electron/engine/discover/probe.ts';
import { startPostfix, type PostfixServer } from '../../helpers/postfix.ts';

describe('discover', () => {
  describe('probeServer against a real Postfix', () => {
    let pf: PostfixServer;
    before(async () => {
      pf = await startPostfix();
    });
    after(async () => pf?.stop());

    it('reads the greeting on the submission port (STARTTLS style)', async () => {
      const r = await probeServer(pf.host, pf.submissionPort, false, { connect: nodeConnect, timeoutMs: 5000 });
      assert.equal(r.ok, true, r.error);
      assert.match(r.greeting ?? '', new RegExp(`^220 ${pf.hostname.replace(/\./g, '\\.')}`));
    });

    it('reads the greeting after the TLS handshake on the implicit-TLS port', async () => {
      const r = await probeServer(pf.host, pf.submissionsPort, true, { connect: nodeConnect, timeoutMs: 5000 });
      assert.equal(r.ok, true, r.error);
      assert.match(r.greeting ?? '', /^220 /);
    });

    it('gets no greeting when speaking plain TCP to the implicit-TLS port', async () => {
      const r = await probeServer(pf.host, pf.submissionsPort, false, { connect: nodeConnect, timeoutMs: 500 });
      assert.equal(r.ok, false);
    });
  });
});
