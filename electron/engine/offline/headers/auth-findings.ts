/**
 * Findings from the receiver's authentication verdicts. Only the final receiver's word counts: the
 * topmost trusted Authentication-Results field and the others with its authserv-id (results a
 * forwarder or list recorded further down describe an earlier leg), then the topmost Received-SPF when
 * those hold no SPF result. ARC-Authentication-Results are history and do not raise findings.
 */
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { Finding } from '../../model/finding.ts';
import { ipHintOf } from './authres.ts';
import { CHECK, evidence, unknownWord, type FindingContext } from './finding-context.ts';
import { orgOf } from './origin.ts';
import type { AuthResult } from './types.ts';

function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.replace(/^<|>$/g, '').trim();
  const at = v.lastIndexOf('@');
  const d = (at >= 0 ? v.slice(at + 1) : v).toLowerCase();
  return d.length > 0 ? d : undefined;
}

/**
 * The receiver's own results, newest receiver only. When the hop where mail entered the recipient's
 * systems is known, results tied to an older hop are left out: the sender's own filter (a Postfix with
 * OpenDMARC at submission, Microsoft 365's outbound `dmarc=none`) or a list's MX wrote them.
 */
export function receiverResults(auth: readonly AuthResult[], edgeHop?: number): AuthResult[] {
  const current = (r: AuthResult): boolean => edgeHop === undefined || r.hopIndex === undefined || r.hopIndex >= edgeHop;
  const ar = auth.filter(
    (r) => r.trusted && current(r) && r.header.toLowerCase() !== 'received-spf' && r.header.toLowerCase() !== 'arc-authentication-results',
  );
  const top = [...ar].sort((a, b) => a.fieldIndex - b.fieldIndex)[0];
  const primary = top
    ? ar.filter((r) =>
        top.authservId !== undefined ? r.authservId === top.authservId : r.authservId === undefined && r.header === top.header,
      )
    : [];
  if (!primary.some((r) => r.method === 'spf')) {
    const spf = auth.filter((r) => r.header.toLowerCase() === 'received-spf' && current(r)).sort((a, b) => a.fieldIndex - b.fieldIndex)[0];
    if (spf) primary.push(spf);
  }
  return primary;
}

const NAMES: Readonly<Record<string, string>> = {
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  arc: 'ARC',
  compauth: 'compauth',
  iprev: 'iprev',
};

export function authFindings(ctx: FindingContext, lang: Lang): Finding[] {
  const results = receiverResults(ctx.auth, ctx.sending?.hopIndex);
  if (results.length === 0) {
    return ctx.hops.length > 0
      ? [makeFinding(lang, { id: 'headers.auth.missing', check: CHECK, status: 'info', whoMustAct: 'nobody' })]
      : [];
  }
  const unknown = unknownWord(lang);
  const out: Finding[] = [];
  const passed: AuthResult[] = [];
  const authservOf = (r: AuthResult): string => {
    if (r.authservId) return r.authservId;
    const host = r.hopIndex !== undefined ? ctx.hops[r.hopIndex]?.by?.host : undefined;
    // Microsoft 365 writes Authentication-Results without an authserv-id.
    if (orgOf(host) === 'microsoft') return 'Microsoft 365';
    return host ?? unknown;
  };
  const add = (id: string, status: Finding['status'], r: AuthResult, params: Record<string, string>): void => {
    out.push(
      makeFinding(lang, {
        id,
        check: CHECK,
        status,
        whoMustAct: 'sender-it',
        params: { authserv: authservOf(r), result: r.result, ...params },
        evidence: evidence(ctx, r.fieldIndex),
        ...(params['domain'] && params['domain'] !== unknown ? { subject: params['domain'] } : {}),
      }),
    );
  };

  const spf = results.find((r) => r.method === 'spf');
  if (spf) {
    const domain =
      domainOf(spf.properties['smtp.mailfrom'] ?? spf.properties['envelope-from'] ?? spf.properties['smtp.helo'] ?? ctx.returnPath) ??
      unknown;
    const ip = ipHintOf(spf) ?? ctx.sending?.ip ?? unknown;
    const p = { domain, ip };
    if (spf.result === 'pass') passed.push(spf);
    else if (spf.result === 'fail' || spf.result === 'hardfail') add('headers.auth.spf.fail', 'error', spf, p);
    else if (spf.result === 'softfail') add('headers.auth.spf.softfail', 'warning', spf, p);
    else if (spf.result === 'neutral') add('headers.auth.spf.neutral', 'warning', spf, p);
    else if (spf.result === 'none') add('headers.auth.spf.none', 'warning', spf, p);
    else if (spf.result === 'temperror' || spf.result === 'permerror')
      add('headers.auth.spf.error', spf.result === 'permerror' ? 'error' : 'warning', spf, p);
  }

  const dkim = results.filter((r) => r.method === 'dkim');
  if (dkim.length > 0) {
    const pass = dkim.find((r) => r.result === 'pass');
    const domainFor = (r: AuthResult): string => domainOf(r.properties['header.d'] ?? r.properties['header.i']) ?? unknown;
    const failed = dkim.find((r) => r.result === 'fail' || r.result === 'neutral' || r.result === 'policy');
    const errored = dkim.find((r) => r.result === 'temperror' || r.result === 'permerror');
    if (pass) passed.push(pass);
    else if (failed)
      add('headers.auth.dkim.fail', 'error', failed, {
        domain: domainFor(failed),
        reason: failed.reason ?? failed.comment ?? failed.result,
      });
    else if (errored) add('headers.auth.dkim.error', 'warning', errored, { domain: domainFor(errored) });
    else if (dkim.some((r) => r.result === 'none')) {
      const none = dkim.find((r) => r.result === 'none') as AuthResult;
      add('headers.auth.dkim.none', 'warning', none, { domain: domainFor(none) });
    }
  }

  const dmarc = results.find((r) => r.method === 'dmarc');
  if (dmarc) {
    const domain = domainOf(dmarc.properties['header.from']) ?? unknown;
    const policy =
      dmarc.properties['policy.published-domain-policy'] ??
      /\bp=([a-z]+)/i.exec(dmarc.comment ?? '')?.[1]?.toLowerCase() ??
      dmarc.properties['action'] ??
      unknown;
    if (dmarc.result === 'pass') passed.push(dmarc);
    else if (dmarc.result === 'fail') add('headers.auth.dmarc.fail', 'error', dmarc, { domain, policy });
    else if (dmarc.result === 'none' || dmarc.result === 'bestguesspass') add('headers.auth.dmarc.none', 'warning', dmarc, { domain });
  }

  const compauth = results.find((r) => r.method === 'compauth');
  if (compauth?.result === 'fail')
    add('headers.auth.compauth.fail', 'error', compauth, { reason: compauth.reason ?? compauth.properties['reason'] ?? unknown });

  const arc = results.find((r) => r.method === 'arc');
  if (arc?.result === 'fail') {
    out.push(
      makeFinding(lang, {
        id: 'headers.auth.arc.fail',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: { authserv: authservOf(arc) },
        evidence: evidence(ctx, arc.fieldIndex),
      }),
    );
  }

  if (passed.length > 0) {
    const first = passed[0] as AuthResult;
    out.unshift(
      makeFinding(lang, {
        id: 'headers.auth.pass',
        check: CHECK,
        status: 'ok',
        whoMustAct: 'nobody',
        params: { authserv: authservOf(first), methods: passed.map((r) => NAMES[r.method] ?? r.method).join(', ') },
        evidence: evidence(ctx, ...passed.map((r) => r.fieldIndex)),
      }),
    );
  }
  return out;
}
