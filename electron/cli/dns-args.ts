/** The DNS options every DNS command shares: servers, timeout, authoritative mode, record/replay. */
import type { z } from 'zod';
import type { DnsOptionsSchema } from '../engine/contract/dns-options.ts';
import type { DnsRecording } from '../engine/dns/types.ts';
import { list, str, flag, UsageError, type OptionSpec, type Parsed } from './args.ts';
import type { CliContext } from './context.ts';

export const DNS_OPTIONS: OptionSpec = {
  'dns-server': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  authoritative: { type: 'boolean' },
  'dns-replay': { type: 'string' },
  'dns-record': { type: 'string' },
};

export const DNS_USAGE = '[--dns-server HOST[:PORT]]... [--timeout MS] [--authoritative] [--dns-replay FILE] [--dns-record FILE]';

export async function dnsInput(args: Parsed, cx: CliContext): Promise<z.input<typeof DnsOptionsSchema>> {
  const timeout = str(args, 'timeout');
  const timeoutMs = timeout === undefined ? undefined : Number(timeout);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 50 || timeoutMs > 120000)) {
    throw new UsageError(`--timeout must be a whole number of milliseconds from 50 to 120000 (got "${timeout}")`);
  }
  const replayPath = str(args, 'dns-replay');
  let replay: string | undefined;
  if (replayPath !== undefined) {
    try {
      replay = await cx.io.readFile(replayPath);
    } catch (error) {
      throw new UsageError(`cannot read the DNS recording ${replayPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return {
    servers: list(args, 'dns-server'),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    authoritative: flag(args, 'authoritative'),
    ...(replay !== undefined ? { replay } : {}),
    record: str(args, 'dns-record') !== undefined,
  };
}

/** Saves the run's recording where `--dns-record` asked, and drops it from the printed output. */
/** `T` without its recording, distributed over unions. */
export type WithoutRecording<T> = T extends unknown ? Omit<T, 'recording'> : never;

export async function saveRecordingIfAsked<T extends { recording?: DnsRecording }>(args: Parsed, cx: CliContext, value: T): Promise<WithoutRecording<T>> {
  const path = str(args, 'dns-record');
  const { recording, ...rest } = value;
  if (path !== undefined && recording) {
    try {
      await cx.io.writeFile(path, `${JSON.stringify(recording, null, 2)}\n`);
    } catch (error) {
      throw new UsageError(`cannot write the DNS recording ${path}: ${(error as Error).message}`);
    }
    if (!cx.json) cx.io.stderr(`DNS recording saved to ${path} (${recording.lookups.length} lookups)\n`);
  }
  return rest as WithoutRecording<T>;
}
