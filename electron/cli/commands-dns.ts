/** CLI commands of the DNS and reputation checks. */
import { t } from '../engine/i18n/index.ts';
import { findingsText } from '../engine/report/text.ts';
import { list, str, UsageError } from './args.ts';
import type { SpfTraceNode } from '../engine/checks/spf/types.ts';
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

function traceLines(nodes: readonly SpfTraceNode[], depth = 0): string[] {
  const pad = '  '.repeat(depth + 1);
  const out: string[] = [];
  for (const n of nodes) {
    out.push(`${pad}${n.domain} (${n.via}): ${n.result}, ${n.lookups} lookups${n.record ? ` — ${n.record}` : ''}`);
    for (const term of n.terms) {
      if (term.status === 'skipped') continue;
      out.push(`${pad}  ${term.term}: ${term.status}${term.result ? ` → ${term.result}` : ''}${term.detail ? ` (${term.detail})` : ''}`);
      if (term.child) out.push(...traceLines([term.child], depth + 2));
    }
  }
  return out;
}

export const spf: CliCommand = {
  name: 'spf',
  summary: 'Evaluate SPF for an IP, sender and HELO with the full trace (or lint the records without --ip).',
  usage: `spf [<domain>] [--ip <addr>] [--sender <addr>] [--helo <name>] ${DNS_USAGE} [--json]`,
  options: { ...DNS_OPTIONS, ip: { type: 'string' }, sender: { type: 'string' }, helo: { type: 'string' } },
  async run(args, cx) {
    const [domain, extra] = args.positionals;
    if (extra) throw new UsageError(`unexpected argument "${extra}". Usage: mailpath ${this.usage}`);
    const ip = str(args, 'ip');
    const sender = str(args, 'sender') ?? '';
    const helo = str(args, 'helo') ?? '';
    if (!domain && !sender && !helo) throw new UsageError(`give a domain, --sender or --helo. Usage: mailpath ${this.usage}`);
    const r = await cx.call('spfCheck', { ...(domain ? { domain } : {}), ...(ip ? { ip } : {}), sender, helo, dns: await dnsInput(args, cx) });
    if (!r.ok) return { failure: r };
    const value = await saveRecordingIfAsked(args, cx, r.value);
    const head =
      'lintOnly' in value
        ? `SPF of ${value.domain}: ${value.lookups} DNS lookups for an unauthorized IP (limit 10), ${value.voidLookups} void`
        : `SPF ${value.result} for ${ip} at ${value.domain}${value.matched ? ` — matched ${value.matched}` : ''}; ${value.lookups} lookups, ${value.voidLookups} void${value.explanation ? `\nExplanation: ${value.explanation}` : ''}`;
    const human = `${head}\n${value.record ? `Record: ${value.record}\n` : ''}Trace:\n${traceLines(value.trace).join('\n')}\n\n${findingsText(value.findings, cx.lang, false)}`;
    return { value, human, foundErrors: hasErrors(value.findings) };
  },
};

export const checkDomainCommand: CliCommand = {
  name: 'check-domain',
  summary: 'Check a domain: MX, SPF, DKIM, DMARC, reverse DNS/HELO, MTA-STS/TLS-RPT, DANE, DNSSEC, BIMI, blocklists.',
  usage: `check-domain <domain> [--ip <addr>]... [--helo <name>] [--dkim-selector <s>]... [--from <addr>] [--recipient-domain <domain>] [--mx-pattern P] ${DNS_USAGE} [--json]`,
  options: {
    ...DNS_OPTIONS,
    ip: { type: 'string', multiple: true },
    helo: { type: 'string' },
    'dkim-selector': { type: 'string', multiple: true },
    from: { type: 'string' },
    'recipient-domain': { type: 'string', multiple: true },
    'mx-pattern': { type: 'string' },
  },
  async run(args, cx) {
    const [domain, extra] = args.positionals;
    if (!domain) throw new UsageError(`missing the domain. Usage: mailpath ${this.usage}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const dns = await dnsInput(args, cx);
    const from = str(args, 'from');
    const sender = await cx.call('domainCheck', {
      domain,
      role: 'sender',
      ips: list(args, 'ip'),
      dkimSelectors: list(args, 'dkim-selector'),
      ...(str(args, 'helo') ? { helo: str(args, 'helo') } : {}),
      ...(from ? { from } : {}),
      dns,
    });
    if (!sender.ok) return { failure: sender };
    const recipients = [];
    for (const rd of list(args, 'recipient-domain')) {
      const r = await cx.call('domainCheck', { domain: rd, role: 'recipient', ...(str(args, 'mx-pattern') ? { mxPattern: str(args, 'mx-pattern') } : {}), dns: { ...dns, record: false } });
      if (!r.ok) return { failure: r };
      recipients.push(r.value);
    }
    const main = await saveRecordingIfAsked(args, cx, sender.value);
    const findings = [...main.findings, ...recipients.flatMap((r) => r.findings)];
    const evidence = [...main.evidence, ...recipients.flatMap((r) => r.evidence)];
    const value = { domain: main.domain, findings, evidence, steps: [...main.steps, ...recipients.flatMap((r) => r.steps)], resolver: main.resolver };
    const timing = value.steps.map((s) => `${s.name} ${Math.round(s.ms)} ms`).join(', ');
    return { value, human: `${main.domain} — ${t(cx.lang, 'report.resolver')}: ${main.resolver}\n${timing}\n\n${findingsText(findings, cx.lang, false)}`, foundErrors: hasErrors(findings) };
  },
};
