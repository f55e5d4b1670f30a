/** The `add` every DNS check uses: a finding about the checked domain, with its DNS evidence. */
import type { LookupResult } from '../../dns/types.ts';
import { makeFinding } from '../../i18n/index.ts';
import type { Finding, FindingStatus, WhoMustAct } from '../../model/finding.ts';
import { evidenceOf } from './lookups.ts';
import { whoActs, type CheckDeps } from './types.ts';

export type AddFinding = (
  id: string,
  status: FindingStatus,
  params: Record<string, string | number>,
  evidence: readonly (LookupResult | undefined)[],
  subject?: string,
) => void;

/** Appends to `findings`; the domain is always a param, and the subject unless one is given. */
export function findingAdder(findings: Finding[], deps: CheckDeps, check: string, domain: string, who: WhoMustAct): AddFinding {
  return (id, status, params, evidence, subject = domain) => {
    findings.push(
      makeFinding(deps.lang, {
        id,
        check,
        status,
        whoMustAct: whoActs(status, who),
        params: { domain, ...params },
        evidence: evidenceOf(...evidence),
        subject,
      }),
    );
  };
}
