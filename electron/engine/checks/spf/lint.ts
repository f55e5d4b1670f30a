/**
 * Lint of the SPF records met during an evaluation: things that are legal but harmful (ptr, +all,
 * ?all, no all), TXT strings split so that terms run together (RFC 7208 §3.3 joins them without
 * spaces), and a leftover type-99 SPF record (§3.1 removed that type).
 */
import type { LookupResult } from '../../dns/types.ts';
import type { DnsEvidence, Finding } from '../../model/finding.ts';
import { makeFinding, type Lang } from '../../i18n/index.ts';
import { isSpfRecord, parseRecord, parseTerm } from './record.ts';
import type { SpfContext } from './context.ts';
import type { NodeDraft } from './check-host.ts';

const TERM_START = /^[+\-~?]?(all$|include:|exists:|a$|a[:/]|mx$|mx[:/]|ptr$|ptr:|ip4:|ip6:|redirect=|exp=)/i;

/** What is wrong with how a record's strings are cut, in notation that needs no translation. */
export function splitProblem(strings: readonly string[]): string | undefined {
  const long = strings.findIndex((s) => s.length > 255);
  if (long >= 0) return `#${long + 1}: ${strings[long]?.length ?? 0} > 255`;
  for (let i = 0; i + 1 < strings.length; i++) {
    const left = strings[i] ?? '';
    const right = strings[i + 1] ?? '';
    if (left === '' || right === '' || left.endsWith(' ') || right.startsWith(' ')) continue;
    const leftWord = left.slice(left.lastIndexOf(' ') + 1);
    const rightWord = right.split(' ')[0] ?? '';
    const glued = leftWord + rightWord;
    if (i === 0 && /^v=spf1$/i.test(leftWord)) return `"${left}" + "${right}" → "${glued}"`;
    const leftOk = !('error' in parseTerm(leftWord));
    const rightOk = !('error' in parseTerm(rightWord));
    const gluedOk = !('error' in parseTerm(glued));
    // Two complete terms glued into a broken one, or into a valid but different one (e.g.
    // "include:a.example" + "include:b.example" → one include of "a.exampleinclude:b.example").
    if (leftOk && rightOk && (!gluedOk || TERM_START.test(rightWord))) return `"${leftWord}" + "${rightWord}" → "${glued}"`;
  }
  return undefined;
}

function txtEvidence(ctx: SpfContext, domain: string): DnsEvidence[] {
  return [...(ctx.txtByDomain.get(domain.toLowerCase())?.evidence ?? [])];
}

/** The chosen record's strings, or a near miss ("v=spf1" glued to the next string) when none was chosen. */
function recordStrings(r: LookupResult | undefined): readonly string[] | undefined {
  if (!r) return undefined;
  const all = r.records.flatMap((rec) => (rec.data.type === 'TXT' ? [rec.data.strings] : []));
  return all.find((s) => isSpfRecord(s.join(''))) ?? all.find((s) => /^v=spf1\S/i.test(s.join('')) && s.length > 1);
}

function nodes(root: NodeDraft): NodeDraft[] {
  const out = [root];
  for (const t of root.terms) if (t.child) out.push(...nodes(t.child));
  return out;
}

/** Findings about every record in the trace. Records reached through include: only get the checks that matter there. */
export function lintRecords(ctx: SpfContext, root: NodeDraft, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (id: string, status: Finding['status'], domain: string, params: Record<string, string | number>): void => {
    const key = `${id}|${domain.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(
      makeFinding(lang, {
        id,
        check: 'spf',
        status,
        whoMustAct: 'sender-it',
        params: { domain, ...params },
        evidence: txtEvidence(ctx, domain),
        subject: domain,
      }),
    );
  };
  for (const node of nodes(root)) {
    const strings = recordStrings(ctx.txtByDomain.get(node.domain.toLowerCase()));
    const split = strings ? splitProblem(strings) : undefined;
    if (split) add('spf.string.split', 'warning', node.domain, { detail: split });
    if (!node.record) continue;
    const parsed = parseRecord(node.record);
    if (!parsed.ok) continue;
    const decides = node.via !== 'include'; // the result of this record is the result of the check
    const mechanisms = parsed.record.terms.flatMap((t) => (t.kind === 'mechanism' ? [t] : []));
    for (const m of mechanisms) {
      if (m.name === 'ptr') add('spf.ptr', 'warning', node.domain, { term: m.text });
      if (m.name === 'all' && m.qualifier === '+') add('spf.all.pass', 'error', node.domain, { term: m.text });
      if (m.name === 'all' && m.qualifier === '?' && decides) add('spf.all.neutral', 'warning', node.domain, { term: m.text });
    }
    if (decides && !parsed.record.redirect && !mechanisms.some((m) => m.name === 'all')) {
      add('spf.all.missing', 'info', node.domain, {});
    }
  }
  return findings;
}

/**
 * Asks for a type-99 SPF record (RFC 7208 §3.1 / §14.1 retired the type). Not part of the
 * evaluation: it counts against no limit and a failure to answer is ignored.
 */
export async function lintRrType(ctx: SpfContext, domain: string, txtRecord: string | undefined, lang: Lang): Promise<Finding[]> {
  const r = await ctx.lookup(domain, 'SPF');
  if (r.outcome !== 'ok') return [];
  const texts = r.records.flatMap((rec) => (rec.data.type === 'SPF' || rec.data.type === 'TXT' ? [rec.data.strings.join('')] : []));
  const spf = texts.filter(isSpfRecord);
  if (spf.length === 0) return [];
  const inStep = txtRecord !== undefined && spf.length === 1 && spf[0] === txtRecord;
  return [
    makeFinding(lang, {
      id: 'spf.rrtype.deprecated',
      check: 'spf',
      status: inStep ? 'info' : 'warning',
      whoMustAct: 'sender-it',
      params: { domain },
      evidence: [...r.evidence, ...txtEvidence(ctx, domain)],
      subject: domain,
    }),
  ];
}
