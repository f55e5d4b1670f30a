/**
 * BIMI (draft-brand-indicators-for-message-identification): the `default._bimi` TXT record of the
 * domain (else of its organizational domain), its logo (`l=`, an HTTPS SVG) and mark certificate
 * (`a=`, an HTTPS VMC/CMC), and the DMARC enforcement BIMI requires (p=quarantine or reject at
 * pct=100). BIMI is optional branding: its findings are informational unless the record cannot work.
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import type { Finding } from '../model/finding.ts';
import { discoverDmarc, effectivePolicy } from './dmarc/discover.ts';
import type { DmarcPolicy } from './dmarc/record.ts';
import { findingAdder } from './support/adder.ts';
import { createLookups, txtTexts } from './support/lookups.ts';
import { domainOf, organizationalDomain } from './support/names.ts';
import { parseTagList } from './support/tags.ts';
import { actorFor, type CheckDeps, type CheckOutput, type DomainRole } from './support/types.ts';

export interface BimiParams {
  readonly domain: string;
  /** Whose domain (default `sender`): decides who must act. */
  readonly role?: DomainRole;
}

export interface BimiRecord {
  readonly text: string;
  /** Logo URL (`l=`); empty when declined. */
  readonly logo: string;
  /** Mark certificate URL (`a=`); empty when absent. */
  readonly authority: string;
  readonly problems: string[];
}

export interface BimiResult extends CheckOutput {
  readonly domain: string;
  /** `found`, `inherited` (from the organizational domain), `declined` (empty l= and a=), `none`, `invalid`, `unknown`. */
  readonly status: 'found' | 'inherited' | 'declined' | 'none' | 'invalid' | 'unknown';
  readonly name?: string;
  readonly record?: BimiRecord;
  /** The DMARC policy BIMI depends on, when known. */
  readonly dmarcPolicy?: DmarcPolicy;
}

const CHECK = 'bimi';

export function isBimiRecord(text: string): boolean {
  return /^v=BIMI1\s*(;|$)/u.test(text.trim());
}

export function parseBimiRecord(text: string): BimiRecord {
  const list = parseTagList(text);
  const problems = [...list.problems];
  const logo = list.values.get('l') ?? '';
  const authority = list.values.get('a') ?? '';
  const https = (url: string): boolean => {
    try {
      return new URL(url).protocol === 'https:';
    } catch {
      return false;
    }
  };
  if (logo !== '' && !https(logo)) problems.push(`l=${logo} is not an https: URL`);
  else if (logo !== '' && !/\.svg$/iu.test(new URL(logo).pathname)) problems.push(`l=${logo} is not an SVG file`);
  if (authority !== '' && !https(authority)) problems.push(`a=${authority} is not an https: URL`);
  if (!list.values.has('l') && authority === '') problems.push('no l= (logo) tag');
  return { text, logo, authority, problems };
}

export async function checkBimi(params: BimiParams, deps: CheckDeps): Promise<BimiResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const who = actorFor(params.role);
  const findings: Finding[] = [];
  const add = findingAdder(findings, deps, CHECK, domain, who);
  const failed = (r: LookupResult): boolean => {
    const f = lookupFailureFinding(r, deps.lang, CHECK, { status: 'warning', subject: domain });
    if (f) findings.push(f);
    return f !== undefined;
  };
  const done = (rest: Omit<BimiResult, 'domain' | 'findings' | 'evidence'>): BimiResult => ({
    domain,
    ...rest,
    findings,
    evidence: lookups.evidence(),
  });

  // The record of the domain, else of its organizational domain (the draft's discovery, like DMARC's).
  const [own, dmarc] = await Promise.all([lookups.ask(`default._bimi.${domain}`, 'TXT'), discoverDmarc(domain, lookups)]);
  if (failed(own)) return done({ status: 'unknown' });
  let lookup = own;
  let records = txtTexts(own).filter(isBimiRecord);
  const org = organizationalDomain(domain);
  let inherited = false;
  if (records.length === 0 && org !== domain) {
    lookup = await lookups.ask(`default._bimi.${org}`, 'TXT');
    if (failed(lookup)) return done({ status: 'unknown' });
    records = txtTexts(lookup).filter(isBimiRecord);
    inherited = records.length > 0;
  }
  const name = lookup.name;
  const ev = inherited ? [own, lookup] : [lookup];
  if (records.length === 0) {
    add('bimi.none', 'info', {}, org !== domain ? [own, lookup] : [own]);
    return done({ status: 'none' });
  }
  if (records.length > 1) {
    add('bimi.multiple', 'warning', { name, count: records.length, records: records.join(' | ') }, ev);
    return done({ status: 'invalid', name });
  }
  const record = parseBimiRecord(records[0] ?? '');
  if (record.logo === '' && record.authority === '' && record.problems.length === 0) {
    add('bimi.declined', 'info', { name }, ev);
    return done({ status: 'declined', name, record });
  }
  if (record.problems.length > 0) {
    add('bimi.invalid', 'warning', { name, record: record.text, detail: record.problems.join('; ') }, ev);
    return done({ status: 'invalid', name, record });
  }
  const p = { name, logo: record.logo, authority: record.authority || '-', orgDomain: org };
  add(inherited ? 'bimi.inherited' : 'bimi.found', 'info', p, ev);
  if (record.authority === '') add('bimi.no-vmc', 'info', p, ev);

  // BIMI requires DMARC at enforcement: p=quarantine (pct=100) or p=reject.
  const dmarcFailed = dmarc.status === 'failed' ? dmarc.lookups.at(-1) : undefined;
  if (dmarcFailed) failed(dmarcFailed);
  const policy = effectivePolicy(dmarc);
  const pct = dmarc.record?.pct ?? 100;
  if (!dmarcFailed && (policy === undefined || policy === 'none' || pct < 100)) {
    add('bimi.dmarc-not-enforced', 'warning', { name, policy: policy ?? '-', pct }, [...ev, ...dmarc.lookups]);
  }
  return done({ status: inherited ? 'inherited' : 'found', name, record, ...(policy ? { dmarcPolicy: policy } : {}) });
}
