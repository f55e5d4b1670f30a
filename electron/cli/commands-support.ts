/** `mailpath send-report`: the report to support, through the tested server, after confirmation. */
import { findingsText } from '../engine/report/text.ts';
import { flag, str, UsageError } from './args.ts';
import type { CliCommand } from './context.ts';
import { DNS_OPTIONS, dnsInput } from './dns-args.ts';
import { hasErrors } from './findings.ts';
import { readTextArg, SMTP_SERVER_OPTIONS, smtpServerArgs } from './smtp-args.ts';

export const sendReport: CliCommand = {
  name: 'send-report',
  summary: "Send a report to the recipient provider's support through your outgoing server (shows the mail; sends only with --yes).",
  usage:
    'send-report REPORT.json|REPORT.html --from <your address> [--to <support address>] --smtp-host H [--smtp-port P] [--security S] [--user U --password-env VAR] [--ca FILE] [--yes] [--json]',
  options: {
    ...DNS_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    ...SMTP_SERVER_OPTIONS,
    yes: { type: 'boolean', short: 'y' },
  },
  async run(args, cx) {
    const [path, extra] = args.positionals;
    if (!path) throw new UsageError(`missing the report file. Usage: mailpath ${this.usage}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const text = await readTextArg(path, 'the report', cx);
    const parsed = await cx.call('reportParse', { content: text });
    if (!parsed.ok) return { failure: parsed };
    const to = str(args, 'to');
    const composed = await cx.call('supportCompose', { input: parsed.value, ...(to ? { to } : {}) });
    if (!composed.ok) return { failure: composed };
    const mail = composed.value;
    const preview = `To: ${mail.to}\nSubject: ${mail.subject}\nAttachments: ${mail.attachments.map((a) => `${a.filename} (${a.size} bytes)`).join(', ')}\n\n${mail.text}`;
    if (!flag(args, 'yes')) {
      return { value: { sent: false, ...mail }, human: `${preview}\n---\nNot sent. Check the mail above, then run again with --yes to send it.\n`, foundErrors: false };
    }
    const from = str(args, 'from');
    const smtp = await smtpServerArgs(args, cx);
    if (!from || !smtp) throw new UsageError(`sending needs --from and --smtp-host. Usage: mailpath ${this.usage}`);
    const r = await cx.call('supportSend', {
      input: parsed.value,
      ...(to ? { to } : {}),
      from,
      smtp,
      confirmed: true,
      dns: await dnsInput(args, cx),
    });
    if (!r.ok) return { failure: r };
    const sent = r.value.accepted.length > 0;
    return {
      value: { sent, ...r.value },
      human: `${sent ? `Sent to ${mail.to}${r.value.queueId ? `, queue ID ${r.value.queueId}` : ''}.` : 'Not sent.'}\n\n${findingsText(r.value.findings, cx.lang, false)}`,
      foundErrors: !sent || hasErrors(r.value.findings),
    };
  },
};
