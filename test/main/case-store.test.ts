/**
 * The app's case store, run over `conf` — the very class electron-store extends (electron-store
 * itself loads Electron, so it cannot run here) — with the options store.ts passes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { dispatch } from '../../electron/engine/contract/dispatch.ts';
import type { SavedCase } from '../../electron/engine/contract/ops.ts';
import type { OpResult } from '../../electron/engine/contract/result.ts';
import { newCase } from '../../electron/engine/model/case.ts';
import { createConfCaseStore, type JsonDocument } from '../../electron/main/case-store.ts';
import { testServices } from '../helpers/services.ts';

const draft = { ...newCase('c1', new Date('2026-11-24T12:00:00Z'), 'Europe/Oslo'), sender: 'kari@firma.no' };

async function storeIn(dir?: string, now = () => 1700000000000) {
  const cwd = dir ?? (await mkdtemp(join(tmpdir(), 'mp-confstore-')));
  const problems: string[] = [];
  const filePath = join(cwd, 'state.json');
  const store = createConfCaseStore({
    filePath,
    open: () =>
      new Conf<Record<string, unknown>>({
        cwd,
        configName: 'state',
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        watch: false,
        clearInvalidConfig: false,
      }),
    moveAside: renameSync,
    onProblem: (m) => problems.push(m),
    now,
  });
  return { store, problems, cwd, filePath };
}

describe('case-store', () => {
  describe('createConfCaseStore over conf', () => {
    it('saves the versioned state and loads the draft back in a new instance', async () => {
      const { store, cwd, filePath } = await storeIn();
      await store.save({ schemaVersion: 1, draft });
      assert.equal(JSON.parse(await readFile(filePath, 'utf8')).schemaVersion, 1);
      const reopened = (await storeIn(cwd)).store;
      assert.deepEqual((await reopened.load()).draft, draft);
    });

    it('writes the file readable by the user only', async () => {
      const { store, filePath } = await storeIn();
      await store.save({ schemaVersion: 1, draft });
      assert.equal((await stat(filePath)).mode & 0o777, 0o600);
    });

    it('returns an empty state, and writes nothing, when nothing was saved yet', async () => {
      const { store, cwd } = await storeIn();
      assert.deepEqual(await store.load(), { schemaVersion: 1 });
      assert.deepEqual(await readdir(cwd), []);
    });

    it('migrates the unversioned prototype format', async () => {
      const { store, filePath } = await storeIn();
      await writeFile(filePath, JSON.stringify({ case: draft }));
      assert.deepEqual((await store.load()).draft, draft);
    });

    it('moves a file that is not JSON aside, says so, and saves anew', async () => {
      const { store, problems, cwd, filePath } = await storeIn();
      await writeFile(filePath, '{"schemaVersion": 1, "draft": {');
      assert.deepEqual(await store.load(), { schemaVersion: 1 });
      assert.equal(problems.length, 1);
      assert.match(problems[0] ?? '', /not valid JSON; kept as .*state\.json\.damaged-1700000000000$/);
      assert.equal(await readFile(join(cwd, 'state.json.damaged-1700000000000'), 'utf8'), '{"schemaVersion": 1, "draft": {');
      await store.save({ schemaVersion: 1, draft });
      assert.deepEqual((await store.load()).draft, draft);
    });

    it('keeps a file of a newer schema version aside instead of overwriting it', async () => {
      const { store, problems, cwd, filePath } = await storeIn();
      await writeFile(filePath, JSON.stringify({ schemaVersion: 9, draft: { future: true } }));
      assert.deepEqual(await store.load(), { schemaVersion: 1 });
      assert.match(problems[0] ?? '', /schema version 9/);
      assert.deepEqual((await readdir(cwd)).sort(), ['state.json.damaged-1700000000000']);
    });

    it('sets aside a file that was damaged while the app ran', async () => {
      const { store, problems, filePath } = await storeIn();
      await store.save({ schemaVersion: 1, draft });
      await writeFile(filePath, 'garbage');
      assert.deepEqual(await store.load(), { schemaVersion: 1 });
      assert.equal(problems.length, 1);
    });

    it('reports its file as the location', async () => {
      const { store, filePath } = await storeIn();
      assert.equal(store.location, filePath);
    });

    it('restores the draft through the engine’s caseSave and caseLoad after a restart', async () => {
      const first = await storeIn();
      const saved = (await dispatch('caseSave', draft, { services: testServices({ store: first.store }) })) as OpResult<SavedCase>;
      assert.ok(saved.ok);
      assert.equal(saved.value.location, first.filePath);
      const second = await storeIn(first.cwd);
      const loaded = (await dispatch('caseLoad', {}, { services: testServices({ store: second.store }) })) as OpResult<SavedCase>;
      assert.ok(loaded.ok);
      assert.equal(loaded.value.case.sender, 'kari@firma.no');
      assert.equal(loaded.value.case.id, 'c1');
    });
  });

  describe('createConfCaseStore', () => {
    it('rethrows a failure to open that is not damaged data', async () => {
      const store = createConfCaseStore({
        filePath: '/nowhere/state.json',
        open: () => {
          throw new Error('EACCES: permission denied');
        },
        moveAside: () => assert.fail('must not move anything'),
      });
      await assert.rejects(store.load(), /EACCES/);
    });

    it('writes the whole state in one assignment, as plain JSON', async () => {
      const writes: unknown[] = [];
      const doc: JsonDocument = {
        path: '/x/state.json',
        get store() {
          return {};
        },
        set store(value) {
          writes.push(value);
        },
      };
      const store = createConfCaseStore({ filePath: doc.path, open: () => doc, moveAside: () => undefined });
      await store.save({ schemaVersion: 1, draft });
      assert.deepEqual(writes, [{ schemaVersion: 1, draft }]);
    });
  });
});
