/** CLI commands of the DNS and reputation checks. */
import { t } from '../engine/i18n/index.ts';
import { findingsText } from '../engine/report/text.ts';
import { UsageError } from './args.ts';
import type { CliCommand } from './context.ts';
import { DNS_OPTIONS, DNS_USAGE, dnsInput, saveRecordingIfAsked } from './dns-args.ts';
import { hasErrors } from './findings.ts';

export const dnsbl: CliCommand = {
  name: 'dnsbl',
  summary: 'Check an IP address or a domain against DNS block- and allowlists.',
  usage: `dnsbl <ip-or-domain> ${DNS_USAGE} [--json]`,
  options: DNS_OPTIONS,
  async run(args, cx) {
    const [target, extra] = args.positionals;
    if (!target) throw new UsageError(`missing the IP address or domain. Usage: mailpath ${this.usage}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const r = await cx.call('dnsblCheck', { target, dns: await dnsInput(args, cx) });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const rows = value.lists.map((l) => {
      const state = l.error ? `not checked (${l.error})` : l.refused ? `refused: ${l.meaning}` : l.listed ? `LISTED ${l.codes.join(',')}: ${l.meaning}` : 'not listed';
      return `  ${l.name.padEnd(34)} ${state}`;
    });
    const human = `${value.target} — ${t(cx.lang, 'report.resolver')}: ${value.resolver}\n${rows.join('\n')}\n\n${findingsText(value.findings, cx.lang, false)}`;
    return { value, human, foundErrors: hasErrors(value.findings) };
  },
};
