/**
 * Brings stored data of any earlier schema version to the current one. Unknown or damaged data
 * yields an empty state plus a note; the caller keeps the original file aside, so nothing is lost.
 */
import { CaseSchema } from '../model/case.ts';
import { STORE_SCHEMA_VERSION, type StoredState } from './types.ts';

export interface MigrationResult {
  readonly state: StoredState;
  /** Why data was dropped, when it was. */
  readonly problem?: string;
}

/** Version 0 was the unversioned prototype format `{ case: {...} }`. */
function fromV0(raw: Record<string, unknown>): Record<string, unknown> {
  return { schemaVersion: 1, draft: raw['case'] };
}

const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = { 0: fromV0 };

export function migrate(raw: unknown): MigrationResult {
  if (raw === undefined || raw === null) return { state: { schemaVersion: STORE_SCHEMA_VERSION } };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { state: { schemaVersion: STORE_SCHEMA_VERSION }, problem: 'stored data is not an object' };
  }
  let data = raw as Record<string, unknown>;
  let version = typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : 0;
  if (version > STORE_SCHEMA_VERSION) {
    return {
      state: { schemaVersion: STORE_SCHEMA_VERSION },
      problem: `stored data has schema version ${version}, newer than this Mailpath understands (${STORE_SCHEMA_VERSION})`,
    };
  }
  while (version < STORE_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { state: { schemaVersion: STORE_SCHEMA_VERSION }, problem: `no migration from version ${version}` };
    data = step(data);
    version += 1;
  }
  if (data['draft'] === undefined) return { state: { schemaVersion: STORE_SCHEMA_VERSION } };
  const draft = CaseSchema.safeParse(data['draft']);
  if (!draft.success) {
    return { state: { schemaVersion: STORE_SCHEMA_VERSION }, problem: `the saved case is damaged (${draft.error.issues[0]?.path.join('.') ?? ''})` };
  }
  return { state: { schemaVersion: STORE_SCHEMA_VERSION, draft: draft.data } };
}
