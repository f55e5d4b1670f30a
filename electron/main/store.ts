/**
 * The app's case store and services: electron-store under the user-data folder, behind the pure
 * `createConfCaseStore` (which does the migrating and the keeping-aside). electron-store loads
 * Electron, so this thin module is only type-checked and bundled, never run by tests.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import type { Services } from '../engine/contract/context.ts';
import { createNodeServices } from '../engine/host/node-services.ts';
import type { CaseStore } from '../engine/store/types.ts';
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

/** The services of the Electron host: like the CLI's, with electron-store and host `electron`. */
export function createElectronServices(onProblem: (message: string) => void): Services {
  return createNodeServices({ host: 'electron', store: createElectronCaseStore(onProblem) });
}
