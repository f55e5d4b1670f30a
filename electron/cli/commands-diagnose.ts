/** `mailpath diagnose`: the whole flow headless, ending in a report file. */
import { randomUUID } from 'node:crypto';
import { newCase, SYMPTOMS, type Case } from '../engine/model/case.ts';
import { isTimeZone, zoneOffsetMinutes } from '../engine/model/time.ts';
import { localTimeZone } from '../engine/host/node-services.ts';
import type { Finding } from '../engine/model/finding.ts';
import { findingsText } from '../engine/report/text.ts';
import { flag, list, str, UsageError, type Parsed } from './args.ts';
import { contentArg } from './commands-offline.ts';
import type { CliCommand, CliContext } from './context.ts';
import { DNS_OPTIONS, DNS_USAGE, dnsInput, saveRecordingIfAsked } from './dns-args.ts';
import { hasErrors } from './findings.ts';
import { readTextArg, SMTP_SERVER_OPTIONS, smtpServerArgs } from './smtp-args.ts';
import { chromePdfRenderer } from '../engine/report/pdf.ts';
import { writePdf } from './report-pdf.ts';

const FORMATS = ['html', 'text', 'json'] as const;

/** `2026-11-20T14:02[:ss][Z|±hh:mm]` → the wall time in `zone` (what the case keeps). */
export function sentAtInZone(text: string, zone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new UsageError(`--sent-at must be an ISO time such as 2026-11-20T14:02+01:00 (got "${text}")`);
  if (!m[3]) return `${m[1]}T${m[2]}`;
  const ms = Date.parse(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}${m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(ms)) throw new UsageError(`--sent-at is not a real time: "${text}"`);
  const local = new Date(ms + zoneOffsetMinutes(zone, ms) * 60000).toISOString();
  return local.slice(0, 19);
}

async function caseFrom(args: Parsed, cx: CliContext): Promise<Case> {
  const casePath = str(args, 'case');
  let c: Case;
  if (casePath) {
    const parsed = await cx.call('reportParse', { content: await readTextArg(casePath, 'the case file', cx) });
    if (!parsed.ok) throw new UsageError(`${casePath}: ${parsed.message}`);
    c = parsed.value.case;
  } else {
    c = newCase(randomUUID(), new Date(), localTimeZone());
  }
  const tz = str(args, 'tz') ?? (c.timeZone || localTimeZone());
  if (!isTimeZone(tz)) throw new UsageError(`--tz: unknown time zone "${tz}"`);
  const symptom = str(args, 'symptom');
  if (symptom !== undefined && !(SYMPTOMS as readonly string[]).includes(symptom)) throw new UsageError(`--symptom must be one of ${SYMPTOMS.join(', ')}`);
  const sentAt = str(args, 'sent-at');
  return {
    ...c,
    ...(str(args, 'from') ? { sender: str(args, 'from') as string } : {}),
    ...(list(args, 'to').length ? { recipients: list(args, 'to') } : {}),
    ...(sentAt ? { sentAt: sentAtInZone(sentAt, tz) } : {}),
    timeZone: tz,
    ...(symptom ? { symptom: symptom as Case['symptom'] } : {}),
    ...(str(args, 'ref') ? { reference: str(args, 'ref') as string } : {}),
  };
}

async function files(paths: readonly string[], usage: string, cx: CliContext) {
  return Promise.all(paths.map((p) => contentArg([p], usage, cx)));
}

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: 'Run the whole diagnosis the inputs allow and write the report (verdict, findings, evidence).',
  usage:
    `diagnose --from <sender> --to <recipient>... [--sent-at <ISO time>] [--tz ZONE] [--symptom bounced|nothing|delayed|spam-folder|other] [--ref REF] [--case CASE.json] ` +
    `[--smtp-host H --smtp-port P --security S --user U --password-env VAR --ca FILE] [--send] [--extra-to C]... [--bounce FILE]... [--headers FILE]... [--log FILE]... ` +
    `[--no-mx-probe] [--no-web] [--previous REPORT] ${DNS_USAGE} [--out FILE --format html|pdf|text|json] [--json]`,
  options: {
    ...DNS_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string', multiple: true },
    'sent-at': { type: 'string' },
    tz: { type: 'string' },
    symptom: { type: 'string' },
    ref: { type: 'string' },
    case: { type: 'string' },
    ...SMTP_SERVER_OPTIONS,
    send: { type: 'boolean' },
    'extra-to': { type: 'string', multiple: true },
    bounce: { type: 'string', multiple: true },
    headers: { type: 'string', multiple: true },
    log: { type: 'string', multiple: true },
    'no-mx-probe': { type: 'boolean' },
    'no-web': { type: 'boolean' },
    control: { type: 'string' },
    previous: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
  },
  async run(args, cx) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}". Usage: mailpath diagnose --help`);
    const c = await caseFrom(args, cx);
    if (!c.sender && c.recipients.length === 0) throw new UsageError('give at least --from or --to (or --case FILE)');
    const format = str(args, 'format') ?? (str(args, 'out') ? 'html' : undefined);
    if (format !== undefined && format !== 'pdf' && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of html, pdf, text, json (got "${format}")`);
    if (format === 'pdf' && !str(args, 'out')) throw new UsageError('--format pdf needs --out FILE');
    const smtp = await smtpServerArgs(args, cx);
    let previous: Finding[] | undefined;
    const previousPath = str(args, 'previous');
    if (previousPath) {
      const p = await cx.call('reportParse', { content: await readTextArg(previousPath, 'the earlier report', cx) });
      if (!p.ok) throw new UsageError(`${previousPath}: ${p.message}`);
      previous = p.value.findings as unknown as Finding[];
    }
    const r = await cx.call('diagnose', {
      case: c,
      ...(smtp ? { smtp } : {}),
      send: flag(args, 'send'),
      extraTo: list(args, 'extra-to'),
      bounces: await files(list(args, 'bounce'), this.usage, cx),
      headers: await files(list(args, 'headers'), this.usage, cx),
      logPaths: list(args, 'log'),
      mxProbe: !flag(args, 'no-mx-probe'),
      web: !flag(args, 'no-web'),
      ...(str(args, 'control') !== undefined ? { control: str(args, 'control') } : {}),
      ...(previous ? { previous: previous as never } : {}),
      ...(format ? { format: format === 'pdf' ? 'html' : (format as (typeof FORMATS)[number]) } : {}),
      dns: await dnsInput(args, cx),
    });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const out = str(args, 'out');
    if (out && value.rendered && format === 'pdf') {
      const written = await writePdf(value.rendered.content, out, chromePdfRenderer({ env: cx.io.env }), cx.io.signal);
      if ('failure' in written) return written;
    } else if (out && value.rendered) {
      await cx.io.writeFile(out, value.rendered.content).catch((e: Error) => {
        throw new UsageError(`cannot write ${out}: ${e.message}`);
      });
    }
    const report = value.report;
    const head = [
      `${report.verdict.sentence}`,
      ...report.verdict.nextSteps.map((s, i) => `  ${i + 1}. ${s}`),
      '',
      ...report.steps.map((s) => `  ${s.name.padEnd(28)} ${s.status.padEnd(8)} ${Math.round(s.ms)} ms${s.detail ? ` — ${s.detail}` : ''}`),
      ...(out ? ['', `Report written to ${out}`] : []),
    ].join('\n');
    const machine = { report, case: value.case, ...(value.diff ? { diff: value.diff } : {}), resolver: value.resolver };
    return { value: machine, human: `${head}\n\n${findingsText(report.findings, cx.lang, false)}`, foundErrors: hasErrors(report.findings) };
  },
};
