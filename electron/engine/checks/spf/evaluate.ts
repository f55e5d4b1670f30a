/**
 * The SPF check's public entry points: `evaluateSpf` (RFC 7208 check_host() for one client IP,
 * with trace, findings and evidence) and `lintSpf` (the records alone, no IP given).
 */
import type { Finding } from '../../model/finding.ts';
import { makeFinding } from '../../i18n/index.ts';
import { normalizeDomain } from './domain.ts';
import { parseClientIp, type IpAddress } from './ip.ts';
import { SpfContext, SpfError } from './context.ts';
import { checkHost, explain, newNode, type Decision, type NodeDraft } from './check-host.ts';
import { causeFinding, lookupFinding, resultFinding } from './findings.ts';
import { lintRecords, lintRrType } from './lint.ts';
import type { SpfDeps, SpfEvaluation, SpfLint, SpfParams, SpfProblem, SpfResult } from './types.ts';

/** §4.3, §2.4: <sender> with postmaster substituted for a missing local-part or a null MAIL FROM. */
function senderIdentity(rawSender: string, helo: string): { sender: string; local: string; senderDomain: string } {
  let sender = rawSender.trim().replace(/^<(.*)>$/, '$1');
  if (sender === '') sender = `postmaster@${helo}`;
  const at = sender.lastIndexOf('@');
  let local = at >= 0 ? sender.slice(0, at) : '';
  const senderDomain = normalizeDomain(at >= 0 ? sender.slice(at + 1) : sender);
  if (local === '') {
    local = 'postmaster';
    sender = `postmaster@${senderDomain}`;
  }
  return { sender, local, senderDomain };
}

/** The caller's signal plus the §4.6.4 elapsed-time limit. */
function withTimeLimit(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const limit = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, limit]) : limit;
}

interface Run {
  readonly ctx: SpfContext;
  readonly root: NodeDraft;
  readonly result: SpfResult;
  readonly problem?: SpfProblem;
  readonly decision?: Decision;
}

async function run(ctx: SpfContext, domain: string): Promise<Run> {
  const root = newNode(domain, 'check');
  try {
    const decision = await checkHost(ctx, root);
    return { ctx, root, result: root.result, ...(root.problem ? { problem: root.problem } : {}), ...(decision ? { decision } : {}) };
  } catch (e) {
    if (!(e instanceof SpfError)) throw e;
    return { ctx, root, result: e.result, problem: e.problem };
  }
}

/** Lint findings for the records in the trace, the lookup count and the type-99 record. */
async function lintFindings(r: Run, deps: SpfDeps): Promise<Finding[]> {
  const out: Finding[] = [];
  const near = lookupFinding(r.ctx, r.root, deps.lang);
  if (near && r.problem !== 'lookup-limit') out.push(near);
  out.push(...lintRecords(r.ctx, r.root, deps.lang));
  if (r.problem !== 'invalid-domain' && r.problem !== 'time-limit') {
    try {
      out.push(...(await lintRrType(r.ctx, r.root.domain, r.root.record, deps.lang)));
    } catch (e) {
      if (!(e instanceof SpfError)) throw e;
    }
  }
  return out;
}

function matchedText(d: Decision | undefined): { matched?: string; matchedTerm?: string; matchedDomain?: string } {
  if (!d || d.chain.length === 0) return {};
  const term = d.chain[d.chain.length - 1] ?? '';
  return { matched: `${d.chain.join(' → ')} (${d.innermostDomain})`, matchedTerm: term, matchedDomain: d.innermostDomain };
}

function invalidIp(params: SpfParams, domain: string, deps: SpfDeps): SpfEvaluation {
  const finding = makeFinding(deps.lang, {
    id: 'spf.input.ip-invalid',
    check: 'spf',
    status: 'error',
    whoMustAct: 'sender-it',
    params: { ip: params.ip },
  });
  return { result: 'none', problem: 'invalid-ip', lookups: 0, voidLookups: 0, trace: [], domain, findings: [finding], evidence: [] };
}

/**
 * RFC 7208 check_host() for `params.ip`, with the include/redirect trace, the `exp=` explanation on
 * fail, lint findings about the records met and every DNS exchange as evidence. Misconfigured
 * records and DNS failures are results; only a cancelled `deps.signal` rejects (with its reason).
 */
export async function evaluateSpf(params: SpfParams, deps: SpfDeps): Promise<SpfEvaluation> {
  const helo = params.helo.trim();
  const id = senderIdentity(params.sender, helo);
  const domain = normalizeDomain(params.domain ?? id.senderDomain);
  const ip: IpAddress | undefined = parseClientIp(params.ip);
  if (!ip) return invalidIp(params, domain, deps);
  const signal = withTimeLimit(deps.signal, params.timeLimitMs ?? 20_000);
  const input = { ip, ...id, helo, receivingHost: params.receivingHost ?? 'unknown', now: params.now ?? Date.now() };
  const ctx = new SpfContext(input, deps.resolver, signal, params.prefetch !== false);
  const r = await run(ctx, domain);
  let explanation: string | undefined;
  if (r.result === 'fail' && r.decision?.exp) {
    explanation = await explain(ctx, r.decision.exp, r.decision.domain);
    const draft = r.decision.expDraft;
    if (draft) {
      draft.status = 'used';
      draft.detail = explanation === undefined ? 'no usable explanation (§6.2); ignored' : 'explanation computed';
    }
  }
  const m = matchedText(r.decision);
  const findings: Finding[] = [];
  const cause = causeFinding(ctx, r.root, r.problem, deps.lang);
  if (cause) findings.push(cause);
  findings.push(
    resultFinding(ctx, { result: r.result, ip: params.ip, domain, ...m, ...(r.root.detail ? { reason: r.root.detail } : {}) }, deps.lang),
  );
  if (params.lint !== false) findings.push(...(await lintFindings(r, deps)));
  return {
    result: r.result,
    ...(explanation !== undefined ? { explanation } : {}),
    ...m,
    lookups: ctx.lookups,
    voidLookups: ctx.voidLookups,
    trace: [r.root],
    domain,
    ...(r.root.record !== undefined ? { record: r.root.record } : {}),
    ...(r.problem ? { problem: r.problem } : {}),
    findings,
    evidence: ctx.evidence,
  };
}

/** An address no published record should authorize (TEST-NET-1, RFC 5737), to walk every branch. */
const PROBE_IP = '192.0.2.1';

/**
 * Lints the SPF records of `domain` without a client IP: evaluates them for an address they do not
 * authorize, which is the path that spends the most DNS lookups, and reports every record problem
 * met on the way (no verdict for any real sender).
 */
export async function lintSpf(domain: string, deps: SpfDeps): Promise<SpfLint> {
  const d = normalizeDomain(domain);
  const ev = await evaluateSpf({ ip: PROBE_IP, sender: `postmaster@${d}`, helo: d, domain: d }, deps);
  return {
    domain: ev.domain,
    ...(ev.record !== undefined ? { record: ev.record } : {}),
    lookups: ev.lookups,
    voidLookups: ev.voidLookups,
    result: ev.result,
    ...(ev.problem ? { problem: ev.problem } : {}),
    trace: ev.trace,
    findings: ev.findings.filter((f) => !f.id.startsWith('spf.result.')),
    evidence: ev.evidence,
  };
}
