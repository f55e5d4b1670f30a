/** Handlers of the DNS and reputation operations. */
import { checkDnsLists } from '../checks/dnsbl/dnsbl.ts';
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
