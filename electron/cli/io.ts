/** The CLI's view of the outside world, injected so tests can run it in-process too. */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTty: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  readonly readStdinBytes: () => Promise<Uint8Array>;
  readonly writeFile: (path: string, content: string) => Promise<void>;
  /** Cancelled on Ctrl-C. */
  readonly signal: AbortSignal;
}

async function readAllBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(signal: AbortSignal): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    readStdin: async () => (await readAllBytes(process.stdin)).toString('utf8'),
    readStdinBytes: () => readAllBytes(process.stdin),
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    writeFile: (path, content) => writeFile(path, content, 'utf8'),
    signal,
  };
}
