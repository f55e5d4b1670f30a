/** CLI commands of the offline analyses: bounces and headers. */
import type { BounceResult } from '../engine/offline/bounce/types.ts';
import type { HeaderAnalysis } from '../engine/offline/headers/types.ts';
import { findingsText } from '../engine/report/text.ts';
import type { Lang } from '../engine/i18n/index.ts';
import { str, UsageError } from './args.ts';
import type { TraceResult } from '../engine/offline/logs/types.ts';
import type { CliCommand, CliContext } from './context.ts';
import { hasErrors } from './findings.ts';

/** Reads FILE (or stdin for `-`) as bytes, sent on as base64 so charsets survive. */
export async function contentArg(positionals: readonly string[], usage: string, cx: CliContext): Promise<{ base64: string; name: string }> {
  const [path, extra] = positionals;
  if (!path) throw new UsageError(`missing the file (or - for standard input). Usage: mailpath ${usage}`);
  if (extra) throw new UsageError(`unexpected argument "${extra}". Usage: mailpath ${usage}`);
  try {
    const bytes = path === '-' ? await cx.io.readStdinBytes() : await cx.io.readBytes(path);
    if (bytes.length === 0) throw new UsageError(`${path === '-' ? 'standard input' : path} is empty`);
    return { base64: Buffer.from(bytes).toString('base64'), name: path === '-' ? 'stdin' : path };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
}

function bounceHuman(r: BounceResult, lang: Lang): string {
  const o = r.original;
  const lines = [`Kind: ${r.kind}`];
  if (o.messageId || o.subject) lines.push(`Original: ${o.subject ?? ''} ${o.messageId ? `<${o.messageId.replace(/^<|>$/g, '')}>` : ''} ${o.date ?? ''}`.trimEnd());
  for (const d of r.deliveries) {
    lines.push(`  ${d.recipient}: ${d.action} ${d.status ?? ''} ${d.replyCode ?? ''} — ${d.reason}${d.remoteMta ? ` (via ${d.remoteMta})` : ''}`);
    if (d.diagnostic) lines.push(`    ${d.diagnostic}`);
  }
  return `${lines.join('\n')}\n\n${findingsText(r.findings, lang, false)}`;
}

export const bounce: CliCommand = {
  name: 'bounce',
  summary: 'Read a bounce, delay notice or auto-reply (.eml or mbox) and explain each failed recipient.',
  usage: 'bounce FILE|- [--json]',
  options: {},
  async run(args, cx) {
    const r = await cx.call('bounceRead', { content: await contentArg(args.positionals, this.usage, cx) });
    if (!r.ok) return { failure: r };
    const results = r.value.results;
    const value = results.length === 1 ? results[0] : results;
    return {
      value,
      human: results.map((x) => bounceHuman(x, cx.lang)).join('\n----\n'),
      foundErrors: results.some((x) => hasErrors(x.findings)),
    };
  },
};

function headersHuman(a: HeaderAnalysis, lang: Lang): string {
  const lines = a.hops.map((h, i) => {
    const from = [h.from?.helo, h.from?.ip ? `[${h.from.ip}]` : ''].filter(Boolean).join(' ');
    const delay = h.delaySeconds === undefined ? '' : h.delaySeconds >= 0 ? ` +${h.delaySeconds}s` : ` ${h.delaySeconds}s (clock skew)`;
    return `  ${i + 1}. ${h.time?.utc ?? '?'}${delay}  ${from || '?'} → ${h.by?.host ?? '?'} ${h.protocol ?? h.with ?? ''}${h.tls?.state === 'yes' ? ' TLS' : ''}`;
  });
  const head = [`Hops (oldest first):`, ...lines];
  if (a.sendingIp) head.push(`Sending IP: ${a.sendingIp}${a.helo ? ` (HELO ${a.helo})` : ''}`);
  for (const r of a.auth.filter((x) => x.trusted)) head.push(`Auth: ${r.method}=${r.result}`);
  return `${head.join('\n')}\n\n${findingsText(a.findings, lang, false)}`;
}

export const headers: CliCommand = {
  name: 'headers',
  summary: "Analyse a delivered message's headers: hop timeline, SPF/DKIM/DMARC results, spam verdicts, sending IP.",
  usage: 'headers FILE|- [--json]',
  options: {},
  async run(args, cx) {
    const r = await cx.call('headersAnalyze', { content: await contentArg(args.positionals, this.usage, cx) });
    if (!r.ok) return { failure: r };
    return { value: r.value, human: headersHuman(r.value, cx.lang), foundErrors: hasErrors(r.value.findings) };
  },
};

function traceHuman(r: TraceResult, lang: Lang): string {
  const lines = [`${r.format}: ${r.linesRead} lines read, ${r.linesSkipped} skipped, ${r.messages.length} message(s)${r.messagesOmitted ? ` (+${r.messagesOmitted} not shown)` : ''}`];
  for (const m of r.messages) {
    lines.push(`  ${m.id}  ${m.received ?? ''}  from <${m.from ?? ''}>${m.messageId ? `  ${m.messageId}` : ''}`);
    for (const rc of m.recipients) lines.push(`    → ${rc.address}: ${rc.status} ${rc.at}${rc.relay ? ` via ${rc.relay}` : ''}${rc.dsn ? ` ${rc.dsn}` : ''}${rc.reply ? ` (${rc.reply})` : ''}`);
  }
  return `${lines.join('\n')}\n\n${findingsText(r.findings, lang, false)}`;
}

const LOG_FORMATS = ['auto', 'postfix', 'exim', 'sendmail', 'exchange', 'm365'] as const;

export const traceLog: CliCommand = {
  name: 'trace-log',
  summary: "Reconstruct each message's fate from the outgoing server's logs (plain or gzip, many files).",
  usage: 'trace-log FILE... [--from A] [--to B] [--since ISO] [--until ISO] [--message-id ID] [--queue-id ID] [--format auto|postfix|exim|sendmail|exchange|m365] [--tz ZONE] [--year N] [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    'message-id': { type: 'string' },
    'queue-id': { type: 'string' },
    format: { type: 'string' },
    tz: { type: 'string' },
    year: { type: 'string' },
  },
  async run(args, cx) {
    if (args.positionals.length === 0) throw new UsageError(`missing the log file(s). Usage: mailpath ${this.usage}`);
    const format = str(args, 'format') ?? 'auto';
    if (!(LOG_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${LOG_FORMATS.join(', ')} (got "${format}")`);
    const year = str(args, 'year');
    if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(`--year must be a year such as 2026 (got "${year}")`);
    const paths = args.positionals.filter((p) => p !== '-');
    const { stat } = await import('node:fs/promises');
    for (const p of paths) {
      const s = await stat(p).catch(() => undefined);
      if (!s) throw new UsageError(`cannot read ${p}: no such file`);
      if (!s.isFile()) throw new UsageError(`cannot read ${p}: not a file`);
    }
    const contents = args.positionals.includes('-') ? [await contentArg(['-'], this.usage, cx)] : [];
    const r = await cx.call('logTrace', {
      paths,
      contents,
      ...(str(args, 'from') ? { from: str(args, 'from') } : {}),
      ...(str(args, 'to') ? { to: str(args, 'to') } : {}),
      ...(str(args, 'since') ? { since: str(args, 'since') } : {}),
      ...(str(args, 'until') ? { until: str(args, 'until') } : {}),
      ...(str(args, 'message-id') ? { messageId: str(args, 'message-id') } : {}),
      ...(str(args, 'queue-id') ? { queueId: str(args, 'queue-id') } : {}),
      format: format as (typeof LOG_FORMATS)[number],
      ...(str(args, 'tz') ? { timeZone: str(args, 'tz') } : {}),
      ...(year ? { year: Number(year) } : {}),
    });
    if (!r.ok) return { failure: r };
    return { value: r.value, human: traceHuman(r.value, cx.lang), foundErrors: hasErrors(r.value.findings) };
  },
};
