import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEncryptedSecretStore, type SecretBackend } from '../../../electron/engine/store/secrets.ts';
import { dispatch } from '../../../electron/engine/contract/dispatch.ts';
import { testServices } from '../../helpers/services.ts';

/** A stand-in for safeStorage: reversible, and visibly not the plain text. */
function fakeBackend(available = true): SecretBackend & { blobs: Record<string, string> } {
  const box = { blobs: {} as Record<string, string> };
  return {
    get blobs() {
      return box.blobs;
    },
    available: () => available,
    encrypt: (plain) => new Uint8Array(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
    decrypt: (blob) => Buffer.from(blob.map((b) => b ^ 0x5a)).toString('utf8'),
    read: () => ({ ...box.blobs }),
    write: (blobs) => {
      box.blobs = { ...blobs };
    },
  };
}

describe('store/secrets', () => {
  it('keeps only encrypted blobs and gives the secret back', async () => {
    const backend = fakeBackend();
    const store = createEncryptedSecretStore(backend);
    await store.save('alice@smtp.firma.test:587', 'hunter2-Sommar!');
    assert.ok(!JSON.stringify(backend.blobs).includes('hunter2'));
    assert.ok(!JSON.stringify(backend.blobs).includes(Buffer.from('hunter2-Sommar!').toString('base64')));
    assert.equal(await store.load('alice@smtp.firma.test:587'), 'hunter2-Sommar!');
    assert.deepEqual(await store.keys(), ['alice@smtp.firma.test:587']);
    await store.forget('alice@smtp.firma.test:587');
    assert.equal(await store.load('alice@smtp.firma.test:587'), undefined);
  });

  it('refuses to save when the OS cannot encrypt', async () => {
    await assert.rejects(createEncryptedSecretStore(fakeBackend(false)).save('k', 'v'), /not available/);
  });

  it('is reached through the operations, and hosts without it say "unsupported"', async () => {
    const secrets = createEncryptedSecretStore(fakeBackend());
    const services = { ...testServices(), secrets };
    assert.deepEqual(await dispatch('secretSave', { key: 'k', secret: 's3cret' }, { services }), { ok: true, value: { saved: true } });
    assert.deepEqual(await dispatch('secretLoad', { key: 'k' }, { services }), { ok: true, value: { secret: 's3cret' } });
    assert.deepEqual(await dispatch('secretStatus', {}, { services }), { ok: true, value: { available: true, keys: ['k'] } });
    const cli = testServices();
    assert.deepEqual(await dispatch('secretStatus', {}, { services: cli }), { ok: true, value: { available: false, keys: [] } });
    const r = await dispatch('secretSave', { key: 'k', secret: 'x' }, { services: cli });
    assert.ok(!r.ok);
    assert.equal(r.code, 'unsupported');
  });
});
