/** CLI commands of the SMTP tests. Passwords come from an environment variable or stdin, never argv. */
import { findingsText } from '../engine/report/text.ts';
import type { TranscriptLine } from '../engine/model/finding.ts';
import { flag, list, str, UsageError, type Parsed } from './args.ts';
import type { CliCommand, CliContext } from './context.ts';
import { DNS_OPTIONS, DNS_USAGE, dnsInput, saveRecordingIfAsked } from './dns-args.ts';
import { hasErrors } from './findings.ts';
import { contentArg } from './commands-offline.ts';

const SECURITY = ['starttls', 'tls', 'none', 'auto'] as const;

function intOption(args: Parsed, name: string, min: number, max: number): number | undefined {
  const raw = str(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

async function password(args: Parsed, cx: CliContext): Promise<string | undefined> {
  const envName = str(args, 'password-env');
  if (envName !== undefined && flag(args, 'password-stdin')) throw new UsageError('use either --password-env or --password-stdin, not both');
  if (envName !== undefined) {
    const value = cx.io.env[envName];
    if (value === undefined || value === '') throw new UsageError(`the environment variable ${envName} (from --password-env) is not set`);
    return value;
  }
  if (flag(args, 'password-stdin')) {
    const text = (await cx.io.readStdin()).replace(/\r?\n$/, '');
    if (text === '') throw new UsageError('--password-stdin: standard input was empty');
    return text;
  }
  return undefined;
}

function transcriptText(lines: readonly TranscriptLine[]): string {
  return lines.map((l) => `${l.t.slice(11, 23)} ${l.dir === 'c' ? 'C:' : l.dir === 's' ? 'S:' : '  '} ${l.line}`).join('\n');
}

export const smtpTest: CliCommand = {
  name: 'smtp-test',
  summary: 'Test the outgoing server (connect, EHLO, TLS and certificate, AUTH, addresses) and optionally send a test message.',
  usage:
    'smtp-test --host H [--port P] [--security starttls|tls|none|auto] [--user U] [--password-env VAR | --password-stdin] [--from A] [--to B]... [--send] [--extra-to C]... [--ca FILE] [--timeout MS] [--json]',
  options: {
    ...DNS_OPTIONS,
    host: { type: 'string' },
    port: { type: 'string' },
    security: { type: 'string' },
    user: { type: 'string' },
    'password-env': { type: 'string' },
    'password-stdin': { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string', multiple: true },
    send: { type: 'boolean' },
    'extra-to': { type: 'string', multiple: true },
    ca: { type: 'string' },
    'case-id': { type: 'string' },
    reference: { type: 'string' },
    helo: { type: 'string' },
  },
  async run(args, cx) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}". Usage: mailpath ${this.usage}`);
    const host = str(args, 'host');
    if (!host) throw new UsageError(`--host is required. Usage: mailpath ${this.usage}`);
    const security = str(args, 'security') ?? 'auto';
    if (!(SECURITY as readonly string[]).includes(security)) throw new UsageError(`--security must be one of ${SECURITY.join(', ')} (got "${security}")`);
    const caPath = str(args, 'ca');
    let ca: string | undefined;
    if (caPath !== undefined) {
      try {
        ca = await cx.io.readFile(caPath);
      } catch (error) {
        throw new UsageError(`cannot read the CA file ${caPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
    const port = intOption(args, 'port', 1, 65535);
    const timeoutMs = intOption(args, 'timeout', 500, 300000);
    const pass = await password(args, cx);
    const { timeoutMs: _dnsTimeout, ...dns } = await dnsInput({ ...args, values: { ...args.values, timeout: undefined } }, cx);
    const r = await cx.call('smtpTest', {
      host,
      ...(port !== undefined ? { port } : {}),
      security: security as (typeof SECURITY)[number],
      ...(str(args, 'user') ? { user: str(args, 'user') } : {}),
      ...(pass !== undefined ? { password: pass } : {}),
      ...(str(args, 'from') ? { from: str(args, 'from') } : {}),
      to: list(args, 'to'),
      send: flag(args, 'send'),
      extraTo: list(args, 'extra-to'),
      ...(str(args, 'case-id') ? { caseId: str(args, 'case-id') } : {}),
      ...(str(args, 'reference') ? { reference: str(args, 'reference') } : {}),
      ...(ca !== undefined ? { ca } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(str(args, 'helo') ? { heloName: str(args, 'helo') } : {}),
      dns,
    });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const head = [
      `Server ${value.probe.host}:${value.probe.port} (${value.probe.securityUsed ?? value.probe.security})`,
      ...value.steps.map((s) => `  ${s.name.padEnd(10)} ${s.status} ${Math.round(s.ms)} ms`),
      ...(value.queueId ? [`Queue ID of the test message: ${value.queueId}`] : []),
    ].join('\n');
    return { value, human: `${head}\n\nTranscript:\n${transcriptText(value.transcript)}\n\n${findingsText(value.findings, cx.lang, false)}`, foundErrors: hasErrors(value.findings) };
  },
};

export const mxProbe: CliCommand = {
  name: 'mx-probe',
  summary: "Probe the recipient domain's MX servers on port 25 (MAIL FROM + RCPT TO, never DATA).",
  usage: `mx-probe <recipient-address> --from <sender> [--port P] [--control HOST:PORT|none] ${DNS_USAGE} [--json]`,
  options: { ...DNS_OPTIONS, from: { type: 'string' }, port: { type: 'string' }, control: { type: 'string' }, helo: { type: 'string' } },
  async run(args, cx) {
    const [recipient, extra] = args.positionals;
    if (!recipient) throw new UsageError(`missing the recipient address. Usage: mailpath ${this.usage}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const sender = str(args, 'from');
    if (!sender) throw new UsageError(`--from <sender> is required. Usage: mailpath ${this.usage}`);
    const port = intOption(args, 'port', 1, 65535);
    const r = await cx.call('mxProbe', {
      recipient,
      sender,
      ...(port !== undefined ? { port } : {}),
      ...(str(args, 'control') !== undefined ? { control: str(args, 'control') } : {}),
      ...(str(args, 'helo') ? { heloName: str(args, 'helo') } : {}),
      dns: await dnsInput(args, cx),
    });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const rows = value.hosts.map((h) => `  ${h.preference} ${h.host}${h.address ? ` [${h.address.ip}]` : ''}: ${h.outcome}`);
    const head = `MX of ${value.domain}: ${value.mx.outcome} ${value.mx.records.map((m) => `${m.preference} ${m.exchange}`).join(', ')}${value.port25Blocked ? '\nOutbound port 25 looks blocked on this network.' : ''}`;
    return { value, human: `${head}\n${rows.join('\n')}\n\n${findingsText(value.findings, cx.lang, false)}`, foundErrors: hasErrors(value.findings) };
  },
};

export const findServer: CliCommand = {
  name: 'find-server',
  summary: 'Find the outgoing SMTP server from headers, mail-client settings, autoconfiguration and provider fingerprints.',
  usage: `find-server [--email <sender address>] [--headers FILE] [--client-config auto|FILE|DIR] [--no-web] [--no-probe] ${DNS_USAGE} [--json]`,
  options: { ...DNS_OPTIONS, email: { type: 'string' }, headers: { type: 'string' }, 'client-config': { type: 'string' }, 'no-probe': { type: 'boolean' }, 'no-web': { type: 'boolean' } },
  async run(args, cx) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}". Usage: mailpath ${this.usage}`);
    const email = str(args, 'email');
    const headersPath = str(args, 'headers');
    const clientConfig = str(args, 'client-config');
    if (!email && !headersPath && !clientConfig) throw new UsageError(`give at least one of --email, --headers or --client-config. Usage: mailpath ${this.usage}`);
    const headers = headersPath ? await contentArg([headersPath], this.usage, cx) : undefined;
    const r = await cx.call('serverFind', {
      ...(email ? { email } : {}),
      ...(headers ? { headers } : {}),
      clientConfig: clientConfig === undefined ? 'none' : clientConfig === 'auto' ? 'auto' : { path: clientConfig },
      web: !flag(args, 'no-web'),
      probe: !flag(args, 'no-probe'),
      dns: await dnsInput(args, cx),
    });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const rows = value.candidates.map((c, i) => {
      const reach = c.reachable ? (c.reachable.ok ? `answers in ${c.reachable.ms} ms` : `no answer (${c.reachable.error ?? ''})`) : 'not probed';
      return `  ${i + 1}. ${c.host}:${c.port} ${c.security}${c.auth ? ' + AUTH' : ''} — ${c.sources.join(', ')}, confidence ${Math.round(c.confidence * 100)} %, ${reach}${c.note ? `\n     ${c.note}` : ''}`;
    });
    return { value, human: `${rows.join('\n') || '  (none)'}\n\n${findingsText(value.findings, cx.lang, false)}`, foundErrors: hasErrors(value.findings) };
  },
};
