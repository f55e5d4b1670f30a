#!/usr/bin/env node
// The `mailpath` command: runs the compiled CLI (no TypeScript at run time).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/cli/mailpath.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('mailpath: the CLI is not built yet. Run `npm run build` in the Mailpath folder first.\n');
  process.exit(2);
}
await import(cli.href);
