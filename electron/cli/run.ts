/**
 * `mailpath`: parses the command line, calls operations through the engine's dispatcher, prints
 * JSON (--json) or text, and sets the exit status: 0 ran and found no errors, 1 ran and found
 * errors, 2 bad usage or input.
 */
import { dispatch } from '../engine/contract/dispatch.ts';
import type { Services } from '../engine/contract/context.ts';
import type { OpFailure } from '../engine/contract/result.ts';
import { isLang, type Lang } from '../engine/i18n/index.ts';
import { APP_VERSION } from '../engine/version.ts';
import { parse, str, flag, UsageError, type OptionSpec } from './args.ts';
import { COMMANDS } from './commands.ts';
import { isFailure, type CliContext } from './context.ts';
import type { CliIo } from './io.ts';

const GLOBAL: OptionSpec = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The language from `--lang`, else the environment's locale (sv_SE → sv, nb_NO/no_NO/nn → nb). */
export function pickLang(explicit: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (explicit !== undefined) {
    if (!isLang(explicit)) throw new UsageError(`--lang must be en, sv or nb (got "${explicit}")`);
    return explicit;
  }
  const locale = (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '').toLowerCase();
  if (locale.startsWith('sv')) return 'sv';
  if (/^(nb|no|nn)([_.-]|$)/.test(locale)) return 'nb';
  return 'en';
}

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Mailpath ${APP_VERSION} — find out where an e-mail went.`,
    '',
    'Usage: mailpath <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --json          machine-readable output on stdout',
    '  --lang en|sv|nb language of findings and messages (default: from LANG)',
    '  -h, --help      help for a command (mailpath <command> --help)',
    '  -V, --version   print the version',
    '',
    'Exit status: 0 ran and found no errors, 1 ran and found errors, 2 bad usage or input.',
    '',
  ].join('\n');
}

const INPUT_CODES: ReadonlySet<OpFailure['code']> = new Set(['invalid-input', 'unknown-operation', 'not-found', 'io', 'unsupported', 'forbidden']);

function exitFor(failure: OpFailure): number {
  if (failure.code === 'cancelled') return 130;
  return INPUT_CODES.has(failure.code) ? 2 : 1;
}

export async function runCli(argv: readonly string[], io: CliIo, services: Services): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`mailpath: unknown command "${name}". Run "mailpath --help" for the list.\n`);
    return 2;
  }
  let json = false;
  try {
    const args = parse(rest, { ...GLOBAL, ...command.options });
    if (flag(args, 'help')) {
      io.stdout(`Usage: mailpath ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    json = flag(args, 'json');
    const lang = pickLang(str(args, 'lang'), io.env);
    const cx: CliContext = {
      lang,
      json,
      io,
      call: (op, input) =>
        dispatch(op, input, {
          services,
          lang,
          signal: io.signal,
          onProgress: (e) => {
            if (io.stderrIsTty && e.message) io.stderr(`… ${e.message}\n`);
          },
        }) as never,
    };
    const outcome = await command.run(args, cx);
    if (isFailure(outcome)) {
      if (json) io.stdout(`${JSON.stringify(outcome.failure, null, 2)}\n`);
      io.stderr(`mailpath ${name}: ${outcome.failure.message}\n`);
      return exitFor(outcome.failure);
    }
    io.stdout(json ? `${JSON.stringify(outcome.value, null, 2)}\n` : outcome.human);
    return outcome.foundErrors ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (json) io.stdout(`${JSON.stringify({ ok: false, code: 'invalid-input', message: error.message }, null, 2)}\n`);
      io.stderr(`mailpath ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
