/**
 * The app's `CaseStore` on top of electron-store (a `conf` document: one JSON file in the user-data
 * folder, written atomically, so a crash or kill mid-write keeps the previous draft). The stored
 * object is the engine's versioned `StoredState`, brought forward with the engine's `migrate()` on
 * every load. A file that cannot be read is moved aside, never overwritten. Pure: the document is
 * opened by a function main passes in (electron-store needs Electron; tests pass `conf` itself).
 */
import { migrate } from '../engine/store/migrate.ts';
import type { CaseStore, StoredState } from '../engine/store/types.ts';

/** The part of an electron-store / conf instance used here: the whole document at once. */
export interface JsonDocument {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface ConfCaseStoreOptions {
  /** Opens (constructs) the document; may throw a SyntaxError when the file is not JSON. */
  readonly open: () => JsonDocument;
  /** Where the file lives, known before it is opened (for messages and moving it aside). */
  readonly filePath: string;
  /** Renames a file (`fs.renameSync`). */
  readonly moveAside: (from: string, to: string) => void;
  readonly onProblem?: (message: string) => void;
  readonly now?: () => number;
}

function isUnreadable(error: unknown): boolean {
  return error instanceof SyntaxError || (error instanceof Error && error.name === 'SyntaxError');
}

export function createConfCaseStore(options: ConfCaseStoreOptions): CaseStore {
  const now = options.now ?? Date.now;
  const onProblem = options.onProblem ?? (() => undefined);
  let doc: JsonDocument | undefined;

  const setAside = (why: string) => {
    const aside = `${options.filePath}.damaged-${now()}`;
    options.moveAside(options.filePath, aside);
    onProblem(`${options.filePath}: ${why}; kept as ${aside}`);
  };

  const document = (): JsonDocument => {
    if (doc) return doc;
    try {
      doc = options.open();
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      setAside('the file is not valid JSON');
      doc = options.open();
    }
    return doc;
  };

  /** The raw stored object; a file damaged after opening is set aside like one damaged before. */
  const readRaw = (): unknown => {
    const d = document();
    try {
      return d.store;
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      setAside('the file is not valid JSON');
      return undefined;
    }
  };

  return {
    location: options.filePath,
    async load(): Promise<StoredState> {
      const result = migrate(readRaw());
      if (result.problem) setAside(result.problem);
      return result.state;
    },
    async save(state: StoredState): Promise<void> {
      // The whole state at once: one atomic write, never a half-updated document.
      document().store = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
    },
  };
}
