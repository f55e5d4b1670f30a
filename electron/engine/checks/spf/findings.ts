/**
 * Findings that state the SPF result and, for none/permerror, the cause a DNS owner can fix. The
 * cause is looked up where it arose in the include/redirect tree, so the finding names the record
 * that has to change.
 */
import type { DnsEvidence, Finding, FindingStatus, WhoMustAct } from '../../model/finding.ts';
import { makeFinding, type Lang } from '../../i18n/index.ts';
import { LOOKUP_LIMIT, VOID_LIMIT, type SpfContext } from './context.ts';
import type { NodeDraft } from './check-host.ts';
import type { SpfProblem, SpfResult } from './types.ts';

const RESULT_STATUS: Record<SpfResult, [FindingStatus, WhoMustAct]> = {
  pass: ['ok', 'nobody'],
  fail: ['error', 'sender-it'],
  softfail: ['warning', 'sender-it'],
  neutral: ['warning', 'sender-it'],
  none: ['warning', 'sender-it'],
  permerror: ['error', 'sender-it'],
  temperror: ['warning', 'sender-it'],
};

function txtEvidence(ctx: SpfContext, domain: string): DnsEvidence[] {
  return [...(ctx.txtByDomain.get(domain.toLowerCase())?.evidence ?? [])];
}

/** The node where `problem` arose: follow the last child that carries the same problem. */
function origin(node: NodeDraft, problem: SpfProblem): NodeDraft {
  for (const t of node.terms) {
    if (t.child && t.child.problem === problem && t.child.result === node.result) return origin(t.child, problem);
  }
  return node;
}

export interface ResultFacts {
  readonly result: SpfResult;
  readonly ip: string;
  readonly domain: string;
  readonly matched?: string;
  readonly matchedDomain?: string;
  readonly reason?: string;
}

/** `spf.result.<result>` with the ip, domain and deciding mechanism. */
export function resultFinding(ctx: SpfContext, facts: ResultFacts, lang: Lang): Finding {
  const [status, whoMustAct] = RESULT_STATUS[facts.result];
  const evidence = txtEvidence(ctx, facts.domain);
  if (facts.matchedDomain && facts.matchedDomain.toLowerCase() !== facts.domain.toLowerCase()) {
    evidence.push(...txtEvidence(ctx, facts.matchedDomain));
  }
  if (facts.result === 'temperror') {
    evidence.push(...ctx.evidence.filter((e) => e.rcode !== 'NOERROR' && e.rcode !== 'NXDOMAIN'));
  }
  return makeFinding(lang, {
    id: `spf.result.${facts.result}`,
    check: 'spf',
    status,
    whoMustAct,
    params: {
      ip: facts.ip,
      domain: facts.domain,
      matched: facts.matched ?? '—', // — : no mechanism matched (the §4.7 default)
      reason: facts.reason ?? '',
    },
    evidence,
    subject: facts.domain,
  });
}

/** The finding that says what to fix for a none/permerror result, if there is one. */
export function causeFinding(ctx: SpfContext, root: NodeDraft, problem: SpfProblem | undefined, lang: Lang): Finding | undefined {
  if (!problem) return undefined;
  const at = origin(root, problem);
  const failing = at.terms.find((t) => t.status === 'error');
  const make = (id: string, status: FindingStatus, domain: string, params: Record<string, string | number>): Finding =>
    makeFinding(lang, {
      id,
      check: 'spf',
      status,
      whoMustAct: 'sender-it',
      params: { domain, ...params },
      evidence: txtEvidence(ctx, domain),
      subject: domain,
    });
  switch (problem) {
    case 'invalid-domain':
      return make('spf.domain.invalid', 'warning', at.domain, {});
    case 'no-record':
      return make('spf.record.missing', 'warning', at.domain, {});
    case 'multiple-records': {
      const txt = ctx.txtByDomain.get(at.domain.toLowerCase());
      const count = txt ? txt.records.filter((r) => r.data.type === 'TXT' && /^v=spf1( |$)/i.test(r.data.strings.join(''))).length : 2;
      return make('spf.record.multiple', 'error', at.domain, { count });
    }
    case 'syntax':
      return make('spf.syntax', 'error', at.domain, { detail: at.detail ?? '' });
    case 'include-none':
      return make('spf.include.no-record', 'error', at.domain, { target: failing?.target ?? '' });
    case 'redirect-none':
      return make('spf.redirect.no-record', 'error', at.domain, { target: failing?.target ?? '' });
    case 'lookup-limit':
      return make('spf.lookups.over-limit', 'error', root.domain, { limit: LOOKUP_LIMIT, detail: at.detail ?? '' });
    case 'void-limit':
      return make('spf.void.over-limit', 'error', root.domain, { limit: VOID_LIMIT, detail: ctx.voidNames.join(', ') });
    case 'mx-limit':
      return make('spf.mx.too-many', 'error', at.domain, { detail: at.detail ?? '' });
    case 'dns-error':
    case 'time-limit':
    case 'invalid-ip':
      return undefined; // the result finding says it all; nothing in the records to change
  }
}

/** `spf.lookups.near-limit` when 8–10 of the 10 DNS-querying terms were spent. */
export function lookupFinding(ctx: SpfContext, root: NodeDraft, lang: Lang): Finding | undefined {
  if (ctx.lookups < LOOKUP_LIMIT - 2 || ctx.lookups > LOOKUP_LIMIT) return undefined;
  return makeFinding(lang, {
    id: 'spf.lookups.near-limit',
    check: 'spf',
    status: 'warning',
    whoMustAct: 'sender-it',
    params: { domain: root.domain, lookups: ctx.lookups, limit: LOOKUP_LIMIT },
    evidence: txtEvidence(ctx, root.domain),
    subject: root.domain,
  });
}
