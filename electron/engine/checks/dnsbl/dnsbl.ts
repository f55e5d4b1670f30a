/**
 * Sending reputation from DNS lists: is the sending IP (or the sender domain) on a blocklist,
 * or on an allowlist? A list that refuses this resolver ("you may not ask from here") is never
 * reported as a listing.
 */
import { isIP } from 'node:net';
import { isLookupFailure } from '../../dns/failure.ts';
import type { LookupResult, Resolver } from '../../dns/types.ts';
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import { DNS_LISTS, type DnsList } from './catalog.ts';
import { isPublicAddress, reversedIp } from './query.ts';
import type { DnsblResult, ListResult } from './types.ts';

export type { DnsblResult, ListResult } from './types.ts';

export interface DnsblDeps {
  readonly resolver: Resolver;
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  /** The catalogue to use; tests pass their own zones. */
  readonly lists?: readonly DnsList[];
}

function meaningOf(list: DnsList, code: string): string {
  const known = list.codes[code];
  if (known) return known;
  if (list.bits && code.startsWith('127.0.0.')) {
    const last = Number(code.split('.')[3]);
    const names = Object.entries(list.bits).filter(([bit]) => (last & Number(bit)) !== 0).map(([, n]) => n);
    if (names.length > 0) return names.join(', ');
  }
  return list.defaultMeaning;
}

function interpret(list: DnsList, result: LookupResult): Omit<ListResult, 'name' | 'zone' | 'kind' | 'type' | 'delist'> {
  if (result.outcome === 'nxdomain' || result.outcome === 'nodata') return { listed: false, codes: [], meaning: '', refused: false };
  if (result.outcome !== 'ok') return { listed: false, codes: [], meaning: '', refused: false, error: result.detail ?? result.outcome };
  const codes = result.records.flatMap((r) => (r.data.type === 'A' ? [r.data.address] : []));
  const refusal = codes.map((c) => list.refusal[c]).find((m) => m !== undefined);
  if (refusal) return { listed: false, codes, meaning: refusal, refused: true };
  // RFC 5782 §2.1: list entries are in 127.0.0.0/8; anything else means a broken or wildcarding list.
  if (codes.some((c) => !c.startsWith('127.'))) {
    return { listed: false, codes, meaning: 'unexpected answer outside 127.0.0.0/8', refused: true };
  }
  // Hostkarma's "no blocklist entry" and allowlist codes are answers, not listings on a blocklist.
  const listed = !(list.type === 'mixed' && codes.every((c) => c === '127.0.0.5'));
  return { listed, codes, meaning: [...new Set(codes.map((c) => meaningOf(list, c)))].join('; '), refused: false };
}

function isBlocking(list: DnsList, r: ListResult): boolean {
  if (!r.listed) return false;
  if (list.type === 'allow') return false;
  if (list.type === 'mixed') return r.codes.some((c) => c !== '127.0.0.1' && c !== '127.0.0.5');
  return true;
}

/** Checks `target` (an IPv4/IPv6 address, or a domain) against every applicable list. */
export async function checkDnsLists(target: string, deps: DnsblDeps): Promise<DnsblResult> {
  const lang = deps.lang;
  const family = isIP(target);
  const kind = family === 0 ? 'domain' : 'ip';
  const subject = target.toLowerCase().replace(/\.$/, '');
  if (kind === 'ip' && !isPublicAddress(target)) {
    const f = makeFinding(lang, { id: 'reputation.not-public', check: 'reputation', status: 'skipped', whoMustAct: 'nobody', params: { address: target }, subject });
    return { target, lists: [], findings: [f], evidence: [] };
  }
  const prefix = kind === 'ip' ? reversedIp(target) : subject;
  const lists = (deps.lists ?? DNS_LISTS).filter((l) => l.kind === kind && (family !== 6 || l.ipv6));
  const answers = await Promise.all(
    lists.map(async (list) => ({ list, result: await deps.resolver.lookup(`${prefix}.${list.zone}`, 'A', { signal: deps.signal }) })),
  );
  const results: ListResult[] = [];
  const findings: Finding[] = [];
  const evidence: DnsEvidence[] = [];
  const failed: string[] = [];
  for (const { list, result } of answers) {
    const r: ListResult = { name: list.name, zone: list.zone, kind: list.kind, type: list.type, delist: list.delist, ...interpret(list, result) };
    results.push(r);
    evidence.push(...result.evidence);
    const params = { list: list.name, zone: list.zone, target: subject, meaning: r.meaning, codes: r.codes.join(', '), delist: list.delist };
    if (r.error) {
      failed.push(list.name);
    } else if (r.refused) {
      findings.push(makeFinding(lang, { id: 'reputation.refused', check: 'reputation', status: 'skipped', whoMustAct: 'nobody', params, evidence: result.evidence, subject }));
    } else if (isBlocking(list, r)) {
      const id = kind === 'ip' ? 'reputation.ip.listed' : 'reputation.domain.listed';
      findings.push(
        makeFinding(lang, {
          id,
          check: 'reputation',
          status: list.weight === 'major' ? 'error' : 'warning',
          whoMustAct: kind === 'ip' ? 'sender-provider' : 'sender-it',
          params,
          evidence: result.evidence,
          subject,
        }),
      );
    } else if (r.listed && (list.type === 'allow' || list.type === 'mixed')) {
      findings.push(makeFinding(lang, { id: 'reputation.allowlisted', check: 'reputation', status: 'ok', whoMustAct: 'nobody', params, evidence: result.evidence, subject }));
    }
  }
  const checked = results.filter((r) => !r.error && !r.refused && (r.type !== 'allow'));
  const listedCount = results.filter((r, i) => answers[i] && isBlocking(answers[i].list, r)).length;
  if (listedCount === 0 && checked.length > 0) {
    findings.push(
      makeFinding(lang, {
        id: kind === 'ip' ? 'reputation.ip.clean' : 'reputation.domain.clean',
        check: 'reputation',
        status: 'ok',
        whoMustAct: 'nobody',
        params: { target: subject, count: checked.length },
        subject,
      }),
    );
  }
  if (failed.length > 0) {
    // One finding for all lists that could not be asked: the per-list reason is in `lists`.
    const reasons = [...new Set(results.flatMap((r) => (r.error ? [r.error] : [])))].join(', ');
    findings.push(
      makeFinding(lang, {
        id: 'reputation.unchecked',
        check: 'reputation',
        status: checked.length === 0 ? 'warning' : 'skipped',
        whoMustAct: 'nobody',
        params: { failed: failed.length, total: results.length, lists: failed.join(', '), reasons },
        evidence: answers.filter(({ result }) => isLookupFailure(result)).flatMap(({ result }) => result.evidence).slice(0, 20),
        subject,
      }),
    );
  }
  return { target, lists: results, findings, evidence };
}
