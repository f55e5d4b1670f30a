/** Handlers of the DNS and reputation operations. */
import { checkDnsLists } from '../checks/dnsbl/dnsbl.ts';
import { evaluateSpf, lintSpf } from '../checks/spf/index.ts';
import { OpError } from './result.ts';
import { checkDomain } from '../checks/domain.ts';
import { createHttpGet } from '../net/http.ts';
import { setupDns } from '../dns/setup.ts';
import type { OpContext } from './context.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';

export async function dnsblCheck(input: OpParsedInput<'dnsblCheck'>, ctx: OpContext): Promise<OpOutput<'dnsblCheck'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  ctx.progress({ step: 'dnsbl', state: 'started', message: input.target });
  const result = await checkDnsLists(input.target.trim(), { resolver: dns.resolver, lang: ctx.lang, signal: ctx.signal });
  ctx.progress({ step: 'dnsbl', state: 'done' });
  const recording = dns.recording();
  return { ...result, findings: [...dns.findings, ...result.findings], resolver: dns.label, ...(recording ? { recording } : {}) };
}

export async function spfCheck(input: OpParsedInput<'spfCheck'>, ctx: OpContext): Promise<OpOutput<'spfCheck'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  const deps = { resolver: dns.resolver, lang: ctx.lang, signal: ctx.signal };
  const recording = (): { recording?: NonNullable<ReturnType<typeof dns.recording>> } => {
    const r = dns.recording();
    return r ? { recording: r } : {};
  };
  ctx.progress({ step: 'spf', state: 'started' });
  if (input.ip === undefined || input.ip.trim() === '') {
    const domain = input.domain?.trim() || input.sender.split('@').pop()?.trim() || input.helo.trim();
    if (!domain) throw new OpError('invalid-input', 'Give a domain to lint, or an IP (with a sender or HELO) to evaluate.', 'domain');
    const lint = await lintSpf(domain, deps);
    return { ...lint, lintOnly: true, findings: [...dns.findings, ...lint.findings], resolver: dns.label, ...recording() };
  }
  const result = await evaluateSpf(
    { ip: input.ip.trim(), sender: input.sender.trim(), helo: input.helo.trim(), ...(input.domain?.trim() ? { domain: input.domain.trim() } : {}) },
    deps,
  );
  ctx.progress({ step: 'spf', state: 'done', message: result.result });
  return { ...result, findings: [...dns.findings, ...result.findings], resolver: dns.label, ...recording() };
}

export async function domainCheck(input: OpParsedInput<'domainCheck'>, ctx: OpContext): Promise<OpOutput<'domainCheck'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  const result = await checkDomain(
    {
      domain: input.domain,
      role: input.role,
      ips: input.ips,
      dkimSelectors: input.dkimSelectors,
      ...(input.helo ? { helo: input.helo } : {}),
      ...(input.dkimSignature ? { dkimSignature: input.dkimSignature } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.mailFrom ? { mailFrom: input.mailFrom } : {}),
      ...(input.mxPattern ? { mxPattern: input.mxPattern } : {}),
    },
    { resolver: dns.resolver, lang: ctx.lang, fetch: createHttpGet({ resolver: dns.resolver }), signal: ctx.signal, progress: ctx.progress, now: ctx.services.now },
  );
  const recording = dns.recording();
  return { ...result, findings: [...dns.findings, ...result.findings], resolver: dns.label, ...(recording ? { recording } : {}) };
}
