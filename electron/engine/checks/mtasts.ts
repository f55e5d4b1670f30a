/**
 * MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) of a domain: the `_mta-sts` TXT record, the HTTPS
 * policy at `https://mta-sts.<domain>/.well-known/mta-sts.txt` (fetched through the injected
 * `fetch`, which must not follow redirects, §3.3), whether every MX host matches the policy's mx
 * patterns (§4.1), and the `_smtp._tls` reporting record.
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import { makeFinding } from '../i18n/index.ts';
import type { Evidence, Finding, FindingStatus, TextEvidence } from '../model/finding.ts';
import { mxNames } from './mx/resolve.ts';
import {
  isMtaStsRecord,
  isTlsRptRecord,
  parseMtaStsPolicy,
  parseMtaStsRecord,
  parseTlsRptRecord,
  type MtaStsPolicy,
  type MtaStsRecord,
  type TlsRptRecord,
} from './mtasts/records.ts';
import { createLookups, evidenceOf, txtTexts, type Lookups } from './support/lookups.ts';
import { domainOf, matchesMxPattern } from './support/names.ts';
import { actorFor, type CheckDeps, type CheckOutput, type DomainRole, type HttpFetch, whoActs } from './support/types.ts';

export * from './mtasts/records.ts';

export interface MtaStsParams {
  readonly domain: string;
  /** Whose domain (default `sender`): decides who must act. */
  readonly role?: DomainRole;
}

export interface MtaStsDeps extends CheckDeps {
  /** HTTPS GET without redirects; without it the policy is not fetched (a `skipped` finding says so). */
  readonly fetch?: HttpFetch;
}

export interface TlsRptResult {
  /** `none`: no record; `multiple`: several (TLS-RPT then does not apply); `unknown`: the lookup failed. */
  readonly status: 'ok' | 'invalid' | 'none' | 'multiple' | 'unknown';
  readonly record?: TlsRptRecord;
}

export interface MtaStsResult extends CheckOutput {
  readonly domain: string;
  /** `none`: no MTA-STS; `invalid`: TXT or policy unusable (senders ignore MTA-STS); `unknown`: a lookup or fetch failed. */
  readonly status: 'ok' | 'none' | 'invalid' | 'unknown';
  readonly record?: MtaStsRecord;
  readonly policyUrl: string;
  readonly policy?: MtaStsPolicy;
  /** The policy file as fetched. */
  readonly policyText?: string;
  /** MX hosts of the domain, and those no mx pattern matches. */
  readonly mxHosts: string[];
  readonly unmatched: string[];
  readonly tlsRpt: TlsRptResult;
}

/** RFC 8461 §3.2 suggests weeks; under a day an attacker need only wait out the cached policy. */
const SHORT_MAX_AGE = 86_400;

export async function checkMtaSts(params: MtaStsParams, deps: MtaStsDeps): Promise<MtaStsResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const who = actorFor(params.role);
  const findings: Finding[] = [];
  const add = (
    check: string,
    id: string,
    status: FindingStatus,
    p: Record<string, string | number>,
    evidence: readonly Evidence[],
  ): void => {
    findings.push(
      makeFinding(deps.lang, { id, check, status, whoMustAct: whoActs(status, who), params: { domain, ...p }, evidence, subject: domain }),
    );
  };
  const policyUrl = `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
  const [sts, tlsRpt] = await Promise.all([
    stsPart(domain, policyUrl, lookups, deps, add, findings),
    tlsRptPart(domain, lookups, deps, add, findings),
  ]);
  return { domain, policyUrl, ...sts, tlsRpt, findings, evidence: lookups.evidence() };
}

type Add = (check: string, id: string, status: FindingStatus, p: Record<string, string | number>, evidence: readonly Evidence[]) => void;

async function stsPart(
  domain: string,
  policyUrl: string,
  lookups: Lookups,
  deps: MtaStsDeps,
  add: Add,
  findings: Finding[],
): Promise<Omit<MtaStsResult, 'domain' | 'policyUrl' | 'tlsRpt' | 'findings' | 'evidence'>> {
  const CHECK = 'mta-sts';
  const empty = { mxHosts: [], unmatched: [] };
  // The MX names are needed only with a policy, but asking now keeps them off the critical path
  // (TXT → policy fetch → MX); the run's resolver shares the answer with the MX check.
  const mxLookup = mxNames(domain, lookups);
  mxLookup.catch(() => undefined); // awaited below when used; a cancellation must not go unhandled
  const txt = await lookups.ask(`_mta-sts.${domain}`, 'TXT');
  const ev = evidenceOf(txt);
  const failure = lookupFailureFinding(txt, deps.lang, CHECK, { status: 'warning', subject: domain });
  if (failure) {
    findings.push(failure);
    return { status: 'unknown', ...empty };
  }
  const records = txtTexts(txt).filter(isMtaStsRecord);
  if (records.length === 0) {
    add(CHECK, 'mtasts.none', 'info', {}, ev);
    return { status: 'none', ...empty };
  }
  if (records.length > 1) {
    add(CHECK, 'mtasts.record.multiple', 'error', { count: records.length, records: records.join(' | ') }, ev);
    return { status: 'invalid', ...empty };
  }
  const record = parseMtaStsRecord(records[0] ?? '');
  if (record.problems.length > 0) {
    add(CHECK, 'mtasts.record.invalid', 'error', { record: record.text, detail: record.problems.join('; ') }, ev);
    return { status: 'invalid', record, ...empty };
  }

  if (!deps.fetch) {
    add(CHECK, 'mtasts.policy.skipped', 'skipped', { url: policyUrl }, ev);
    return { status: 'unknown', record, ...empty };
  }
  let response: { status: number; text: string };
  try {
    response = await deps.fetch(policyUrl, deps.signal ? { signal: deps.signal } : {});
  } catch (e) {
    if (deps.signal?.aborted) throw e;
    const err = e as Error & { cause?: { message?: string; code?: string } };
    const detail = [err.message, err.cause?.code ?? err.cause?.message].filter(Boolean).join(': ');
    add(CHECK, 'mtasts.policy.fetch-failed', 'error', { url: policyUrl, detail }, ev);
    return { status: 'unknown', record, ...empty };
  }
  const fetched: TextEvidence = { kind: 'text', label: `${policyUrl} (HTTP ${response.status})`, text: response.text.slice(0, 4000) };
  if (response.status !== 200) {
    add(CHECK, 'mtasts.policy.http-status', 'error', { url: policyUrl, status: response.status }, [...ev, fetched]);
    return { status: 'invalid', record, policyText: response.text, ...empty };
  }
  const policy = parseMtaStsPolicy(response.text);
  const pev = [...ev, fetched];
  if (policy.problems.length > 0) {
    add(CHECK, 'mtasts.policy.invalid', 'error', { url: policyUrl, detail: policy.problems.join('; ') }, pev);
    return { status: 'invalid', record, policy, policyText: response.text, ...empty };
  }
  const mode = policy.mode ?? 'none';
  const p = { url: policyUrl, mode, maxAge: policy.maxAge ?? 0, patterns: policy.mx.join(', ') };
  add(CHECK, `mtasts.policy.${mode}`, mode === 'enforce' ? 'ok' : 'info', p, pev);
  if (mode !== 'none' && (policy.maxAge ?? 0) < SHORT_MAX_AGE) add(CHECK, 'mtasts.policy.max-age-short', 'warning', p, pev);
  if (mode === 'none') return { status: 'ok', record, policy, policyText: response.text, ...empty };

  // §4.1: every MX host a sender may use must match one of the policy's mx patterns.
  const mxl = await mxLookup;
  const mxFailure = lookupFailureFinding(mxl.mx, deps.lang, CHECK, { status: 'warning', subject: domain });
  if (mxFailure) findings.push(mxFailure);
  const mxHosts = mxl.hosts;
  const unmatched = mxHosts.filter((h) => !policy.mx.some((pat) => matchesMxPattern(h, pat)));
  const mxEv = [...pev, ...evidenceOf(mxl.mx)];
  if (mxHosts.length > 0 && unmatched.length === 0) add(CHECK, 'mtasts.mx.match', 'ok', { ...p, hosts: mxHosts.join(', ') }, mxEv);
  if (unmatched.length > 0)
    add(CHECK, 'mtasts.mx.mismatch', mode === 'enforce' ? 'error' : 'warning', { ...p, hosts: unmatched.join(', ') }, mxEv);
  return { status: 'ok', record, policy, policyText: response.text, mxHosts, unmatched };
}

async function tlsRptPart(domain: string, lookups: Lookups, deps: CheckDeps, add: Add, findings: Finding[]): Promise<TlsRptResult> {
  const CHECK = 'tls-rpt';
  const txt: LookupResult = await lookups.ask(`_smtp._tls.${domain}`, 'TXT');
  const ev = evidenceOf(txt);
  const failure = lookupFailureFinding(txt, deps.lang, CHECK, { status: 'warning', subject: domain });
  if (failure) {
    findings.push(failure);
    return { status: 'unknown' };
  }
  // RFC 8460 §3: records not starting with v=TLSRPTv1 are discarded; more than one means none.
  const records = txtTexts(txt).filter(isTlsRptRecord);
  if (records.length === 0) {
    add(CHECK, 'tlsrpt.none', 'info', {}, ev);
    return { status: 'none' };
  }
  if (records.length > 1) {
    add(CHECK, 'tlsrpt.multiple', 'error', { count: records.length, records: records.join(' | ') }, ev);
    return { status: 'multiple' };
  }
  const record = parseTlsRptRecord(records[0] ?? '');
  if (record.problems.length > 0) {
    add(CHECK, 'tlsrpt.invalid', 'error', { record: record.text, detail: record.problems.join('; ') }, ev);
    return { status: 'invalid', record };
  }
  add(CHECK, 'tlsrpt.ok', 'ok', { rua: record.rua.join(', ') }, ev);
  return { status: 'ok', record };
}
