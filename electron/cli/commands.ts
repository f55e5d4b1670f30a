/**
 * The CLI's sub-commands: each maps arguments to one operation's input and its output to text.
 * No diagnostics live here; the engine does the work.
 */
import { t, type Lang } from '../engine/i18n/index.ts';
import type { FieldIssue } from '../engine/model/case.ts';
import type { Finding } from '../engine/model/finding.ts';
import { str, flag, UsageError } from './args.ts';
import type { CliCommand, CliContext, CommandOutcome, OpFailureOutcome } from './context.ts';
import { hasErrors } from './findings.ts';
import { checkDomainCommand, dnsbl, spf } from './commands-dns.ts';
import { bounce, headers, traceLog } from './commands-offline.ts';
import { findServer, mxProbe, smtpTest } from './commands-smtp.ts';
import { diagnoseCommand } from './commands-diagnose.ts';
import { sendReport } from './commands-support.ts';
import { chromePdfRenderer } from '../engine/report/pdf.ts';
import { parseMask, writePdf } from './report-pdf.ts';


function issuesText(issues: readonly FieldIssue[], lang: Lang): string {
  return issues.map((i) => `  ${i.field}: ${t(lang, `validation.${i.code}`, i.params ?? {})}\n`).join('');
}

async function readInput(path: string, cx: CliContext): Promise<string> {
  try {
    return path === '-' ? await cx.io.readStdin() : await cx.io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
}

function onePositional(positionals: string[], what: string, usage: string): string {
  if (positionals.length === 0) throw new UsageError(`missing ${what}. Usage: mailpath ${usage}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}". Usage: mailpath ${usage}`);
  return positionals[0] as string;
}

const info: CliCommand = {
  name: 'info',
  summary: 'Show the version, host and operations of this Mailpath.',
  usage: 'info',
  options: {},
  async run(_args, cx) {
    const r = await cx.call('appInfo', {});
    if (!r.ok) return { failure: r };
    const v = r.value;
    return { value: v, human: `${v.name} ${v.version} (${v.host}, Node ${v.node}, ${v.os})\nOperations: ${v.operations.join(', ')}\n`, foundErrors: false };
  },
};

const caseCmd: CliCommand = {
  name: 'case',
  summary: 'Show the saved case draft (or start a new one with --new).',
  usage: 'case [--new]',
  options: { new: { type: 'boolean' } },
  async run(args, cx) {
    const r = flag(args, 'new') ? await cx.call('caseNew', {}) : await cx.call('caseLoad', {});
    if (!r.ok) return { failure: r };
    const { case: c, issues, location } = r.value;
    const human =
      `Case ${c.id} (${location})\n` +
      `  sender: ${c.sender || '-'}\n  recipients: ${c.recipients.join(', ') || '-'}\n` +
      `  sent at: ${c.sentAt || '-'} ${c.timeZone}\n  symptom: ${c.symptom || '-'}\n` +
      (issues.length ? `Problems:\n${issuesText(issues, cx.lang)}` : '');
    return { value: r.value, human, foundErrors: false };
  },
};

const validate: CliCommand = {
  name: 'validate',
  summary: 'Check a case file field by field.',
  usage: 'validate CASE.json',
  options: {},
  async run(args, cx): Promise<CommandOutcome | OpFailureOutcome> {
    const path = onePositional(args.positionals, 'the case file', this.usage);
    const parsed = await cx.call('reportParse', { content: await readInput(path, cx) });
    if (!parsed.ok) return { failure: parsed };
    const r = await cx.call('caseValidate', { case: parsed.value.case, complete: true });
    if (!r.ok) return { failure: r };
    return { value: { issues: r.value }, human: r.value.length ? issuesText(r.value, cx.lang) : 'OK\n', foundErrors: r.value.length > 0 };
  },
};

const link: CliCommand = {
  name: 'link',
  summary: 'Read a mailpath://case?... link and show the case fields it fills in.',
  usage: 'link URL',
  options: {},
  async run(args, cx) {
    const url = onePositional(args.positionals, 'the link', this.usage);
    const r = await cx.call('deepLinkParse', { url });
    if (!r.ok) return { failure: r };
    const lines = Object.entries(r.value.patch).map(([k, v]) => `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`);
    const ignored = r.value.ignored.length ? `Ignored parameters: ${r.value.ignored.join(', ')}\n` : '';
    return { value: r.value, human: `${lines.join('')}${ignored}`, foundErrors: false };
  },
};

const FORMATS = ['html', 'text', 'json', 'pdf'] as const;

const report: CliCommand = {
  name: 'report',
  summary: 'Write a report (HTML, PDF, text or JSON) from a case, a findings file or an earlier report.',
  usage: 'report CASE.json|REPORT.html|- [--format html|pdf|text|json] [--out FILE] [--mask local-parts,internal-hosts,internal-ips|all]',
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, mask: { type: 'string' } },
  async run(args, cx) {
    const path = onePositional(args.positionals, 'the case or report file', this.usage);
    const format = str(args, 'format') ?? 'html';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const out = str(args, 'out');
    if (format === 'pdf' && !out) throw new UsageError('--format pdf needs --out FILE (a PDF is not printed to the terminal)');
    const mask = parseMask(str(args, 'mask'));
    const parsed = await cx.call('reportParse', { content: await readInput(path, cx) });
    if (!parsed.ok) return { failure: parsed };
    const r = await cx.call('reportRender', { input: parsed.value, format: format === 'pdf' ? 'html' : (format as 'html' | 'text' | 'json'), ...(mask ? { mask } : {}) });
    if (!r.ok) return { failure: r };
    const foundErrors = hasErrors(parsed.value.findings as unknown as Finding[]);
    if (format === 'pdf' && out) {
      // MAILPATH_CHROME (else the usual install paths) names the browser that prints it.
      const written = await writePdf(r.value.content, out, chromePdfRenderer({ env: cx.io.env }), cx.io.signal);
      if ('failure' in written) return written;
      return { value: { file: out, format: 'pdf', bytes: written.bytes }, human: `Wrote ${out}\n`, foundErrors };
    }
    if (out) {
      try {
        await cx.io.writeFile(out, r.value.content);
      } catch (error) {
        throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
      }
      return { value: { file: out, format: r.value.format, bytes: Buffer.byteLength(r.value.content) }, human: `Wrote ${out}\n`, foundErrors };
    }
    return { value: r.value, human: r.value.content, foundErrors };
  },
};

const call: CliCommand = {
  name: 'call',
  summary: 'Call one operation with JSON input (from an argument or - for stdin); prints the JSON result.',
  usage: 'call OPERATION [JSON|-]',
  options: {},
  async run(args, cx) {
    const [name, raw] = args.positionals;
    if (!name) throw new UsageError(`missing the operation name. Usage: mailpath ${this.usage}`);
    let input: unknown = {};
    const text = raw === '-' ? await cx.io.readStdin() : raw;
    if (text !== undefined) {
      try {
        input = JSON.parse(text);
      } catch (error) {
        throw new UsageError(`the input is not valid JSON: ${(error as Error).message}`);
      }
    }
    const r = await cx.call(name as never, input as never);
    if (!r.ok) return { failure: r };
    const value = r.value as { findings?: Finding[] };
    return { value: r.value, human: `${JSON.stringify(r.value, null, 2)}\n`, foundErrors: hasErrors(value?.findings) };
  },
};

export const COMMANDS: readonly CliCommand[] = [diagnoseCommand, sendReport, info, caseCmd, validate, link, report, findServer, smtpTest, mxProbe, checkDomainCommand, spf, dnsbl, bounce, headers, traceLog, call];
