/**
 * `npm run web`: starts the browser bridge and prints its URL (with the per-start token).
 * Options: --port N (default 0 = any free port).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createFileStore, defaultConfigDir } from '../engine/store/file-store.ts';
import { createNodeServices } from '../engine/host/node-services.ts';
import { startBridge } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } }, strict: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`mailpath bridge: --port must be 0..65535 (got "${values.port}")\n`);
  process.exit(2);
}
// Bundled to out/bridge/bridge.js; the renderer is built to out/renderer.
const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
const store = createFileStore(join(defaultConfigDir(), 'state.json'), (m) => process.stderr.write(`mailpath bridge: ${m}\n`));
const bridge = await startBridge({ staticDir, port, services: createNodeServices({ host: 'bridge', store }) });
process.stdout.write(`Mailpath bridge: ${bridge.url}\n`);
const stop = (): void => {
  void bridge.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
