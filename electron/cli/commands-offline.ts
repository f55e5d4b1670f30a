/** CLI commands of the offline analyses: bounces and headers. */
import type { BounceResult } from '../engine/offline/bounce/types.ts';
import type { HeaderAnalysis } from '../engine/offline/headers/types.ts';
import { findingsText } from '../engine/report/text.ts';
import type { Lang } from '../engine/i18n/index.ts';
import { UsageError } from './args.ts';
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
