/**
 * The whole diagnosis in one flow: everything its inputs allow, in parallel where independent —
 * offline analysis first (it yields the sending IP, Message-ID, queue IDs and error text), then
 * discovery when no server was given, the outgoing-server test and test send, the recipient-MX
 * probe, and the DNS and reputation checks of the sender and recipient domains; then correlation,
 * the verdict and the report. A step that cannot run is recorded as skipped with its reason.
 */
import { checkDomain, type DomainCheckResult } from '../checks/domain.ts';
import { discoverEgressIp } from '../checks/dnsbl/egress.ts';
import type { HttpFetch } from '../checks/support/types.ts';
import type { ProgressEvent } from '../contract/result.ts';
import { findOutgoingServer, nodeDiscoverDeps } from '../discover/index.ts';
import type { DnsSetup } from '../dns/setup.ts';
import type { Resolver } from '../dns/types.ts';
import { makeFinding, type Lang } from '../i18n/index.ts';
import { explainReply } from '../kb/index.ts';
import { domainOf } from '../model/address.ts';
import { sentInstant, type Case, type StepResult } from '../model/case.ts';
import type { Finding } from '../model/finding.ts';
import type { Environment, Report, StepRecord } from '../model/report.ts';
import { readMbox } from '../offline/bounce/index.ts';
import type { BounceResult } from '../offline/bounce/types.ts';
import { analyzeHeaders } from '../offline/headers/index.ts';
import type { HeaderAnalysis } from '../offline/headers/types.ts';
import { traceLogs } from '../offline/logs/index.ts';
import type { LogSource, TraceResult } from '../offline/logs/types.ts';
import { buildReport } from '../report/build.ts';
import { probeRecipientMx, probeSubmission, sendTestMessage } from '../smtp/index.ts';
import type { MxProbeResult } from '../smtp/mx-probe.ts';
import { correlate } from './correlate.ts';
import { diffRuns, type RetestDiff } from './diff.ts';
import { gatherFacts } from './facts.ts';

export interface DiagnoseSmtp {
  readonly host: string;
  readonly port?: number;
  readonly security: 'starttls' | 'tls' | 'none' | 'auto';
  readonly user?: string;
  readonly password?: string;
  readonly ca?: string;
}

export interface DiagnoseInput {
  readonly case: Case;
  readonly smtp?: DiagnoseSmtp;
  readonly send: boolean;
  readonly extraTo: readonly string[];
  readonly bounces: readonly (string | Uint8Array)[];
  readonly headers: readonly (string | Uint8Array)[];
  readonly logs: readonly LogSource[];
  readonly mxProbe: boolean;
  /** Find the server when none is given. */
  readonly discover: boolean;
  /** Allow HTTPS lookups (autoconfig, MTA-STS). */
  readonly web: boolean;
  readonly timeoutMs: number;
  /** Findings of the previous run, for the re-test diff. */
  readonly previous?: readonly Finding[];
}

export interface DiagnoseDeps {
  readonly dns: DnsSetup;
  readonly lang: Lang;
  readonly signal: AbortSignal;
  readonly progress: (event: ProgressEvent) => void;
  readonly now: () => Date;
  readonly environment: Omit<Environment, 'lang' | 'resolver'>;
  readonly http: HttpFetch;
  /** Where to test the network when no MX answers on port 25; null skips it. */
  readonly controlTarget?: { readonly host: string; readonly port: number } | null;
  /** Resolvers for the egress-IP services; absent = do not ask. */
  readonly egressResolvers?: readonly { readonly name: string; readonly resolver: Resolver; readonly question: { readonly name: string; readonly type: 'A' | 'AAAA' | 'TXT' } }[];
}

export interface DiagnoseOutput {
  readonly report: Report;
  readonly case: Case;
  readonly diff?: RetestDiff;
}

export async function runDiagnosis(input: DiagnoseInput, deps: DiagnoseDeps): Promise<DiagnoseOutput> {
  const { lang } = deps;
  const steps: StepRecord[] = [];
  const results: Record<string, StepResult> = {};
  const findings: Finding[] = [...deps.dns.findings];

  const skip = (name: string, reasonKey: string): void => {
    const f = makeFinding(lang, { id: `diagnose.skipped.${reasonKey}`, check: 'diagnose', status: 'skipped', whoMustAct: 'nobody', params: { step: name } });
    steps.push({ name, status: 'skipped', startedAt: deps.now().toISOString(), ms: 0, detail: f.explanation });
    deps.progress({ step: name, state: 'skipped', message: f.explanation });
    findings.push(f);
  };
  async function step<T extends { findings: readonly Finding[] }>(name: string, work: () => Promise<T>, keep?: (value: T) => unknown): Promise<T | undefined> {
    const started = deps.now();
    deps.progress({ step: name, state: 'started' });
    try {
      const value = await work();
      const ms = deps.now().getTime() - started.getTime();
      steps.push({ name, status: 'done', startedAt: started.toISOString(), ms });
      results[name] = { at: deps.now().toISOString(), ms, findings: [...value.findings], ...(keep ? { data: keep(value) } : {}) };
      findings.push(...value.findings);
      deps.progress({ step: name, state: 'done' });
      return value;
    } catch (error) {
      if (deps.signal.aborted) throw error;
      // A bug inside one step must not lose the others: it is reported, with its message.
      const message = error instanceof Error ? error.message : String(error);
      steps.push({ name, status: 'failed', startedAt: started.toISOString(), ms: deps.now().getTime() - started.getTime(), detail: message });
      findings.push(makeFinding(lang, { id: 'diagnose.step.failed', check: 'diagnose', status: 'warning', whoMustAct: 'nobody', params: { step: name, message } }));
      deps.progress({ step: name, state: 'failed', message });
      return undefined;
    }
  }

  const c = input.case;
  const senderDomain = domainOf(c.sender);
  const recipientDomains = [...new Set(c.recipients.map(domainOf).filter((d): d is string => Boolean(d)))];

  // Phase 1: what the consultant brought (no network).
  const bounces: BounceResult[] = [];
  const headers: HeaderAnalysis[] = [];
  let logs: TraceResult | undefined;
  await Promise.all([
    ...input.bounces.map((b, i) => step(`offline.bounce.${i + 1}`, async () => {
      const r = await readMbox(b, lang);
      bounces.push(...r);
      return { findings: r.flatMap((x) => x.findings), results: r };
    }, (v) => v.results)),
    ...input.headers.map((h, i) => step(`offline.headers.${i + 1}`, async () => {
      const r = analyzeHeaders(h, lang);
      headers.push(r);
      return r;
    }, (v) => ({ hops: v.hops, sendingIp: v.sendingIp, helo: v.helo, messageId: v.messageId }))),
    ...(input.logs.length > 0
      ? [step('offline.logs', async () => {
          const sent = sentInstant(c);
          const window = sent ? { since: new Date(Date.parse(sent) - 6 * 3600_000).toISOString(), until: new Date(Date.parse(sent) + 5 * 86400_000).toISOString() } : {};
          logs = await traceLogs(input.logs, { ...(c.sender ? { from: c.sender } : {}), ...(c.recipients[0] ? { to: c.recipients[0] } : {}), ...window, timeZone: c.timeZone || undefined, lang, signal: deps.signal }, { explainReply });
          return logs;
        }, (v) => ({ messages: v.messages }))]
      : []),
  ]);
  const headerIp = headers.map((h) => h.sendingIp).find((ip): ip is string => Boolean(ip));
  const helo = headers.map((h) => h.helo).find((x): x is string => Boolean(x));

  // Phase 2: the network, in parallel.
  let server = input.smtp;
  let queueId: string | undefined;
  let smtpError: string | undefined;
  const phase2: Promise<unknown>[] = [];
  const smtpFlow = async (): Promise<void> => {
    if (!server && input.discover && (c.sender || input.headers.length > 0)) {
      const found = await step('discover', () =>
        findOutgoingServer(
          { ...(c.sender ? { email: c.sender } : {}), ...(input.headers[0] !== undefined ? { headers: typeof input.headers[0] === 'string' ? input.headers[0] : Buffer.from(input.headers[0]).toString('utf8') } : {}), web: input.web, probe: true },
          nodeDiscoverDeps({ resolver: deps.dns.resolver, lang, signal: deps.signal }),
        ), (v) => ({ candidates: v.candidates.slice(0, 10) }));
      const best = found?.candidates.find((x) => x.reachable?.ok) ?? found?.candidates[0];
      if (best) server = { host: best.host, port: best.port, security: best.security };
    }
    if (!server) return skip('smtp.probe', 'no-server');
    const s = server;
    const common = { host: s.host, ...(s.port ? { port: s.port } : { port: s.security === 'tls' ? 465 : 587 }), security: s.security, ...(s.user ? { user: s.user } : {}), ...(s.password ? { password: s.password } : {}), ...(s.ca ? { ca: s.ca } : {}), timeoutMs: input.timeoutMs };
    const smtpDeps = { lang, signal: deps.signal, resolver: deps.dns.resolver, explainReply };
    const probe = await step('smtp.probe', () => probeSubmission({ ...common, ...(c.sender ? { from: c.sender } : {}), to: c.recipients }, smtpDeps), (v) => ({ transcript: v.transcript, tls: v.tls, ehlo: v.ehlo }));
    const refused = [...(probe?.recipients ?? []), ...(probe?.sender ? [probe.sender] : [])].find((a) => !a.accepted);
    if (refused) smtpError = `${refused.code}${refused.status ? ` ${refused.status}` : ''} ${refused.text}`.trim();
    if (!input.send) return skip('smtp.send', 'not-asked');
    if (!s.password) return skip('smtp.send', 'no-credentials');
    const sent = await step('smtp.send', () => sendTestMessage({ ...common, from: c.sender, to: c.recipients, extraTo: input.extraTo, caseId: c.id, ...(c.reference ? { reference: c.reference } : {}) }, smtpDeps), (v) => ({ transcript: v.transcript, queueId: v.queueId, messageId: v.messageId, response: v.response }));
    queueId = sent?.queueId;
  };
  phase2.push(smtpFlow());

  const mx: MxProbeResult[] = [];
  if (!input.mxProbe) skip('smtp.mx', 'not-asked');
  else if (!c.sender || c.recipients.length === 0) skip('smtp.mx', 'no-addresses');
  else {
    for (const recipient of [...new Map(c.recipients.map((r) => [domainOf(r), r])).values()]) {
      phase2.push(step(`smtp.mx.${domainOf(recipient)}`, async () => {
        const r = await probeRecipientMx({ recipient, sender: c.sender, timeoutMs: input.timeoutMs }, { lang, signal: deps.signal, resolver: deps.dns.resolver, explainReply, controlTarget: deps.controlTarget === undefined ? null : deps.controlTarget });
        mx.push(r);
        return r;
      }, (v) => ({ hosts: v.hosts.map((h) => ({ host: h.host, outcome: h.outcome })), port25Blocked: v.port25Blocked })));
    }
  }

  const domainDeps = { resolver: deps.dns.resolver, lang, fetch: input.web ? deps.http : (() => Promise.reject(new Error('web lookups are off for this run'))) as HttpFetch, signal: deps.signal, progress: deps.progress, now: deps.now };
  const dnsFlow = async (): Promise<void> => {
    let ips = headerIp ? [headerIp] : c.facts.sendingIp ? [c.facts.sendingIp] : [];
    if (ips.length === 0 && deps.egressResolvers && deps.egressResolvers.length > 0) {
      const egress = await step('dns.egress', () => discoverEgressIp(deps.egressResolvers ?? [], { lang, signal: deps.signal }));
      if (egress?.ip) ips = [egress.ip];
    }
    const checks: Promise<DomainCheckResult | undefined>[] = [];
    if (senderDomain) {
      checks.push(step('dns.sender', () => checkDomain({ domain: senderDomain, role: 'sender', ips, ...(helo ? { helo } : {}), from: c.sender }, domainDeps), (v) => ({ domain: v.domain, steps: v.steps })));
    } else skip('dns.sender', 'no-sender');
    for (const d of recipientDomains) {
      checks.push(step(`dns.recipient.${d}`, () => checkDomain({ domain: d, role: 'recipient', ...(c.provider.mxPattern ? { mxPattern: c.provider.mxPattern } : {}) }, domainDeps), (v) => ({ domain: v.domain, steps: v.steps })));
    }
    await Promise.all(checks);
  };
  phase2.push(dnsFlow());
  await Promise.all(phase2);

  // Phase 3: what it all means.
  const correlations = correlate({ findings, bounces, logs: logs ? [logs] : [], symptom: c.symptom, lang });
  findings.push(...correlations);
  const facts = gatherFacts(c.facts, { bounces, headers, logs: logs ? [logs] : [], ...(queueId ? { queueId } : {}), ...(smtpError ? { errorText: smtpError } : {}), ...(server ? { server: `${server.host}:${server.port ?? (server.security === 'tls' ? 465 : 587)}` } : {}) });
  const updated: Case = { ...c, facts, results: { ...c.results, ...results }, updatedAt: deps.now().toISOString() };
  // The password and user name are removed from every text of the report, not only from transcripts.
  const redact = { secrets: server?.password ? [server.password] : [], users: server?.user ? [server.user] : [] };
  const report = buildReport({ case: updated, findings, steps, environment: { ...deps.environment, resolver: deps.dns.label, lang }, lang, now: deps.now(), redact });
  const diff = input.previous ? diffRuns(input.previous, findings) : undefined;
  if (!diff) return { report, case: updated };
  const retest = makeFinding(lang, { id: 'diagnose.retest', check: 'diagnose', status: 'info', whoMustAct: 'nobody', params: { fixed: diff.fixed.length, new: diff.new.length, unchanged: diff.unchanged.length } });
  return { report: { ...report, findings: [...report.findings, retest] }, case: updated, diff };
}
