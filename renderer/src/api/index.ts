/**
 * The one API the UI talks to: `window.mailpath` when the Electron preload exposed it, otherwise
 * the same interface built over the browser bridge's HTTP transport.
 */
import type { MailpathApi } from '../../../electron/engine/contract/api.ts';
import { createApi } from '../../../electron/engine/contract/client.ts';
import { OP_NAMES } from '../../../electron/engine/contract/ops.ts';
import { createBridgeTransport } from './bridge-transport.ts';

export const api: MailpathApi = window.mailpath ?? createApi(OP_NAMES, createBridgeTransport());
