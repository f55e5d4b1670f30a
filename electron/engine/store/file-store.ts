/**
 * The CLI's and the bridge's store: one JSON file in the user's config folder, written atomically
 * (temporary file, fsync, rename) so a crash or kill mid-write leaves the previous draft intact.
 * A file that cannot be read is moved aside, never overwritten.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrate } from './migrate.ts';
import type { CaseStore, StoredState } from './types.ts';

/** The per-user config folder by each OS's convention; `MAILPATH_CONFIG_DIR` overrides. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['MAILPATH_CONFIG_DIR']) return env['MAILPATH_CONFIG_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Mailpath');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Mailpath');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'mailpath');
}

async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}

export function createFileStore(path: string, onProblem: (message: string) => void = () => undefined): CaseStore {
  return {
    location: path,
    async load(): Promise<StoredState> {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return migrate(undefined).state;
        throw error;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        raw = Symbol('unparsable');
      }
      const result = typeof raw === 'symbol' ? { state: migrate(undefined).state, problem: 'the file is not valid JSON' } : migrate(raw);
      if (result.problem) {
        const aside = `${path}.damaged-${Date.now()}`;
        await rename(path, aside);
        onProblem(`${path}: ${result.problem}; kept as ${aside}`);
      }
      return result.state;
    },
    async save(state: StoredState): Promise<void> {
      await writeAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
    },
  };
}

/** An in-memory store for tests and one-shot runs. */
export function createMemoryStore(initial?: StoredState): CaseStore {
  let state: StoredState = initial ?? { schemaVersion: 1 };
  return {
    location: 'memory',
    load: () => Promise.resolve(state),
    save: (s) => {
      state = s;
      return Promise.resolve();
    },
  };
}
