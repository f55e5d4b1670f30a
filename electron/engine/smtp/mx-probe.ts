/**
 * Probe of the recipient domain's MX hosts, as a sending server would talk to them: for each MX by
 * preference (RFC 5321 §5.1; a null MX per RFC 7505 means "no mail", no MX means the domain's own
 * address), connect on port 25, greeting, EHLO, STARTTLS with the certificate, MAIL FROM and
 * RCPT TO, then QUIT — never DATA, so nothing is delivered. Shows greylisting, policy rejections
 * and unknown recipients before anyone waits days for a bounce. When every MX is unreachable on 25
 * but a control destination answers, the consultant's own network blocks port 25, and it says so.
 */
import type { LookupResult, Resolver } from '../dns/types.ts';
import { domainOf, isMailAddress } from '../model/address.ts';
import type { DnsEvidence, Evidence, Finding } from '../model/finding.ts';
import { build, type Ctx } from './classify.ts';
import { probeMxHost, type MxHostResult } from './mx-host.ts';
import { phaseTimeouts, SmtpSession } from './session.ts';
import { StepRecorder } from './steps.ts';
import { Transcript } from './transcript.ts';
import { resolveHost } from './host-address.ts';
import { parsePemCertificates, systemRoots } from './tls-info.ts';
import type { PhaseTimeouts, SmtpDeps, Step } from './types.ts';
import { WireError } from './wire.ts';

export type { MxHostResult } from './mx-host.ts';

export interface MxProbeParams {
  /** The recipient's address; its domain is probed. */
  readonly recipient: string;
  /** The envelope sender to announce in MAIL FROM (the case's sender). */
  readonly sender: string;
  /** Port to probe (25; tests use another). */
  readonly port?: number;
  readonly heloName?: string;
  readonly timeoutMs?: number;
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Most MX hosts probed (default 5). */
  readonly maxHosts?: number;
  /** Extra trusted CA, PEM (tests; real MX certificates are checked against the system roots). */
  readonly ca?: string;
}

export interface MxProbeDeps extends SmtpDeps {
  readonly resolver: Resolver;
  /**
   * Where to test that the network works at all when no MX answers on port 25; `null` skips the
   * test. Default: `dns.google` port 443.
   */
  readonly controlTarget?: { readonly host: string; readonly port: number } | null;
}

export interface MxProbeResult {
  readonly domain: string;
  readonly recipient: string;
  readonly mx: {
    readonly outcome: 'mx' | 'null-mx' | 'implicit' | 'nxdomain' | 'none' | 'error';
    readonly records: readonly { readonly preference: number; readonly exchange: string }[];
    readonly evidence: readonly DnsEvidence[];
  };
  readonly hosts: readonly MxHostResult[];
  /** True when every MX was unreachable on the port while the control destination answered. */
  readonly port25Blocked?: boolean;
  readonly control?: { readonly host: string; readonly port: number; readonly reachable: boolean; readonly detail: string };
  readonly steps: readonly Step[];
  /** Every finding: the domain's, then each host's in preference order. */
  readonly findings: readonly Finding[];
}

export const DEFAULT_CONTROL_TARGET = { host: 'dns.google', port: 443 } as const;

export async function probeRecipientMx(params: MxProbeParams, deps: MxProbeDeps): Promise<MxProbeResult> {
  const now = deps.now ?? ((): Date => new Date());
  const domain = (domainOf(params.recipient) ?? '').replace(/\.$/u, '');
  const port = params.port ?? 25;
  const timeouts = phaseTimeouts(params.timeoutMs ?? 15_000, {
    greeting: Math.max(params.timeoutMs ?? 15_000, 30_000),
    ...params.timeouts,
  });
  const transcript = new Transcript({ now });
  const ctx: Ctx = { lang: deps.lang, role: 'mx', host: domain, port, transcript, timeouts, explainReply: deps.explainReply };
  const steps = new StepRecorder(now, deps.onProgress);
  const findings: Finding[] = [];
  const base = { domain, recipient: params.recipient, steps: steps.steps, findings };

  const bad = [
    ...(isMailAddress(params.recipient) ? [] : [{ field: 'recipient', value: params.recipient }]),
    ...(isMailAddress(params.sender) ? [] : [{ field: 'sender', value: params.sender }]),
  ];
  if (bad.length > 0) {
    for (const b of bad) findings.push(build(ctx, 'params', 'smtp.params.invalid', 'error', 'sender-it', b, { withTranscript: false }));
    return { ...base, mx: { outcome: 'error', records: [], evidence: [] }, hosts: [] };
  }

  steps.begin('mx');
  const signalOpt = deps.signal ? { signal: deps.signal } : {};
  let lookup: LookupResult;
  try {
    lookup = await deps.resolver.lookup(domain, 'MX', signalOpt);
  } catch (err) {
    if (!deps.signal?.aborted) throw err;
    steps.end('skipped', 'cancelled');
    findings.push(
      build(
        ctx,
        'mx',
        'smtp.cancelled',
        'skipped',
        'nobody',
        { host: domain, port, address: domain, step: 'mx' },
        { withTranscript: false },
      ),
    );
    return { ...base, mx: { outcome: 'error', records: [], evidence: [] }, hosts: [] };
  }
  const evidence = [...lookup.evidence];
  const records = lookup.records
    .flatMap((r) => (r.data.type === 'MX' ? [{ preference: r.data.preference, exchange: r.data.exchange.replace(/\.$/u, '') }] : []))
    .sort((a, b) => a.preference - b.preference);
  const f = (
    id: string,
    status: Finding['status'],
    who: Finding['whoMustAct'],
    extra: Record<string, string | number> = {},
    ev: Evidence[] = evidence,
  ): Finding => build(ctx, 'mx', id, status, who, { domain, ...extra }, { evidence: ev, withTranscript: false });

  let targets: { host: string; preference: number; implicit: boolean }[] = [];
  let outcome: MxProbeResult['mx']['outcome'];
  if (lookup.outcome === 'ok' && records.length === 1 && records[0]?.exchange === '') {
    outcome = 'null-mx';
    findings.push(f('smtp.mx.null', 'error', 'recipient'));
  } else if (lookup.outcome === 'ok' && records.length > 0) {
    outcome = 'mx';
    targets = records.filter((r) => r.exchange !== '').map((r) => ({ host: r.exchange, preference: r.preference, implicit: false }));
  } else if (lookup.outcome === 'nodata' || (lookup.outcome === 'ok' && records.length === 0)) {
    // RFC 5321 §5.1: no MX at all → the domain itself is the implicit MX, preference 0.
    const a = await resolveHost(domain, deps.resolver, { timeoutMs: timeouts.dns, ...signalOpt });
    evidence.push(...a.evidence.filter((e): e is DnsEvidence => e.kind === 'dns'));
    if (a.addresses.length > 0) {
      outcome = 'implicit';
      targets = [{ host: domain, preference: 0, implicit: true }];
      findings.push(f('smtp.mx.implicit', 'warning', 'recipient-provider'));
    } else {
      outcome = 'none';
      findings.push(f('smtp.mx.none', 'error', 'recipient-provider'));
    }
  } else if (lookup.outcome === 'nxdomain') {
    outcome = 'nxdomain';
    findings.push(f('smtp.mx.nxdomain', 'error', 'sender-it'));
  } else {
    outcome = 'error';
    findings.push(f('smtp.mx.lookup-failed', 'error', 'recipient-provider', { outcome: lookup.outcome }));
  }
  steps.end(
    targets.length > 0 ? 'ok' : 'error',
    `${outcome}: ${records.map((r) => `${r.preference} ${r.exchange || '.'}`).join(', ') || lookup.outcome}`,
  );
  const mx = { outcome, records, evidence };

  const extra = params.ca !== undefined ? (parsePemCertificates(params.ca) ?? []) : [];
  const trust = { roots: [...systemRoots(), ...extra.map((c) => c.toString())], extra };
  const hosts: MxHostResult[] = [];
  for (const target of targets.slice(0, params.maxHosts ?? 5)) {
    if (deps.signal?.aborted) break;
    hosts.push(
      await probeMxHost(
        { ...target, port, sender: params.sender, recipient: params.recipient, heloName: params.heloName, timeouts, trust },
        deps,
      ),
    );
  }
  const result = { ...base, mx, hosts };
  const unreachable = hosts.length > 0 && hosts.every((h) => h.outcome === 'unreachable');
  if (!unreachable || deps.controlTarget === null || deps.signal?.aborted) return collect(result);

  const target = deps.controlTarget ?? DEFAULT_CONTROL_TARGET;
  steps.begin('control');
  const control = await reachable(target, deps, timeouts, now);
  steps.end(control.reachable ? 'ok' : 'error', `${target.host}:${target.port} ${control.detail}`);
  const controlEvidence: Evidence[] = [
    { kind: 'text', label: 'Control connection', text: `${target.host}:${target.port} — ${control.detail}` },
  ];
  if (control.reachable) {
    findings.push(f('smtp.mx.port25-blocked', 'error', 'sender-it', { port, control: `${target.host}:${target.port}` }, controlEvidence));
    // Each MX's own connection finding would blame the recipient's provider; the block is ours.
    for (const h of hosts)
      h.findings = h.findings.map((x) => (x.id.startsWith('smtp.connect.') ? { ...x, status: 'info', whoMustAct: 'sender-it' } : x));
  } else {
    findings.push(f('smtp.mx.no-network', 'error', 'sender-it', { port, control: `${target.host}:${target.port}` }, controlEvidence));
  }
  return collect({ ...result, port25Blocked: control.reachable, control: { ...target, ...control } });
}

function collect(r: Omit<MxProbeResult, 'findings'> & { findings: Finding[] }): MxProbeResult {
  return { ...r, findings: [...r.findings, ...r.hosts.flatMap((h) => h.findings)] };
}

/** One TCP connection to the control destination; only whether it opens matters. */
async function reachable(
  target: { host: string; port: number },
  deps: MxProbeDeps,
  timeouts: PhaseTimeouts,
  now: () => Date,
): Promise<{ reachable: boolean; detail: string }> {
  const found = await resolveHost(target.host, deps.resolver, { timeoutMs: timeouts.dns, ...(deps.signal ? { signal: deps.signal } : {}) });
  const ip = found.addresses[0]?.ip;
  if (ip === undefined) return { reachable: false, detail: `DNS ${found.outcome}` };
  const session = new SmtpSession({ transcript: new Transcript({ now }), timeouts, ...(deps.signal ? { signal: deps.signal } : {}) });
  try {
    await session.connect(ip, target.port);
    return { reachable: true, detail: `connected to ${ip}` };
  } catch (err) {
    if (!(err instanceof WireError)) throw err;
    return { reachable: false, detail: `${ip}: ${err.code ?? err.kind}` };
  } finally {
    session.close();
  }
}
