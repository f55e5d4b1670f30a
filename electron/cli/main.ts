/**
 * Entry point of the `mailpath` command (bundled to out/cli/). `--version` answers before anything
 * heavy is loaded; everything else loads the engine on demand.
 */
import { APP_VERSION } from '../engine/version.ts';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${APP_VERSION}\n`);
} else {
  const { startCli } = await import('./start.ts');
  await startCli(argv);
}
