/**
 * The native menu as a template (pure data plus callbacks) and the File › Open rules: which files
 * may be opened and how large. main.ts builds the menu with `Menu.buildFromTemplate`.
 * The native menu stays in English for now; the UI itself is translated.
 */
import type { MenuItemConstructorOptions, OpenDialogOptions } from 'electron';

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Developer tools only in unpackaged (development) runs. */
  readonly devTools: boolean;
  /** File › Open… was chosen. */
  readonly onOpen: () => void;
}

export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const isMac = input.platform === 'darwin';
  const open: MenuItemConstructorOptions = { id: 'file-open', label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => input.onOpen() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ label: input.appName, role: 'appMenu' });
  template.push({
    label: 'File',
    submenu: [open, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  });
  template.push({ role: 'editMenu' });
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (input.devTools) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  template.push({ label: 'View', submenu: view });
  template.push({ role: 'windowMenu' });
  return template;
}

/** Saved reports are HTML or JSON files written by Mailpath; the HTML embeds its Report JSON. */
export const OPEN_FILE_EXTENSIONS: readonly string[] = ['html', 'htm', 'json'];
/** The engine's `reportParse` takes at most 64 MiB. */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;

export function openDialogOptions(): OpenDialogOptions {
  return {
    title: 'Open a Mailpath report or case',
    properties: ['openFile'],
    filters: [
      { name: 'Mailpath reports and cases', extensions: [...OPEN_FILE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** Why a picked file cannot be opened, or `null` when it can. */
export function openFileProblem(path: string, size: number): string | null {
  const ext = path.toLowerCase().split('.').pop() ?? '';
  if (!OPEN_FILE_EXTENSIONS.includes(ext)) return `Mailpath opens .html and .json reports and cases, not "${path}".`;
  if (size > MAX_OPEN_FILE_BYTES) return `"${path}" is larger than 64 MiB and is not a Mailpath report.`;
  return null;
}
