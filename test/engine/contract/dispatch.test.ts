import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch, isPlainJson } from '../../../electron/engine/contract/dispatch.ts';
import { handlers } from '../../../electron/engine/contract/handlers.ts';
import { OP_NAMES, ops } from '../../../electron/engine/contract/ops.ts';
import { testServices } from '../../helpers/services.ts';

describe('contract', () => {
  describe('ops table', () => {
    it('has exactly one handler per operation', () => {
      assert.deepEqual(Object.keys(handlers).sort(), [...OP_NAMES].sort());
    });

    it('describes every operation for the help text', () => {
      for (const name of OP_NAMES) assert.ok(ops[name].description.length > 10, name);
    });
  });

  describe('dispatch', () => {
    it('returns unknown-operation for a name that is not in the table', async () => {
      const r = await dispatch('constructor', {}, { services: testServices() });
      assert.deepEqual(r, { ok: false, code: 'unknown-operation', message: 'Unknown operation "constructor".' });
    });

    it('returns invalid-input naming the field at fault', async () => {
      const r = await dispatch('caseValidate', { case: { id: 'x', createdAt: '', updatedAt: '', recipients: 'a@b.se' } }, { services: testServices() });
      assert.equal(r.ok, false);
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
      assert.equal(r.field, 'case.recipients');
      assert.match(r.message, /^case\.recipients: /);
    });

    it('rejects unknown input fields rather than ignoring them', async () => {
      const r = await dispatch('deepLinkParse', { url: 'mailpath://case', extra: 1 }, { services: testServices() });
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
    });

    it('turns a deliberate OpError into its code', async () => {
      const r = await dispatch('deepLinkParse', { url: 'https://example.com/' }, { services: testServices() });
      assert.ok(!r.ok);
      assert.equal(r.code, 'invalid-input');
      assert.equal(r.field, 'url');
    });

    it('returns cancelled when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const r = await dispatch('appInfo', {}, { services: testServices(), signal: controller.signal });
      assert.ok(!r.ok);
      assert.equal(r.code, 'cancelled');
    });

    it('turns a crash inside a handler into an internal failure, not an exception', async () => {
      const services = testServices();
      const broken = { ...services, store: { location: 'x', load: () => Promise.reject(new Error('disk on fire')), save: () => Promise.resolve() } };
      const r = await dispatch('caseLoad', {}, { services: broken });
      assert.ok(!r.ok);
      assert.equal(r.code, 'internal');
      assert.match(r.message, /disk on fire/);
    });

    it('falls back to English for an unknown language', async () => {
      const r = await dispatch('reportBuild', { case: { id: 'x', createdAt: '', updatedAt: '' } }, { services: testServices(), lang: 'xx' });
      assert.ok(r.ok);
      assert.equal((r.value as { verdict: { sentence: string } }).verdict.sentence, 'Nothing has been checked yet.');
    });
  });

  describe('isPlainJson', () => {
    it('accepts nested plain data and rejects Dates, Maps, Buffers, NaN and functions', () => {
      assert.equal(isPlainJson({ a: [1, 'x', null, { b: true }] }), true);
      for (const bad of [new Date(), new Map(), Buffer.from('x'), Number.NaN, () => 1, { a: new Date() }]) assert.equal(isPlainJson(bad), false);
    });
  });
});

describe('contract › reportPdf', () => {
  const aCase = { id: 'c', createdAt: '', updatedAt: '', sender: 'anna@firma.se' };
  it('prints through the host’s PDF renderer and returns the bytes as base64', async () => {
    let seen = '';
    const services = { ...testServices(), pdf: (html: string) => ((seen = html), Promise.resolve(new Uint8Array([37, 80, 68, 70]))) };
    const r = await dispatch('reportPdf', { input: { case: aCase } }, { services });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { fileName: 'mailpath-report-2026-11-24.pdf', base64: 'JVBERg==', bytes: 4 });
    assert.match(seen, /anna@firma\.se/);
  });

  it('says "unsupported" on a host that cannot print', async () => {
    const r = await dispatch('reportPdf', { input: { case: aCase } }, { services: testServices() });
    assert.ok(!r.ok);
    assert.equal(r.code, 'unsupported');
  });
});
