import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore, defaultConfigDir } from '../../../electron/engine/store/file-store.ts';
import { migrate } from '../../../electron/engine/store/migrate.ts';
import { newCase } from '../../../electron/engine/model/case.ts';

const draft = { ...newCase('c1', new Date('2026-11-24T12:00:00Z'), 'Europe/Oslo'), sender: 'kari@firma.no' };

describe('store', () => {
  describe('createFileStore', () => {
    it('saves and loads the draft, creating the folder', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mp-store-'));
      const store = createFileStore(join(dir, 'nested', 'state.json'));
      await store.save({ schemaVersion: 1, draft });
      assert.deepEqual((await store.load()).draft, draft);
      assert.equal(JSON.parse(await readFile(join(dir, 'nested', 'state.json'), 'utf8')).schemaVersion, 1);
    });

    it('leaves no temporary files behind', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mp-store-'));
      const store = createFileStore(join(dir, 'state.json'));
      await store.save({ schemaVersion: 1, draft });
      await store.save({ schemaVersion: 1, draft: { ...draft, sender: 'b@firma.no' } });
      assert.deepEqual(await readdir(dir), ['state.json']);
    });

    it('returns an empty state when nothing was saved yet', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mp-store-'));
      assert.deepEqual(await createFileStore(join(dir, 'state.json')).load(), { schemaVersion: 1 });
    });

    it('moves a damaged file aside instead of overwriting it, and says so', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mp-store-'));
      const path = join(dir, 'state.json');
      await writeFile(path, '{"schemaVersion": 1, "draft": {');
      const problems: string[] = [];
      const state = await createFileStore(path, (m) => problems.push(m)).load();
      assert.deepEqual(state, { schemaVersion: 1 });
      const files = await readdir(dir);
      assert.equal(files.length, 1);
      assert.match(files[0] ?? '', /^state\.json\.damaged-\d+$/);
      assert.equal(await readFile(join(dir, files[0] ?? ''), 'utf8'), '{"schemaVersion": 1, "draft": {');
      assert.match(problems[0] ?? '', /not valid JSON/);
    });
  });

  describe('migrate', () => {
    it('brings the unversioned format forward', () => {
      assert.deepEqual(migrate({ case: draft }).state, { schemaVersion: 1, draft });
    });

    it('refuses data from a newer Mailpath rather than guessing', () => {
      const r = migrate({ schemaVersion: 99, draft });
      assert.equal(r.state.draft, undefined);
      assert.match(r.problem ?? '', /newer/);
    });

    it('reports a damaged case with the field at fault', () => {
      assert.match(migrate({ schemaVersion: 1, draft: { ...draft, recipients: 5 } }).problem ?? '', /recipients/);
    });
  });

  describe('defaultConfigDir', () => {
    it('follows each OS convention and honours MAILPATH_CONFIG_DIR', () => {
      assert.equal(defaultConfigDir({ MAILPATH_CONFIG_DIR: '/x' }, 'linux'), '/x');
      assert.equal(defaultConfigDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux'), '/cfg/mailpath');
      assert.equal(defaultConfigDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32'), join('C:\\Users\\a\\AppData\\Roaming', 'Mailpath'));
      assert.match(defaultConfigDir({}, 'darwin'), /Library\/Application Support\/Mailpath$/);
    });
  });
});
