/**
 * What is kept between runs. The draft is saved on every change and must survive a crash; the
 * format carries a schema version and is migrated forward on load by `migrate.ts`.
 */
import type { Case } from '../model/case.ts';

export const STORE_SCHEMA_VERSION = 1;

export interface StoredState {
  readonly schemaVersion: typeof STORE_SCHEMA_VERSION;
  /** The case being worked on, possibly incomplete. */
  readonly draft?: Case;
}

/** Storage for `StoredState`: a JSON file (CLI, bridge) or electron-store (the app). */
export interface CaseStore {
  /** Where the data lives, for messages (`/home/u/.config/mailpath/state.json`). */
  readonly location: string;
  load(): Promise<StoredState>;
  save(state: StoredState): Promise<void>;
}
