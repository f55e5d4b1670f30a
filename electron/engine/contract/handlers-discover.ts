/** Handler of the outgoing-server discovery. */
import { findOutgoingServer, nodeDiscoverDeps } from '../discover/index.ts';
import { setupDns } from '../dns/setup.ts';
import type { OpContext } from './context.ts';
import { contentOf } from './handlers-offline.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';

export async function serverFind(input: OpParsedInput<'serverFind'>, ctx: OpContext): Promise<OpOutput<'serverFind'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  ctx.progress({ step: 'discover', state: 'started', ...(input.email ? { message: input.email } : {}) });
  const headers = input.headers ? contentOf(input.headers) : undefined;
  const result = await findOutgoingServer(
    {
      ...(input.email ? { email: input.email } : {}),
      ...(headers !== undefined ? { headers: typeof headers === 'string' ? headers : Buffer.from(headers).toString('utf8') } : {}),
      ...(input.clientConfig !== 'none' ? { clientConfig: input.clientConfig } : {}),
      web: input.web,
      probe: input.probe,
      probeTimeoutMs: input.probeTimeoutMs,
    },
    nodeDiscoverDeps({ resolver: dns.resolver, lang: ctx.lang, signal: ctx.signal }),
  );
  ctx.progress({ step: 'discover', state: 'done' });
  const recording = dns.recording();
  return { ...result, findings: [...dns.findings, ...result.findings], resolver: dns.label, ...(recording ? { recording } : {}) };
}
