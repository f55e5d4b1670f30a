/**
 * The IPC channel names and the one start-up argument shared by main and the preload. Pure (no
 * Electron, no DOM), so main, the preload and tests import the same constants.
 */

/** `ipcMain.handle` channel of operation `name`: one channel per operation, never a generic one. */
export const OP_CHANNEL_PREFIX = 'mailpath:op:';
/** main → renderer: `{ requestId, event }` while an operation runs. */
export const PROGRESS_CHANNEL = 'mailpath:progress';
/** renderer → main: the requestId of a call to abort. */
export const CANCEL_CHANNEL = 'mailpath:cancel';
/** main → renderer: a `mailpath://` link the engine's parser accepted. */
export const DEEP_LINK_CHANNEL = 'mailpath:deep-link';
/** main → renderer: a file the user picked with File › Open (`{ name, content }`). */
export const OPEN_FILE_CHANNEL = 'mailpath:open-file';

export function opChannel(name: string): string {
  return `${OP_CHANNEL_PREFIX}${name}`;
}

/**
 * The sandboxed preload cannot bundle the operation table (its zod schemas would make the preload
 * ~760 kB), so main hands it the names through `webPreferences.additionalArguments`, which Electron
 * appends to the renderer's `process.argv` — the documented way to pass small data to a preload.
 */
export const OP_NAMES_ARG = '--mailpath-ops=';

/** An operation name as the table spells them: an identifier, bounded. */
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export function formatOpNamesArg(names: readonly string[]): string {
  for (const name of names) {
    if (!NAME.test(name)) throw new Error(`Operation name "${name}" cannot travel in ${OP_NAMES_ARG}`);
  }
  return `${OP_NAMES_ARG}${names.join(',')}`;
}

/** The operation names main passed, or an empty list when the argument is missing. */
export function parseOpNamesArg(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(OP_NAMES_ARG));
  if (arg === undefined) return [];
  const names: string[] = [];
  for (const name of arg.slice(OP_NAMES_ARG.length).split(',')) {
    if (NAME.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
