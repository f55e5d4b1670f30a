/**
 * The sandboxed preload, bundled as one CommonJS file (out/preload/preload.cjs). It exposes
 * `window.mailpath`: one method per operation, generated from the names main passed in
 * `process.argv` (never a generic `invoke(channel)`), plus `cancel`, `onDeepLink`, `onOpenFile`
 * and `host`. Only this file imports Electron; the logic is in exposed-api.ts and transport.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildExposedApi } from './exposed-api.ts';

contextBridge.exposeInMainWorld('mailpath', buildExposedApi(process.argv, ipcRenderer));
