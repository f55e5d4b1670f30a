/**
 * What the preload puts on `window.mailpath`: one method per operation (names from main, through
 * `process.argv`), `cancel`, `onDeepLink`, `onOpenFile` and `host` — functions and one string,
 * never `ipcRenderer` or any other Electron object (security checklist #20). Pure, so the exact
 * surface is tested without Electron.
 */
import type { MailpathApi } from '../engine/contract/api.ts';
import { createApi } from '../engine/contract/client.ts';
import type { OpName } from '../engine/contract/ops.ts';
import { parseOpNamesArg } from './channels.ts';
import { createIpcTransport, type IpcRendererLike, type IpcTransport } from './transport.ts';

export type ExposedApi = MailpathApi & Pick<IpcTransport, 'onOpenFile'>;

export function buildExposedApi(argv: readonly string[], ipc: IpcRendererLike): ExposedApi {
  const transport = createIpcTransport(ipc);
  // Main passes exactly the names it registered handlers for (OP_NAMES of the same build).
  const names = parseOpNamesArg(argv) as OpName[];
  return { ...createApi(names, transport), onOpenFile: transport.onOpenFile };
}
