/**
 * check_host() (RFC 7208 §4): record lookup and selection (§4.4, §4.5), evaluation of the terms in
 * order (§4.6, §4.7), include: (§5.2), redirect= (§6.1) and exp= (§6.2), writing the trace as it goes.
 */
import type { LookupResult } from '../../dns/types.ts';
import { isQueryableName, isValidSpfDomain, truncateExpanded } from './domain.ts';
import { expandMacros, parseMacroString } from './macro.ts';
import { isDnsFailure, isVoid, LOOKUP_LIMIT, SpfError, type SpfContext } from './context.ts';
import { evalMechanism, expandTarget } from './mechanisms.ts';
import { isSpfRecord, parseRecord, parseTerm, type Mechanism, type Modifier, type ParsedRecord, type Term } from './record.ts';
import { reverseName } from './ip.ts';
import type { SpfProblem, SpfQualifier, SpfResult, SpfTermStatus, SpfTraceNode } from './types.ts';

/** A trace node while it is being written. */
export interface NodeDraft {
  domain: string;
  via: SpfTraceNode['via'];
  record?: string;
  result: SpfResult;
  lookups: number;
  voidLookups: number;
  terms: TermDraft[];
  problem?: SpfProblem;
  detail?: string;
}

export interface TermDraft {
  term: string;
  type: 'mechanism' | 'modifier';
  name: string;
  qualifier?: SpfQualifier;
  target?: string;
  status: SpfTermStatus;
  result?: SpfResult;
  lookups: number;
  voidLookups: number;
  detail?: string;
  child?: NodeDraft;
}

/** Which term decided the result, and the record (reached through redirects only) whose exp= applies. */
export interface Decision {
  /** The domain of the record holding the deciding term at this level. */
  readonly domain: string;
  readonly exp?: Modifier;
  /** The exp= term's trace entry, marked `used` when the explanation is computed. */
  readonly expDraft?: TermDraft;
  /** The terms from this level down to the mechanism that matched (include:/redirect= steps first). */
  readonly chain: readonly string[];
  /** The domain whose record held the innermost matching mechanism. */
  readonly innermostDomain: string;
}

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

export function newNode(domain: string, via: SpfTraceNode['via']): NodeDraft {
  return { domain, via, result: 'none', lookups: 0, voidLookups: 0, terms: [] };
}

function draftFor(term: Term): TermDraft {
  const base = { term: term.text, type: term.kind, name: term.name, lookups: 0, voidLookups: 0 };
  if (term.kind === 'mechanism') return { ...base, qualifier: term.qualifier, status: 'skipped' };
  const known = term.name === 'redirect' || term.name === 'exp';
  return { ...base, status: known ? 'skipped' : 'ignored', ...(known ? {} : { detail: 'unknown modifier, ignored (§6)' }) };
}

/** The terms of a record that does not parse, each marked parsed (`skipped`) or wrong (`error`), for the trace. */
function syntaxDrafts(record: string): TermDraft[] {
  return record
    .slice(6)
    .split(' ')
    .filter((w) => w !== '')
    .map((word) => {
      const term = parseTerm(word);
      if (!('error' in term)) return draftFor(term);
      return {
        term: word,
        type: 'mechanism',
        name: '',
        status: 'error',
        result: 'permerror',
        lookups: 0,
        voidLookups: 0,
        detail: term.error,
      };
    });
}

/** Fetches and selects the v=spf1 record of `domain` (§4.4, §4.5); undefined = none. */
async function fetchRecord(ctx: SpfContext, node: NodeDraft): Promise<string | undefined> {
  const r: LookupResult = await ctx.lookup(node.domain, 'TXT');
  if (isDnsFailure(r)) throw new SpfError('temperror', 'dns-error', `TXT ${node.domain}: ${r.outcome}${r.detail ? ` (${r.detail})` : ''}`);
  // The TXT query of include:/redirect= is that term's own DNS query, so an empty answer is a void lookup.
  if (node.via !== 'check' && isVoid(r)) ctx.countVoid(node.domain, 'TXT');
  const texts = r.records.flatMap((rec) => (rec.data.type === 'TXT' ? [rec.data.strings.join('')] : []));
  const spf = texts.filter(isSpfRecord);
  ctx.txtByDomain.set(node.domain.toLowerCase(), r);
  if (spf.length > 1) {
    throw new SpfError('permerror', 'multiple-records', `${node.domain} has ${spf.length} v=spf1 records`);
  }
  if (spf.length === 0) {
    node.problem = 'no-record';
    node.detail = r.outcome === 'nxdomain' ? `${node.domain} does not exist` : `no v=spf1 record among ${texts.length} TXT record(s)`;
  }
  return spf[0];
}

/**
 * Starts the lookups of the record's first 10 DNS-querying terms whose targets need no macro
 * expansion, so that siblings (e.g. several include:) resolve in parallel while the evaluation
 * still walks them in order.
 */
function prefetchTerms(ctx: SpfContext, record: ParsedRecord, domain: string): void {
  let counted = 0;
  for (const t of record.terms) {
    if (counted >= LOOKUP_LIMIT) return;
    if (t.kind === 'modifier' && t.name !== 'redirect') continue;
    if (t.kind === 'mechanism' && !['include', 'a', 'mx', 'ptr', 'exists'].includes(t.name)) continue;
    counted++;
    const tokens = t.domainSpec;
    if (tokens && !tokens.every((k) => k.kind === 'literal')) continue;
    const target = tokens ? truncateExpanded(tokens.map((k) => (k.kind === 'literal' ? k.text : '')).join('')) : domain;
    if (t.kind === 'modifier' || t.name === 'include') ctx.prefetch(target, 'TXT');
    else if (t.name === 'a') ctx.prefetch(target, ctx.addressType());
    else if (t.name === 'mx') ctx.prefetch(target, 'MX');
    else if (t.name === 'exists') ctx.prefetch(target, 'A');
    else ctx.prefetch(reverseName(ctx.input.ip), 'PTR');
  }
}

/** include: (§5.2): pass matches; fail, softfail, neutral do not; none is a permerror; errors propagate. */
async function evalInclude(ctx: SpfContext, m: Mechanism, domain: string, draft: TermDraft): Promise<Decision | false> {
  ctx.countTerm(m.text);
  const target = await expandTarget(ctx, m.domainSpec, domain);
  draft.target = target;
  const child = newNode(target, 'include');
  draft.child = child;
  const inner = await checkHost(ctx, child);
  draft.result = child.result;
  if (child.result === 'none') {
    throw new SpfError('permerror', 'include-none', `include:${target} has no SPF record`);
  }
  draft.detail = `the included record returned ${child.result}`;
  if (child.result !== 'pass') return false;
  return { domain, chain: inner ? inner.chain : [], innermostDomain: inner ? inner.innermostDomain : target };
}

/** redirect= (§6.1), used only when no mechanism matched. */
async function evalRedirect(ctx: SpfContext, mod: Modifier, node: NodeDraft, draft: TermDraft): Promise<Decision | undefined> {
  ctx.countTerm(mod.text);
  const target = await expandTarget(ctx, mod.domainSpec, node.domain);
  draft.target = target;
  const child = newNode(target, 'redirect');
  draft.child = child;
  const inner = await checkHost(ctx, child);
  // §6.1: a target without an SPF record (or a malformed one) is a permerror, not none.
  if (child.result === 'none') throw new SpfError('permerror', 'redirect-none', `redirect=${target} has no SPF record`);
  draft.status = 'used';
  draft.result = child.result;
  node.result = child.result;
  return inner ? { ...inner, chain: [mod.text, ...inner.chain] } : undefined;
}

async function evaluateTerms(ctx: SpfContext, node: NodeDraft): Promise<Decision | undefined> {
  if (!isValidSpfDomain(node.domain)) {
    // §4.3: a malformed domain yields none without a DNS query.
    node.problem = 'invalid-domain';
    node.detail = `"${node.domain}" is not a valid multi-label domain name`;
    return undefined;
  }
  const record = await fetchRecord(ctx, node);
  if (record === undefined) return undefined;
  node.record = record;
  const parsed = parseRecord(record);
  if (!parsed.ok) {
    node.terms = syntaxDrafts(record);
    throw new SpfError('permerror', 'syntax', parsed.term ? `"${parsed.term}": ${parsed.error}` : parsed.error);
  }
  const drafts = parsed.record.terms.map(draftFor);
  node.terms = drafts;
  prefetchTerms(ctx, parsed.record, node.domain);
  for (const [i, term] of parsed.record.terms.entries()) {
    const draft = drafts[i];
    if (term.kind !== 'mechanism' || !draft) continue;
    const lookups = ctx.lookups;
    const voids = ctx.voidLookups;
    try {
      let decision: Decision | false;
      if (term.name === 'include') {
        decision = await evalInclude(ctx, term, node.domain, draft);
      } else {
        const outcome = await evalMechanism(ctx, term, node.domain);
        if (outcome.target !== undefined) draft.target = outcome.target;
        draft.detail = outcome.detail;
        decision = outcome.matched ? { domain: node.domain, chain: [], innermostDomain: node.domain } : false;
      }
      draft.status = decision ? 'match' : 'no-match';
      if (decision) {
        draft.result = QUALIFIER_RESULT[term.qualifier];
        node.result = draft.result;
        const exp = parsed.record.exp;
        const expDraft = drafts[parsed.record.terms.findIndex((t) => t === exp)];
        return { domain: node.domain, exp, expDraft, chain: [term.text, ...decision.chain], innermostDomain: decision.innermostDomain };
      }
    } catch (e) {
      draft.status = 'error';
      if (e instanceof SpfError) {
        draft.result = e.result;
        draft.detail = e.message;
      }
      throw e;
    } finally {
      draft.lookups = ctx.lookups - lookups;
      draft.voidLookups = ctx.voidLookups - voids;
    }
  }
  const redirect = parsed.record.redirect;
  const rDraft = drafts[parsed.record.terms.findIndex((t) => t === redirect)];
  if (redirect && rDraft) {
    const lookups = ctx.lookups;
    const voids = ctx.voidLookups;
    try {
      return await evalRedirect(ctx, redirect, node, rDraft);
    } catch (e) {
      rDraft.status = 'error';
      if (e instanceof SpfError) rDraft.result = e.result;
      throw e;
    } finally {
      rDraft.lookups = ctx.lookups - lookups;
      rDraft.voidLookups = ctx.voidLookups - voids;
    }
  }
  node.result = 'neutral'; // §4.7: no match and no redirect
  return undefined;
}

/**
 * check_host() for `node.domain`. Fills `node` (even when it throws, so the trace shows where a
 * permerror or temperror arose) and returns which term decided, if one matched.
 */
export async function checkHost(ctx: SpfContext, node: NodeDraft): Promise<Decision | undefined> {
  const lookups = ctx.lookups;
  const voids = ctx.voidLookups;
  try {
    return await evaluateTerms(ctx, node);
  } catch (e) {
    if (e instanceof SpfError) {
      node.result = e.result;
      node.problem ??= e.problem;
      node.detail ??= e.message;
    }
    throw e;
  } finally {
    node.lookups = ctx.lookups - lookups;
    node.voidLookups = ctx.voidLookups - voids;
  }
}

/**
 * §6.2: the explanation for a fail. Any problem on the way (macro, DNS, not exactly one TXT record,
 * a syntax error or non-ASCII text) means "no explanation"; the lookup counts against no limit.
 */
export async function explain(ctx: SpfContext, exp: Modifier, domain: string): Promise<string | undefined> {
  try {
    const target = await expandTarget(ctx, exp.domainSpec, domain);
    if (!isQueryableName(target)) return undefined;
    const r = await ctx.lookup(target, 'TXT');
    const txt = r.records.flatMap((rec) => (rec.data.type === 'TXT' ? [rec.data.strings.join('')] : []));
    if (r.outcome !== 'ok' || txt.length !== 1) return undefined;
    const parsed = parseMacroString(txt[0] ?? '', { explain: true });
    if ('error' in parsed) return undefined;
    const i = ctx.input;
    return await expandMacros(parsed.tokens, {
      sender: i.sender,
      local: i.local,
      senderDomain: i.senderDomain,
      domain,
      ip: i.ip,
      helo: i.helo,
      receivingHost: i.receivingHost,
      now: i.now,
      validatedName: (d) => ctx.validatedName(d),
    });
  } catch (e) {
    if (e instanceof SpfError) return undefined;
    throw e;
  }
}
