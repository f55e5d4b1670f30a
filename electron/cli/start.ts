/** Wires the CLI to the real process: file store, services, Ctrl-C, exit status. */
import { join } from 'node:path';
import { createFileStore, defaultConfigDir } from '../engine/store/file-store.ts';
import { createNodeServices } from '../engine/host/node-services.ts';
import { processIo } from './io.ts';
import { runCli } from './run.ts';

export async function startCli(argv: readonly string[]): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const io = processIo(controller.signal);
  const store = createFileStore(join(defaultConfigDir(), 'state.json'), (message) => io.stderr(`mailpath: ${message}\n`));
  const services = createNodeServices({ host: 'cli', store });
  try {
    process.exitCode = await runCli(argv, io, services);
  } catch (error) {
    io.stderr(`mailpath: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  }
}
