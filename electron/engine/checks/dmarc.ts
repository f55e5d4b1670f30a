/**
 * The DMARC check (RFC 7489): policy discovery with the organizational-domain fallback, the
 * record's syntax and values, the reporting URIs and their authorisation (§7.1), and — when a From
 * domain, MAIL FROM and DKIM d= are known — which identifiers align (§3.1).
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import { makeFinding } from '../i18n/index.ts';
import type { Finding, FindingStatus } from '../model/finding.ts';
import { alignment, type AlignmentResult } from './dmarc/alignment.ts';
import { discoverDmarc, effectivePolicy, type DmarcDiscovery, type DmarcDiscoveryStatus } from './dmarc/discover.ts';
import { isDmarcRecord, type DmarcPolicy, type DmarcRecord, type DmarcUri } from './dmarc/record.ts';
import { createLookups, evidenceOf, txtTexts, type Lookups } from './support/lookups.ts';
import { domainOf, organizationalDomain } from './support/names.ts';
import { type CheckDeps, type CheckOutput, whoActs } from './support/types.ts';

export {
  parseDmarcRecord,
  parseDmarcUri,
  isDmarcRecord,
  type DmarcRecord,
  type DmarcUri,
  type DmarcPolicy,
  type DmarcAlignmentMode,
  type DmarcTagProblem,
} from './dmarc/record.ts';
export { discoverDmarc, effectivePolicy, type DmarcDiscovery, type DmarcDiscoveryStatus } from './dmarc/discover.ts';
export { alignment, isAligned, type AlignmentResult } from './dmarc/alignment.ts';

export interface DmarcParams {
  /** The domain whose DMARC policy is checked (normally the From domain). */
  readonly domain: string;
  /** RFC5322.From address or domain; defaults to `domain`. */
  readonly from?: string;
  /** MAIL FROM (envelope sender) address or domain, for SPF alignment. */
  readonly mailFrom?: string;
  /** d= domains of the message's DKIM signatures, for DKIM alignment. */
  readonly dkimDomains?: readonly string[];
}

/** A reporting destination outside the policy domain's organization, and whether it accepts reports. */
export interface DmarcReportAuthorization {
  readonly host: string;
  /** `<policy domain>._report._dmarc.<host>`. */
  readonly name: string;
  readonly status: 'authorized' | 'unauthorized' | 'unknown';
}

export interface DmarcCheckResult extends CheckOutput {
  readonly domain: string;
  readonly orgDomain: string;
  readonly status: DmarcDiscoveryStatus;
  /** The name the applying record was found at. */
  readonly recordName?: string;
  readonly record?: DmarcRecord;
  /** The policy receivers apply to mail from `domain` (undefined: no DMARC processing). */
  readonly policy?: DmarcPolicy;
  readonly reports: DmarcReportAuthorization[];
  readonly alignment?: { readonly fromDomain: string; readonly spf?: AlignmentResult; readonly dkim: AlignmentResult[] };
}

const CHECK = 'dmarc';
const STRENGTH: Record<DmarcPolicy, number> = { none: 0, quarantine: 1, reject: 2 };
type Params = Record<string, string | number>;

export async function checkDmarc(params: DmarcParams, deps: CheckDeps): Promise<DmarcCheckResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const findings: Finding[] = [];
  const add = (id: string, status: FindingStatus, p: Params, evidence: readonly (LookupResult | undefined)[], subject = domain): void => {
    findings.push(
      makeFinding(deps.lang, {
        id,
        check: CHECK,
        status,
        whoMustAct: whoActs(status, 'sender-it'),
        params: { domain, ...p },
        evidence: evidenceOf(...evidence),
        subject,
      }),
    );
  };

  const d = await discoverDmarc(domain, lookups);
  const ev = d.lookups;
  for (const ign of d.ignored) add('dmarc.record.ignored', 'error', { name: ign.name, record: ign.text }, ev);
  switch (d.status) {
    case 'failed': {
      const failed = d.lookups.at(-1);
      const f = failed ? lookupFailureFinding(failed, deps.lang, CHECK, { status: 'error' }) : undefined;
      if (f) findings.push(f);
      break;
    }
    case 'missing':
      add('dmarc.record.missing', 'warning', { orgDomain: d.orgDomain }, ev);
      break;
    case 'multiple':
      add('dmarc.record.multiple', 'error', { name: d.name ?? '', count: d.candidates.length, records: d.candidates.join(' | ') }, ev);
      break;
    case 'found':
    case 'inherited':
      recordFindings(d, add);
      break;
  }
  const policy = effectivePolicy(d);
  const reports =
    d.record && d.policyDomain
      ? await authorizeReports(d.policyDomain, [...d.record.rua, ...d.record.ruf], lookups, deps, findings, add)
      : [];
  const aligned = alignmentFindings(params, domain, d, add);
  return {
    domain,
    orgDomain: d.orgDomain,
    status: d.status,
    ...(d.name !== undefined && d.record ? { recordName: d.name } : {}),
    ...(d.record ? { record: d.record } : {}),
    ...(policy ? { policy } : {}),
    reports,
    ...(aligned ? { alignment: aligned } : {}),
    findings,
    evidence: lookups.evidence(),
  };
}

type Add = (id: string, status: FindingStatus, p: Params, evidence: readonly (LookupResult | undefined)[], subject?: string) => void;

function recordFindings(d: DmarcDiscovery, add: Add): void {
  const r = d.record;
  if (!r) return;
  const ev = d.lookups;
  const name = d.name ?? '';
  const policy = effectivePolicy(d);
  if (r.syntax.length > 0) add('dmarc.syntax', 'error', { name, detail: r.syntax.join('; ') }, ev);
  for (const bad of r.invalid)
    add(
      'dmarc.tag.invalid',
      bad.tag === 'p' || bad.tag === 'sp' ? 'error' : 'warning',
      { name, tag: bad.tag, value: bad.value, expected: bad.expected },
      ev,
    );
  for (const tag of r.unknownTags) add('dmarc.tag.unknown', 'info', { name, tag }, ev);

  if (policy === undefined) add('dmarc.policy.missing', 'error', { name }, ev);
  else if (!r.p || r.invalid.some((i) => i.tag === 'sp')) add('dmarc.policy.missing-none', 'warning', { name }, ev);
  else {
    const inherited = d.status === 'inherited';
    add(
      inherited ? 'dmarc.record.inherited' : 'dmarc.record.found',
      inherited ? 'info' : 'ok',
      { name, policy, pct: r.pct, orgDomain: d.orgDomain },
      ev,
    );
    if (policy === 'none') add('dmarc.policy.none', 'warning', { name }, ev);
    if (r.pct < 100 && policy !== 'none') add('dmarc.policy.pct', 'warning', { name, pct: r.pct, policy }, ev);
    if (!inherited && r.sp && r.p && STRENGTH[r.sp] < STRENGTH[r.p])
      add('dmarc.policy.subdomain-weaker', 'info', { name, policy: r.p, subdomainPolicy: r.sp }, ev);
  }
  if (r.rua.length === 0) add('dmarc.rua.missing', 'info', { name }, ev);
  for (const [tag, list] of [
    ['rua', r.rua],
    ['ruf', r.ruf],
  ] as const) {
    for (const u of list) {
      if (u.problem !== undefined) add('dmarc.uri.invalid', 'error', { name, tag, uri: u.text, detail: u.problem }, ev);
      else if (u.scheme !== 'mailto') add('dmarc.uri.not-mailto', 'warning', { name, tag, uri: u.text }, ev);
    }
  }
}

/** §7.1: a destination outside the policy domain's organization must publish `<policy domain>._report._dmarc.<host>`. */
async function authorizeReports(
  policyDomain: string,
  uris: readonly DmarcUri[],
  lookups: Lookups,
  deps: CheckDeps,
  findings: Finding[],
  add: Add,
): Promise<DmarcReportAuthorization[]> {
  const org = organizationalDomain(policyDomain);
  const hosts = [...new Set(uris.filter((u) => u.problem === undefined && u.host).map((u) => u.host as string))].filter(
    (h) => organizationalDomain(h) !== org,
  );
  return Promise.all(
    hosts.map(async (host): Promise<DmarcReportAuthorization> => {
      const name = `${policyDomain}._report._dmarc.${host}`;
      const result = await lookups.ask(name, 'TXT');
      const failure = lookupFailureFinding(result, deps.lang, CHECK, { status: 'warning' });
      if (failure) {
        findings.push(failure);
        return { host, name, status: 'unknown' };
      }
      const ok = txtTexts(result).some(isDmarcRecord);
      add(
        ok ? 'dmarc.report.authorized' : 'dmarc.report.unauthorized',
        ok ? 'ok' : 'warning',
        { destination: host, name, policyDomain },
        [result],
        host,
      );
      return { host, name, status: ok ? 'authorized' : 'unauthorized' };
    }),
  );
}

function alignmentFindings(params: DmarcParams, domain: string, d: DmarcDiscovery, add: Add): DmarcCheckResult['alignment'] {
  const dkimDomains = (params.dkimDomains ?? []).map(domainOf).filter(Boolean);
  const mailFrom = params.mailFrom?.trim() ? domainOf(params.mailFrom) : undefined;
  if (params.from === undefined && mailFrom === undefined && dkimDomains.length === 0) return undefined;
  const fromDomain = params.from?.trim() ? domainOf(params.from) : domain;
  const r = d.record;
  const spf = mailFrom !== undefined ? alignment(fromDomain, mailFrom, r?.aspf ?? 'r') : undefined;
  const dkim = dkimDomains.map((x) => alignment(fromDomain, x, r?.adkim ?? 'r'));
  const ev = d.lookups;
  const p = (a: AlignmentResult): Params => ({ fromDomain, other: a.domain, mode: a.mode });
  // Strict mode failing where relaxed would pass gets its own text: the fix is adkim/aspf, not the mail flow.
  const id = (kind: 'spf' | 'dkim', a: AlignmentResult): string =>
    `dmarc.alignment.${kind}-${a.aligned ? 'aligned' : a.relaxedWouldAlign ? 'strict-only' : 'unaligned'}`;
  if (spf) add(id('spf', spf), spf.aligned ? 'ok' : 'warning', p(spf), ev, fromDomain);
  for (const a of dkim) add(id('dkim', a), a.aligned ? 'ok' : 'warning', p(a), ev, fromDomain);
  if (!spf?.aligned && !dkim.some((a) => a.aligned) && (spf !== undefined || dkim.length > 0))
    add('dmarc.alignment.none', 'error', { fromDomain }, ev, fromDomain);
  return { fromDomain, ...(spf ? { spf } : {}), dkim };
}
