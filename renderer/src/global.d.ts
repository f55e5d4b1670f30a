/** What the Electron preload exposes; absent when the page is served by the browser bridge. */
import type { MailpathApi } from '../../electron/engine/contract/api.ts';

declare global {
  interface Window {
    mailpath?: MailpathApi;
  }
}

export {};
