/**
 * The DKIM check (RFC 6376): the key records of the selectors the user gave or that a pasted
 * DKIM-Signature names — else a probe of common selectors — judged for type, size, flags,
 * revocation, syntax and CNAME delegation.
 */
import { lookupFailureFinding } from '../dns/failure.ts';
import type { LookupResult } from '../dns/types.ts';
import { makeFinding } from '../i18n/index.ts';
import type { Evidence, Finding, FindingStatus } from '../model/finding.ts';
import { parseDkimKey, type DkimKeyInfo } from './dkim/key.ts';
import { parseDkimSignatures, type DkimSignatureInfo } from './dkim/signature.ts';
import { createLookups, evidenceOf, isAbsent, txtTexts, type Lookups } from './support/lookups.ts';
import { domainOf, organizationalDomain } from './support/names.ts';
import { type CheckDeps, type CheckOutput, whoActs } from './support/types.ts';

export { parseDkimKey, type DkimKeyFormat, type DkimKeyInfo } from './dkim/key.ts';
export { parseDkimSignatures, type DkimSignatureInfo } from './dkim/signature.ts';

/**
 * Selectors probed when none is known: Microsoft 365 (selector1/2), Google Workspace (google),
 * cPanel and most MTAs' defaults (default, dkim, mail, key1…), Mailchimp/Mandrill (k1–k3,
 * mandrill), Amazon SES-style s1/s2, Zoho, Proton, Fastmail (fm1–fm3), Everlytic, MXroute.
 */
export const COMMON_SELECTORS: readonly string[] = [
  'selector1',
  'selector2',
  'google',
  'default',
  'dkim',
  'mail',
  'smtp',
  'mx',
  'k1',
  'k2',
  'k3',
  's1',
  's2',
  'key1',
  'key2',
  'sig1',
  'mandrill',
  'everlytic',
  'zoho',
  'protonmail',
  'protonmail2',
  'protonmail3',
  'fm1',
  'fm2',
  'fm3',
  'mxvault',
];

export interface DkimParams {
  readonly domain: string;
  /** Selectors to check; when given (or a signature is), no probe is made. */
  readonly selectors?: readonly string[];
  /** One or more pasted DKIM-Signature header fields. */
  readonly signatureHeader?: string;
}

/** Where a selector came from: the user, a pasted signature, or the probe of common selectors. */
export type DkimSelectorSource = 'given' | 'signature' | 'probe';

export interface DkimSelectorResult {
  readonly selector: string;
  /** The domain the key lives under (`d=` of a signature, else the checked domain). */
  readonly domain: string;
  /** `<selector>._domainkey.<domain>`. */
  readonly name: string;
  readonly source: DkimSelectorSource;
  /** `found` (a TXT record), `missing` (NXDOMAIN/NODATA), `failed` (lookup failed), `invalid` (not a valid selector). */
  readonly status: 'found' | 'missing' | 'failed' | 'invalid';
  /** CNAME chain when the selector is delegated (e.g. to the mail provider). */
  readonly cnames: string[];
  readonly keys: DkimKeyInfo[];
}

export interface DkimCheckResult extends CheckOutput {
  readonly domain: string;
  /** The selectors probed, when none was known (empty otherwise). */
  readonly probed: string[];
  readonly signatures: DkimSignatureInfo[];
  /** Selectors checked; for a probe, only those found or whose lookup failed. */
  readonly selectors: DkimSelectorResult[];
}

const CHECK = 'dkim';
const SELECTOR = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*$/u;

interface Target {
  readonly selector: string;
  readonly domain: string;
  readonly source: DkimSelectorSource;
}

export async function checkDkim(params: DkimParams, deps: CheckDeps): Promise<DkimCheckResult> {
  const lookups = createLookups(deps);
  const domain = domainOf(params.domain);
  const findings: Finding[] = [];
  const fact = (
    id: string,
    status: FindingStatus,
    p: Record<string, string | number>,
    evidence: readonly (LookupResult | undefined)[],
    subject: string,
    extra: readonly Evidence[] = [],
  ): void => {
    findings.push(
      makeFinding(deps.lang, {
        id,
        check: CHECK,
        status,
        whoMustAct: whoActs(status, 'sender-it'),
        params: { domain, ...p },
        evidence: [...extra, ...evidenceOf(...evidence)],
        subject,
      }),
    );
  };

  const signatures = params.signatureHeader?.trim() ? parseDkimSignatures(params.signatureHeader) : [];
  const targets: Target[] = [];
  const seen = new Set<string>();
  const addTarget = (t: Target): void => {
    const key = `${t.selector.toLowerCase()}@${t.domain}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(t);
  };
  for (const s of params.selectors ?? []) if (s.trim()) addTarget({ selector: s.trim(), domain, source: 'given' });
  for (const sig of signatures) {
    const header: Evidence[] = [{ kind: 'header', name: 'DKIM-Signature', value: sig.field }];
    const sp = { signingDomain: sig.domain, selector: sig.selector };
    if (sig.problems.length > 0) {
      fact('dkim.signature.unparsable', 'warning', { detail: sig.problems.join('; ') }, [], domain, header);
      continue;
    }
    if (sig.domain !== domain) {
      const sameOrg = organizationalDomain(sig.domain) === organizationalDomain(domain);
      // Relaxed DMARC alignment (RFC 7489 §3.1.1) accepts a d= in the same organizational domain.
      if (sameOrg) fact('dkim.signature.same-organization', 'info', sp, [], sig.domain, header);
      else fact('dkim.signature.other-domain', 'warning', sp, [], sig.domain, header);
    }
    if (sig.algorithm === 'rsa-sha1') fact('dkim.signature.sha1', 'warning', sp, [], sig.domain, header);
    addTarget({ selector: sig.selector, domain: sig.domain, source: 'signature' });
  }
  const probing = targets.length === 0 && signatures.length === 0;
  if (probing) for (const selector of COMMON_SELECTORS) addTarget({ selector, domain, source: 'probe' });

  const results = await Promise.all(targets.map((t) => checkSelector(t, lookups)));
  const selectors: DkimSelectorResult[] = [];
  for (const { target, result, lookup } of results) {
    if (probing && result.status === 'missing') continue;
    selectors.push(result);
    selectorFindings(target, result, lookup, deps, findings, fact);
  }
  if (probing) {
    const found = selectors.filter((s) => s.status === 'found').map((s) => s.selector);
    const allEvidence = results.map((r) => r.lookup);
    if (found.length > 0)
      fact(
        'dkim.probe.found',
        'info',
        { selectors: found.join(', '), count: COMMON_SELECTORS.length },
        results.filter((r) => r.result.status === 'found').map((r) => r.lookup),
        domain,
      );
    else if (!selectors.some((s) => s.status === 'failed'))
      fact('dkim.probe.none', 'warning', { selectors: COMMON_SELECTORS.join(', '), count: COMMON_SELECTORS.length }, allEvidence, domain);
  }
  return { domain, probed: probing ? [...COMMON_SELECTORS] : [], signatures, selectors, findings, evidence: lookups.evidence() };
}

async function checkSelector(
  target: Target,
  lookups: Lookups,
): Promise<{ target: Target; result: DkimSelectorResult; lookup?: LookupResult }> {
  const name = `${target.selector}._domainkey.${target.domain}`.toLowerCase();
  const base = { selector: target.selector, domain: target.domain, name, source: target.source };
  if (!SELECTOR.test(target.selector)) return { target, result: { ...base, status: 'invalid', cnames: [], keys: [] } };
  const lookup = await lookups.ask(name, 'TXT');
  const texts = txtTexts(lookup);
  const status = lookup.outcome === 'ok' && texts.length > 0 ? 'found' : isAbsent(lookup) ? 'missing' : 'failed';
  return { target, lookup, result: { ...base, status, cnames: [...lookup.cnames], keys: texts.map(parseDkimKey) } };
}

type Fact = (
  id: string,
  status: FindingStatus,
  p: Record<string, string | number>,
  evidence: readonly (LookupResult | undefined)[],
  subject: string,
) => void;

function selectorFindings(
  target: Target,
  r: DkimSelectorResult,
  lookup: LookupResult | undefined,
  deps: CheckDeps,
  findings: Finding[],
  fact: Fact,
): void {
  const known = target.source !== 'probe';
  const p = { selector: r.selector, name: r.name, signingDomain: r.domain };
  const ev = [lookup];
  switch (r.status) {
    case 'invalid':
      fact('dkim.selector.invalid', 'error', p, [], r.name);
      return;
    case 'failed': {
      const f = lookup ? lookupFailureFinding(lookup, deps.lang, CHECK, { status: known ? 'error' : 'warning' }) : undefined;
      if (f) findings.push(f);
      return;
    }
    case 'missing':
      fact('dkim.selector.missing', 'error', { ...p, outcome: lookup?.outcome === 'nxdomain' ? 'NXDOMAIN' : 'NODATA' }, ev, r.name);
      return;
    case 'found':
      break;
  }
  if (r.cnames.length > 0) fact('dkim.key.cname', 'info', { ...p, target: r.cnames.join(' → ') }, ev, r.name);
  if (r.keys.length > 1) fact('dkim.key.multiple', 'warning', { ...p, count: r.keys.length }, ev, r.name);
  for (const key of r.keys) {
    const kp = { ...p, keyType: key.keyType, bits: key.bits ?? 0 };
    if (key.syntax.length > 0) fact('dkim.key.syntax', 'error', { ...kp, detail: key.syntax.join('; ') }, ev, r.name);
    if (key.revoked) {
      fact('dkim.key.revoked', known ? 'error' : 'info', kp, ev, r.name);
      continue;
    }
    if (key.keyType !== 'rsa' && key.keyType !== 'ed25519') {
      fact('dkim.key.unknown-type', 'error', kp, ev, r.name);
      continue;
    }
    if (key.keyProblem !== undefined) {
      fact('dkim.key.invalid', 'error', { ...kp, detail: key.keyProblem }, ev, r.name);
      continue;
    }
    if (key.services && !key.services.includes('email') && !key.services.includes('*'))
      fact('dkim.key.service', 'error', { ...kp, services: key.services.join(':') }, ev, r.name);
    if (key.hashes && !key.hashes.includes('sha256'))
      fact('dkim.key.no-sha256', 'warning', { ...kp, hashes: key.hashes.join(':') }, ev, r.name);
    if (key.testing) fact('dkim.key.testing', 'warning', kp, ev, r.name);
    if (key.strict) fact('dkim.key.strict', 'info', kp, ev, r.name);
    if (key.format === 'pkcs1') fact('dkim.key.pkcs1', 'warning', kp, ev, r.name);
    if (key.keyType === 'ed25519') fact('dkim.key.ed25519', 'info', kp, ev, r.name);
    // RFC 8301 §3.2: signers MUST use RSA keys of at least 1024 bits and SHOULD use 2048.
    const bits = key.bits ?? 0;
    if (key.keyType === 'rsa' && bits < 1024) fact('dkim.key.too-short', 'error', kp, ev, r.name);
    else if (key.keyType === 'rsa' && bits < 2048) fact('dkim.key.short', 'warning', kp, ev, r.name);
    else fact('dkim.key.ok', 'ok', kp, ev, r.name);
  }
}
