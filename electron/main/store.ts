/**
 * The app's case store and services: electron-store under the user-data folder, behind the pure
 * `createConfCaseStore` (which does the migrating and the keeping-aside). electron-store loads
 * Electron, so this thin module is only type-checked and bundled, never run by tests.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import Store from 'electron-store';
import type { Services } from '../engine/contract/context.ts';
import { createNodeServices } from '../engine/host/node-services.ts';
import type { CaseStore } from '../engine/store/types.ts';
import { createEncryptedSecretStore, type SecretStore } from '../engine/store/secrets.ts';
import { electronPdfRenderer } from './pdf.ts';
import { createConfCaseStore } from './case-store.ts';

const STORE_NAME = 'state';

export function createElectronCaseStore(onProblem: (message: string) => void): CaseStore {
  const cwd = app.getPath('userData');
  return createConfCaseStore({
    filePath: join(cwd, `${STORE_NAME}.json`),
    open: () =>
      new Store<Record<string, unknown>>({
        name: STORE_NAME,
        cwd,
        // The case holds e-mail addresses: readable by the user only.
        configFileMode: 0o600,
        // Keys are whole objects, never dotted paths; no file watching; migrations are the engine's.
        accessPropertiesByDotNotation: false,
        watch: false,
        clearInvalidConfig: false,
      }),
    moveAside: renameSync,
    onProblem,
  });
}

/**
 * Remembered passwords: safeStorage (the OS keychain: DPAPI, Keychain, libsecret) encrypts, and
 * only the encrypted blobs are kept, in their own electron-store file.
 */
export function createElectronSecretStore(): SecretStore {
  const store = new Store<{ blobs: Record<string, string> }>({ name: 'secrets', cwd: app.getPath('userData'), configFileMode: 0o600, defaults: { blobs: {} }, watch: false });
  return createEncryptedSecretStore({
    // On Linux without a keyring safeStorage falls back to a hard-coded key: treat that as unavailable.
    available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: (plain) => new Uint8Array(safeStorage.encryptString(plain)),
    decrypt: (blob) => safeStorage.decryptString(Buffer.from(blob)),
    read: () => ({ ...store.get('blobs') }),
    write: (blobs) => store.set('blobs', blobs),
  });
}

/** The services of the Electron host: like the CLI's, with electron-store, safeStorage and host `electron`. */
export function createElectronServices(onProblem: (message: string) => void): Services {
  return { ...createNodeServices({ host: 'electron', store: createElectronCaseStore(onProblem) }), secrets: createElectronSecretStore(), pdf: electronPdfRenderer() };
}
