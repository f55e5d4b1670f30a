/** Handler of the whole diagnosis. */
import { EGRESS_SERVICES } from '../checks/dnsbl/egress.ts';
import { runDiagnosis } from '../diagnose/run.ts';
import { createResolver } from '../dns/resolver.ts';
import { setupDns } from '../dns/setup.ts';
import { createHttpGet } from '../net/http.ts';
import type { Finding } from '../model/finding.ts';
import { renderReportAs, reportFileStem } from '../report/render.ts';
import type { OpContext } from './context.ts';
import { contentOf } from './handlers-offline.ts';
import { parseControl } from './handlers-smtp.ts';
import type { OpOutput, OpParsedInput, RenderedReport } from './ops.ts';


export async function diagnose(input: OpParsedInput<'diagnose'>, ctx: OpContext): Promise<OpOutput<'diagnose'>> {
  const dns = await setupDns(input.dns, ctx.lang);
  const live = input.dns.replay === undefined;
  const env = ctx.services.env;
  const out = await runDiagnosis(
    {
      case: input.case,
      ...(input.smtp ? { smtp: { ...input.smtp } } : {}),
      send: input.send,
      extraTo: input.extraTo,
      bounces: input.bounces.map(contentOf),
      headers: input.headers.map(contentOf),
      logs: [...input.logPaths, ...input.logs.map((c, i) => ({ name: c.name ?? `log ${i + 1}`, bytes: (() => { const v = contentOf(c); return typeof v === 'string' ? new TextEncoder().encode(v) : v; })() }))],
      mxProbe: input.mxProbe && live,
      discover: input.discover,
      web: input.web && live,
      timeoutMs: input.timeoutMs,
      ...(input.previous ? { previous: input.previous as unknown as Finding[] } : {}),
    },
    {
      dns,
      lang: ctx.lang,
      signal: ctx.signal,
      progress: ctx.progress,
      now: ctx.services.now,
      environment: { appVersion: env.appVersion, os: env.os, host: env.host, timeZone: env.timeZone },
      http: createHttpGet({ resolver: dns.resolver }),
      ...(input.control !== undefined ? { controlTarget: parseControl(input.control) } : {}),
      ...(input.egress && live && input.dns.servers.length === 0
        ? { egressResolvers: EGRESS_SERVICES.map((s) => ({ name: s.name, question: s.question, resolver: createResolver({ servers: s.servers.map((host) => ({ host, port: 53 })), timeoutMs: input.dns.timeoutMs }) })) }
        : {}),
    },
  );
  let rendered: RenderedReport | undefined;
  if (input.format) {
    rendered = renderReportAs(out.report, input.format, ctx.lang, { stem: reportFileStem(out.report) });
  }
  const recording = dns.recording();
  return { ...out, ...(rendered ? { rendered } : {}), resolver: dns.label, ...(recording ? { recording } : {}) };
}
