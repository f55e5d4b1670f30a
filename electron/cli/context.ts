/** What a CLI command gets: a way to call operations, the io, and the output preferences. */
import type { Lang } from '../engine/i18n/index.ts';
import type { OpInput, OpName, OpOutput } from '../engine/contract/ops.ts';
import type { OpResult } from '../engine/contract/result.ts';
import type { CliIo } from './io.ts';
import type { OptionSpec, Parsed } from './args.ts';

export interface CliContext {
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<OpOutput<K>>>;
  readonly io: CliIo;
  readonly lang: Lang;
  readonly json: boolean;
}

/** What a command hands back: machine output, human output, and whether it found errors. */
export interface CommandOutcome {
  readonly value: unknown;
  readonly human: string;
  /** True when the command ran and found errors (exit status 1). */
  readonly foundErrors: boolean;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Usage line after `mailpath `. */
  readonly usage: string;
  readonly options: OptionSpec;
  run(args: Parsed, cx: CliContext): Promise<CommandOutcome | OpFailureOutcome>;
}

/** A failed operation, passed through to the exit-status logic unchanged. */
export interface OpFailureOutcome {
  readonly failure: Extract<OpResult<unknown>, { ok: false }>;
}

export function isFailure(o: CommandOutcome | OpFailureOutcome): o is OpFailureOutcome {
  return 'failure' in o;
}
