/**
 * Findings from a header analysis: the route and its delays, clock skew, missing TLS on the internet,
 * the receiver's SPF/DKIM/DMARC verdicts, spam-filter verdicts, the sending IP and the submission hop.
 * Evidence is always the header fields themselves.
 */
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { Finding } from '../../model/finding.ts';
import { authFindings } from './auth-findings.ts';
import { ipHintOf } from './authres.ts';
import { CHECK, evidence, side, stamp, unknownWord, type FindingContext } from './finding-context.ts';
import { filterDisplayName, filterText } from './filters.ts';
import { formatDuration, isInternalHop } from './timeline.ts';
import type { FilterVerdict, Hop } from './types.ts';

function hostOf(hop: Hop | undefined, lang: Lang): string {
  return hop?.by?.host ?? unknownWord(lang);
}

function routeFindings(ctx: FindingContext, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const { hops } = ctx;
  const dated = hops.filter((h) => h.time);
  const first = dated[0];
  const last = dated[dated.length - 1];
  // Name the route's ends by servers: a stamp without a `by` (qmail's "invoked from network") names none.
  const named = hops.filter((h) => h.by?.host);
  const firstNamed = named[0] ?? first;
  const lastNamed = named[named.length - 1] ?? last;
  if (first?.time && last?.time && dated.length >= 2) {
    const seconds = (Date.parse(last.time.utc) - Date.parse(first.time.utc)) / 1000;
    out.push(
      makeFinding(lang, {
        id: 'headers.route',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: {
          hops: hops.length,
          total: formatDuration(Math.max(0, seconds)),
          first: hostOf(firstNamed, lang),
          last: hostOf(lastNamed, lang),
          firstTime: stamp(first.time.utc),
          lastTime: stamp(last.time.utc),
        },
        evidence: evidence(ctx, first.fieldIndex, last.fieldIndex),
      }),
    );
  }
  const undated = hops.filter((h) => !h.time).length;
  if (undated > 0) {
    out.push(
      makeFinding(lang, {
        id: 'headers.received.undated',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: { count: undated },
        evidence: evidence(ctx, ...hops.filter((h) => !h.time).map((h) => h.fieldIndex)),
      }),
    );
  }

  const largest = hops.find((h) => h.largestDelay);
  if (largest?.delaySeconds !== undefined) {
    const prev = [...hops.slice(0, largest.index)].reverse().find((h) => h.time);
    const long = largest.delaySeconds >= ctx.longDelaySeconds;
    out.push(
      makeFinding(lang, {
        id: long ? 'headers.delay.long' : 'headers.delay.largest',
        check: CHECK,
        status: long ? 'warning' : largest.delaySeconds < 300 ? 'ok' : 'info',
        whoMustAct: long ? side(ctx, largest.index) : 'nobody',
        params: {
          hop: largest.index + 1,
          delay: formatDuration(largest.delaySeconds),
          seconds: largest.delaySeconds,
          from: hostOf(prev, lang),
          to: hostOf(largest, lang),
          at: stamp(largest.time?.utc),
        },
        evidence: evidence(ctx, prev?.fieldIndex, largest.fieldIndex),
      }),
    );
  }

  for (const hop of hops.filter((h) => h.clockSkew)) {
    const prev = [...hops.slice(0, hop.index)].reverse().find((h) => h.time);
    out.push(
      makeFinding(lang, {
        id: 'headers.clock.skew',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: { hop: hop.index + 1, skew: formatDuration(-(hop.delaySeconds ?? 0)), from: hostOf(prev, lang), to: hostOf(hop, lang) },
        evidence: evidence(ctx, prev?.fieldIndex, hop.fieldIndex),
      }),
    );
  }
  return out;
}

function tlsFindings(ctx: FindingContext, lang: Lang): Finding[] {
  const across = ctx.hops.filter((h) => !isInternalHop(h));
  const plain = across.filter((h) => h.tls.state === 'no');
  const out = plain.map((hop) =>
    makeFinding(lang, {
      id: 'headers.tls.missing',
      check: CHECK,
      status: 'warning',
      whoMustAct: side(ctx, hop.index),
      params: {
        hop: hop.index + 1,
        from: hop.from?.rdns && hop.from.rdns !== 'unknown' ? hop.from.rdns : (hop.from?.helo ?? unknownWord(lang)),
        to: hostOf(hop, lang),
        ip: hop.from?.ip ?? unknownWord(lang),
        with: hop.with ?? '',
      },
      evidence: evidence(ctx, hop.fieldIndex),
      ...(hop.by?.host ? { subject: hop.by.host } : {}),
    }),
  );
  const secured = across.filter((h) => h.tls.state === 'yes');
  if (plain.length === 0 && secured.length > 0) {
    out.push(
      makeFinding(lang, {
        id: 'headers.tls.ok',
        check: CHECK,
        status: 'ok',
        whoMustAct: 'nobody',
        params: { count: secured.length },
        evidence: evidence(ctx, ...secured.map((h) => h.fieldIndex)),
      }),
    );
  }
  return out;
}

function filterDetail(v: FilterVerdict): string {
  const meanings = v.items
    .filter((i) => i.meaning && ['SFV', 'CAT', 'SCL', 'SFTY', 'dest', 'OFR', 'score', 'required', 'action', 'BCL'].includes(i.key))
    .map((i) => i.meaning as string);
  return [v.summary, ...meanings.slice(0, 4)].join('; ');
}

function filterFindings(ctx: FindingContext, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const trusted = ctx.filters.filter((f) => f.trusted);
  const done = new Set<string>();
  const bad = new Set(['spam', 'high-confidence-spam', 'phish', 'malware', 'blocked', 'bulk']);
  for (const v of trusted) {
    const name = filterDisplayName(v.filter, v.header);
    if (v.verdict === 'junk-folder' && !done.has(`junk:${name}`)) {
      done.add(`junk:${name}`);
      out.push(
        makeFinding(lang, {
          id: 'headers.filter.junk',
          check: CHECK,
          status: 'warning',
          whoMustAct: 'recipient',
          params: { filter: name, detail: filterDetail(v) },
          evidence: evidence(ctx, v.fieldIndex),
        }),
      );
    } else if (bad.has(v.verdict) && !done.has(`bad:${name}`)) {
      done.add(`bad:${name}`);
      out.push(
        makeFinding(lang, {
          id: 'headers.filter.spam',
          check: CHECK,
          status: v.verdict === 'blocked' || v.verdict === 'malware' || v.verdict === 'phish' ? 'error' : 'warning',
          whoMustAct: 'recipient-provider',
          params: { filter: name, verdict: filterText(lang, `verdict.${v.verdict}`) ?? v.verdict, detail: filterDetail(v) },
          evidence: evidence(ctx, v.fieldIndex),
        }),
      );
    }
  }
  for (const v of trusted) {
    const name = filterDisplayName(v.filter, v.header);
    if (v.verdict === 'bypassed' && !done.has(`bad:${name}`) && !done.has(`bypass:${name}`)) {
      done.add(`bypass:${name}`);
      out.push(
        makeFinding(lang, {
          id: 'headers.filter.bypassed',
          check: CHECK,
          status: 'info',
          whoMustAct: 'nobody',
          params: { filter: name, detail: filterDetail(v) },
          evidence: evidence(ctx, v.fieldIndex),
        }),
      );
    }
  }
  if (out.length === 0) {
    const clean = trusted.filter((v) => v.verdict === 'not-spam' || v.verdict === 'inbox');
    if (clean.length > 0) {
      const names = [...new Set(clean.map((v) => filterDisplayName(v.filter, v.header)))];
      out.push(
        makeFinding(lang, {
          id: 'headers.filter.clean',
          check: CHECK,
          status: 'ok',
          whoMustAct: 'nobody',
          params: { filters: names.join(', ') },
          evidence: evidence(ctx, ...clean.map((v) => v.fieldIndex)),
        }),
      );
    }
  }
  return out;
}

function originFindings(ctx: FindingContext, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const { sending, submission } = ctx;
  if (sending) {
    const hop = sending.hopIndex !== undefined ? ctx.hops[sending.hopIndex] : undefined;
    const witness = ctx.auth.find((r) => r.trusted && ipHintOf(r) === sending.ip);
    const rdns = hop?.from?.rdns;
    out.push(
      makeFinding(lang, {
        id: 'headers.sending-ip',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: {
          ip: sending.ip,
          helo: sending.helo ?? unknownWord(lang),
          rdns: rdns ?? unknownWord(lang),
          by: hostOf(hop, lang),
          source: sending.source,
        },
        evidence: evidence(ctx, hop?.fieldIndex, witness?.fieldIndex),
        subject: sending.ip,
      }),
    );
    const exim = hop?.by?.software !== undefined && /^exim\b/i.test(hop.by.software) && /^\[/.test(hop.from?.text ?? '');
    const msPtr = ctx.filters.find(
      (f) => f.filter === 'microsoft' && f.trusted && f.items.some((i) => i.key === 'CIP' && i.value === sending.ip),
    );
    const msNoPtr = msPtr?.items.some((i) => i.key === 'PTR' && i.value === '') ?? false;
    if (rdns === 'unknown' || exim || msNoPtr) {
      out.push(
        makeFinding(lang, {
          id: 'headers.rdns.missing',
          check: CHECK,
          status: 'warning',
          whoMustAct: 'sender-provider',
          params: { ip: sending.ip, by: hop ? hostOf(hop, lang) : 'Microsoft 365' },
          evidence: evidence(ctx, hop?.fieldIndex, msNoPtr ? msPtr?.fieldIndex : undefined),
          subject: sending.ip,
        }),
      );
    }
  } else if (ctx.hops.length > 0) {
    out.push(makeFinding(lang, { id: 'headers.sending-ip.unknown', check: CHECK, status: 'info', whoMustAct: 'nobody' }));
  }
  if (submission) {
    const hop = ctx.hops[submission.hopIndex];
    const mailbox = submission.protocol !== undefined && /^(?:MAPI|HTTPS?)$/.test(submission.protocol);
    const id = mailbox
      ? 'headers.submission.mailbox'
      : !submission.authenticated
        ? 'headers.submission.noauth'
        : submission.authenticatedUser
          ? 'headers.submission.auth-user'
          : 'headers.submission.auth';
    out.push(
      makeFinding(lang, {
        id,
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: {
          host: submission.host,
          user: submission.authenticatedUser ?? unknownWord(lang),
          protocol: submission.protocol ?? unknownWord(lang),
          client: [submission.clientName, submission.clientIp].filter((x) => x).join(' ') || unknownWord(lang),
        },
        evidence: evidence(ctx, hop?.fieldIndex),
        subject: submission.host,
      }),
    );
  }
  return out;
}

export function buildFindings(ctx: FindingContext, lang: Lang): Finding[] {
  if (ctx.fields.length === 0) {
    return [makeFinding(lang, { id: 'headers.input.empty', check: CHECK, status: 'error', whoMustAct: 'sender-it' })];
  }
  const out: Finding[] = [];
  if (ctx.hops.length === 0) {
    out.push(makeFinding(lang, { id: 'headers.received.none', check: CHECK, status: 'warning', whoMustAct: 'sender-it' }));
  }
  out.push(
    ...routeFindings(ctx, lang),
    ...tlsFindings(ctx, lang),
    ...authFindings(ctx, lang),
    ...filterFindings(ctx, lang),
    ...originFindings(ctx, lang),
  );
  return out;
}
