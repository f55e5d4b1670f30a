/**
 * Remembered passwords. Only the Electron app has a secret store, backed by the OS keychain
 * through safeStorage; the CLI and the bridge have none (the CLI reads passwords from an
 * environment variable or stdin each time). Plain text never reaches disk: the store keeps only
 * what the OS-backed encryption returned.
 */

export interface SecretStore {
  /** Whether the OS offers encryption (safeStorage.isEncryptionAvailable()). */
  available(): boolean;
  /** Keys with a remembered secret (`user@host:port`), never the secrets. */
  keys(): Promise<readonly string[]>;
  save(key: string, secret: string): Promise<void>;
  load(key: string): Promise<string | undefined>;
  forget(key: string): Promise<void>;
}

/** What an encrypting store needs from its host: encryption and a place for opaque blobs. */
export interface SecretBackend {
  readonly available: () => boolean;
  readonly encrypt: (plain: string) => Uint8Array;
  readonly decrypt: (blob: Uint8Array) => string;
  readonly read: () => Record<string, string>;
  readonly write: (blobs: Record<string, string>) => void;
}

/** A store that keeps base64 of the encrypted blobs only. */
export function createEncryptedSecretStore(backend: SecretBackend): SecretStore {
  return {
    available: backend.available,
    keys: () => Promise.resolve(Object.keys(backend.read()).sort()),
    save: (key, secret) => {
      if (!backend.available()) return Promise.reject(new Error('OS encryption is not available'));
      backend.write({ ...backend.read(), [key]: Buffer.from(backend.encrypt(secret)).toString('base64') });
      return Promise.resolve();
    },
    load: (key) => {
      const blob = backend.read()[key];
      if (blob === undefined || !backend.available()) return Promise.resolve(undefined);
      return Promise.resolve(backend.decrypt(new Uint8Array(Buffer.from(blob, 'base64'))));
    },
    forget: (key) => {
      const { [key]: _gone, ...rest } = backend.read();
      backend.write(rest);
      return Promise.resolve();
    },
  };
}
