/**
 * Evaluation of the mechanisms that do not recurse (RFC 7208 §5.1, §5.3–§5.7): all, a, mx, ptr,
 * ip4, ip6, exists. include: lives with check_host() because it recurses.
 */
import type { LookupResult } from '../../dns/types.ts';
import { isQueryableName, isSameOrSubdomain, stripDot, truncateExpanded } from './domain.ts';
import { expandMacros, type MacroToken } from './macro.ts';
import { inCidr } from './ip.ts';
import { isDnsFailure, isVoid, MX_NAME_LIMIT, SpfError, type SpfContext } from './context.ts';
import type { Mechanism } from './record.ts';

export interface MechanismOutcome {
  readonly matched: boolean;
  readonly target?: string;
  readonly detail: string;
}

/** Expands a target domain-spec (§7.3) for the current <domain>; the trailing dot goes, long names are cut. */
export async function expandTarget(ctx: SpfContext, tokens: readonly MacroToken[] | undefined, domain: string): Promise<string> {
  if (!tokens) return domain;
  const i = ctx.input;
  const expanded = await expandMacros(tokens, {
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
  return truncateExpanded(expanded);
}

/** §5: a server failure ends the evaluation with temperror; NXDOMAIN is just "no records". */
function failOnDnsError(r: LookupResult): void {
  if (isDnsFailure(r)) {
    throw new SpfError('temperror', 'dns-error', `${r.type} ${r.name}: ${r.outcome}${r.detail ? ` (${r.detail})` : ''}`);
  }
}

/** Looks up a term's own query and counts it as void when empty (§4.6.4). */
async function termLookup(ctx: SpfContext, name: string, type: 'A' | 'AAAA' | 'MX' | 'PTR'): Promise<LookupResult> {
  const r = await ctx.lookup(name, type);
  failOnDnsError(r);
  if (isVoid(r)) ctx.countVoid(name, type);
  return r;
}

const INVALID_NAME = (name: string): MechanismOutcome => ({
  matched: false,
  target: name,
  detail: `"${name}" is not a valid DNS name; treated as no match`,
});

async function evalA(ctx: SpfContext, m: Mechanism, domain: string): Promise<MechanismOutcome> {
  const target = await expandTarget(ctx, m.domainSpec, domain);
  if (!isQueryableName(target)) return INVALID_NAME(target);
  const type = ctx.addressType();
  const prefix = type === 'A' ? (m.cidr4 ?? 32) : (m.cidr6 ?? 128);
  const r = await termLookup(ctx, target, type);
  const hit = ctx.matchesAny(r, prefix);
  const found = r.records.length;
  return {
    matched: hit !== undefined,
    target,
    detail: hit !== undefined ? `${type} ${hit} contains the IP within /${prefix}` : `${found} ${type} record(s), none within /${prefix}`,
  };
}

async function evalMx(ctx: SpfContext, m: Mechanism, domain: string): Promise<MechanismOutcome> {
  const target = await expandTarget(ctx, m.domainSpec, domain);
  if (!isQueryableName(target)) return INVALID_NAME(target);
  const r = await termLookup(ctx, target, 'MX');
  const mxs = r.records.flatMap((rec) => (rec.data.type === 'MX' ? [rec.data] : [])).sort((x, y) => x.preference - y.preference);
  // §4.6.4: more than 10 MX names is a permerror (the suite's "mx-limit").
  if (mxs.length > MX_NAME_LIMIT) {
    throw new SpfError('permerror', 'mx-limit', `MX ${target} has ${mxs.length} names; the limit is ${MX_NAME_LIMIT}`);
  }
  const type = ctx.addressType();
  const prefix = type === 'A' ? (m.cidr4 ?? 32) : (m.cidr6 ?? 128);
  // A null MX (RFC 7505, exchange ".") names no host; there is nothing to look up.
  const hosts = mxs.map((mx) => stripDot(mx.exchange)).filter((h) => h !== '' && isQueryableName(h));
  for (const host of hosts) ctx.prefetch(host, type);
  for (const host of hosts) {
    const a = await ctx.lookup(host, type);
    failOnDnsError(a);
    const hit = ctx.matchesAny(a, prefix);
    if (hit !== undefined) return { matched: true, target, detail: `MX ${host} has ${type} ${hit} within /${prefix}` };
  }
  return {
    matched: false,
    target,
    detail: mxs.length ? `${mxs.length} MX host(s), none with an address within /${prefix}` : 'no MX records',
  };
}

async function evalPtr(ctx: SpfContext, m: Mechanism, domain: string): Promise<MechanismOutcome> {
  const target = await expandTarget(ctx, m.domainSpec, domain);
  const { names, result } = await ctx.ptrNames();
  // §5.5: a DNS error on the PTR lookup makes the mechanism not match (no temperror).
  if (isDnsFailure(result)) return { matched: false, target, detail: `PTR lookup failed (${result.outcome}); no match` };
  if (isVoid(result)) ctx.countVoid(result.name, 'PTR');
  const candidates = names.filter((n) => isSameOrSubdomain(n, target));
  for (const name of candidates) ctx.prefetch(name, ctx.addressType());
  for (const name of candidates) {
    if (await ctx.validates(name)) return { matched: true, target, detail: `PTR ${name} is validated and within ${target}` };
  }
  return {
    matched: false,
    target,
    detail: names.length ? `no validated PTR name within ${target} (checked ${names.join(', ')})` : 'no PTR names',
  };
}

async function evalExists(ctx: SpfContext, m: Mechanism, domain: string): Promise<MechanismOutcome> {
  const target = await expandTarget(ctx, m.domainSpec, domain);
  if (!isQueryableName(target)) return INVALID_NAME(target);
  // §5.7: always an A query, whatever the connection's address family.
  const r = await termLookup(ctx, target, 'A');
  const n = r.records.filter((x) => x.data.type === 'A').length;
  return { matched: n > 0, target, detail: n > 0 ? `${n} A record(s) exist` : 'no A record' };
}

/** Evaluates a non-recursive mechanism against <ip>; DNS-querying ones are counted first (§4.6.4). */
export async function evalMechanism(ctx: SpfContext, m: Mechanism, domain: string): Promise<MechanismOutcome> {
  switch (m.name) {
    case 'all':
      return { matched: true, detail: 'all always matches' };
    case 'ip4':
    case 'ip6': {
      const net = m.network;
      const same = net !== undefined && net.version === ctx.input.ip.version;
      const hit = same && inCidr(net, ctx.input.ip, m.prefix ?? 0);
      if (!same) return { matched: false, detail: `an IPv${ctx.input.ip.version} client never matches ${m.name}` };
      return { matched: hit, detail: hit ? `the IP is within ${m.text.replace(/^[+\-~?]/, '')}` : 'the IP is outside this network' };
    }
    case 'a':
      ctx.countTerm(m.text);
      return evalA(ctx, m, domain);
    case 'mx':
      ctx.countTerm(m.text);
      return evalMx(ctx, m, domain);
    case 'ptr':
      ctx.countTerm(m.text);
      return evalPtr(ctx, m, domain);
    case 'exists':
      ctx.countTerm(m.text);
      return evalExists(ctx, m, domain);
    case 'include':
      throw new Error('include is evaluated by check_host()');
  }
}
