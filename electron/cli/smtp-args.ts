/** The outgoing-server options `diagnose` and `send-report` share; the password only from the environment. */
import { str, UsageError, type OptionSpec, type Parsed } from './args.ts';
import type { CliContext } from './context.ts';

export const SMTP_SERVER_OPTIONS: OptionSpec = {
  'smtp-host': { type: 'string' },
  'smtp-port': { type: 'string' },
  security: { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  ca: { type: 'string' },
};

export interface SmtpServerArgs {
  host: string;
  port?: number;
  security: 'starttls' | 'tls' | 'none' | 'auto';
  user?: string;
  password?: string;
  ca?: string;
}

/** Reads a whole text file named on the command line, or explains why it cannot. */
export async function readTextArg(path: string, what: string, cx: CliContext): Promise<string> {
  try {
    return await cx.io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
}

/** The server from `--smtp-host …`, or undefined when no host was given. */
export async function smtpServerArgs(args: Parsed, cx: CliContext): Promise<SmtpServerArgs | undefined> {
  const host = str(args, 'smtp-host');
  if (!host) return undefined;
  const port = str(args, 'smtp-port');
  if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UsageError(`--smtp-port must be a port number (got "${port}")`);
  const security = str(args, 'security') ?? 'auto';
  if (security !== 'starttls' && security !== 'tls' && security !== 'none' && security !== 'auto') throw new UsageError('--security must be one of starttls, tls, none, auto');
  const envName = str(args, 'password-env');
  const password = envName ? cx.io.env[envName] : undefined;
  if (envName && !password) throw new UsageError(`the environment variable ${envName} (from --password-env) is not set`);
  const caPath = str(args, 'ca');
  const ca = caPath ? await readTextArg(caPath, 'the CA file', cx) : undefined;
  const user = str(args, 'user');
  return { host, ...(port ? { port: Number(port) } : {}), security, ...(user ? { user } : {}), ...(password ? { password } : {}), ...(ca ? { ca } : {}) };
}
