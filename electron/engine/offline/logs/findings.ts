/**
 * What the traced messages mean, in the consultant's words: one finding per recipient that matters
 * (delivered, bounced, deferred, expired, refused …), each with the exact log lines as evidence,
 * plus findings about the reading itself (nothing matched, not a log, damaged lines).
 */
import { makeFinding, type Lang } from '../../i18n/index.ts';
import type { ExplainReply, ReplyExplanation } from '../../kb/index.ts';
import type { Evidence, Finding, FindingParams, LogEvidence, WhoMustAct } from '../../model/finding.ts';
import { formatInZone } from './clock.ts';
import { replyParts } from './events.ts';
import type { Filters } from './store.ts';
import type { LogLineRef, TraceMessage, TraceRecipient } from './types.ts';

const CHECK = 'log';
const MAX_RECIPIENT_FINDINGS = 50;
const MAX_EVIDENCE_LINES = 30;

export interface FindingContext {
  readonly lang: Lang;
  readonly zone: string;
  readonly filters: Filters;
  readonly explainReply?: ExplainReply;
}

/** LogEvidence blocks, one per file, lines in order. */
export function logEvidence(lines: readonly LogLineRef[]): LogEvidence[] {
  const byFile = new Map<string, { n: number; text: string }[]>();
  const seen = new Set<string>();
  for (const l of lines) {
    const id = `${l.file}\u0000${l.n}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byFile.get(l.file) ?? [];
    list.push({ n: l.n, text: l.text });
    byFile.set(l.file, list);
  }
  return [...byFile.entries()].map(([file, ls]) => ({
    kind: 'log' as const,
    file,
    lines: ls.sort((a, b) => a.n - b.n).slice(-MAX_EVIDENCE_LINES),
  }));
}

function time(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  return Number.isFinite(at) ? formatInZone(at, zone) : iso;
}

function recipientMatches(r: TraceRecipient, f: Filters): boolean {
  if (f.to === undefined) return true;
  const m = (a: string | undefined): boolean =>
    a !== undefined && (f.to?.startsWith('@') ? a.toLowerCase().endsWith(f.to) : a.toLowerCase() === f.to);
  return m(r.address) || m(r.origRecipient);
}

function explain(ctx: FindingContext, r: TraceRecipient): ReplyExplanation | undefined {
  if (!ctx.explainReply || !r.reply) return undefined;
  try {
    const parts = replyParts(r.reply);
    return ctx.explainReply(
      {
        ...(parts.code ? { replyCode: parts.code } : {}),
        ...((r.dsn ?? parts.status) ? { status: r.dsn ?? parts.status } : {}),
        text: r.reply,
      },
      ctx.lang,
    );
  } catch {
    // The knowledge base is optional here: a missing or failing table leaves the log's own words.
    return undefined;
  }
}

/** Lines of the message that are not about other recipients, plus this recipient's. */
function evidenceFor(m: TraceMessage, r: TraceRecipient): Evidence[] {
  const others = new Set<string>();
  for (const o of m.recipients) if (o !== r) for (const l of o.lines) others.add(`${l.file}\u0000${l.n}`);
  const mine = new Set(r.lines.map((l) => `${l.file}\u0000${l.n}`));
  const lines = m.lines.filter((l) => mine.has(`${l.file}\u0000${l.n}`) || !others.has(`${l.file}\u0000${l.n}`));
  return logEvidence([...lines, ...r.lines]);
}

function recipientFinding(ctx: FindingContext, m: TraceMessage, r: TraceRecipient): Finding | undefined {
  const kb = explain(ctx, r);
  const params: Record<string, string | number | boolean> = {
    recipient: r.address,
    queueId: m.id,
    time: time(r.at, ctx.zone),
    relay: r.relay ?? '—',
    reply: r.reply ?? '—',
    dsn: r.dsn ?? '—',
    attempts: r.attempts,
    since: time(r.firstAttempt ?? r.at, ctx.zone),
    received: time(m.received, ctx.zone),
    sender: m.from === '' ? '<>' : (m.from ?? '—'),
    client: m.client ?? '—',
  };
  if (kb) {
    params['kbExplanation'] = kb.explanation;
    params['kbFix'] = kb.fix;
    params['reason'] = kb.reason;
  }
  const remoteSaid = r.replyCode !== undefined && /\bsaid:|^\d{3}\b/u.test(r.reply ?? '');
  const spec = (id: string, status: Finding['status'], who: WhoMustAct): Finding =>
    makeFinding(ctx.lang, {
      id,
      check: CHECK,
      status,
      whoMustAct: kb && status !== 'ok' && status !== 'info' ? kb.whoMustAct : who,
      params: params as FindingParams,
      evidence: evidenceFor(m, r),
      subject: r.address,
    });
  switch (r.status) {
    case 'sent':
      return spec('log.delivered', 'ok', 'recipient-provider');
    case 'delivered':
      return spec('log.delivered-local', 'ok', 'nobody');
    case 'bounced':
      return spec('log.bounced', 'error', 'sender-it');
    case 'deferred':
      return spec('log.deferred', 'warning', remoteSaid ? 'recipient-provider' : 'sender-it');
    case 'pending':
      return spec('log.pending', 'warning', 'sender-it');
    case 'expired':
      return spec('log.expired', 'error', remoteSaid ? 'recipient-provider' : 'sender-it');
    case 'failed':
      return spec('log.failed', 'error', 'sender-it');
    case 'rejected':
      return spec('log.rejected', 'error', 'sender-it');
    case 'removed':
      return spec('log.removed', 'warning', 'sender-it');
    case 'frozen':
      return spec('log.frozen', 'warning', 'sender-it');
    case 'quarantined':
    case 'filtered':
      return spec('log.quarantined', 'warning', 'sender-it');
    case 'dropped':
      return spec('log.dropped', 'warning', 'sender-it');
    case 'queued':
      return spec('log.queued', 'info', 'sender-it');
    default:
      return undefined;
  }
}

export function messageFindings(ctx: FindingContext, messages: readonly TraceMessage[]): Finding[] {
  const out: Finding[] = [];
  let left = 0;
  for (const m of messages) {
    if (m.recipients.length === 0 && ctx.filters.to === undefined && out.length < MAX_RECIPIENT_FINDINGS) {
      out.push(
        makeFinding(ctx.lang, {
          id: 'log.no-attempt',
          check: CHECK,
          status: 'info',
          whoMustAct: 'sender-it',
          params: { queueId: m.id, received: time(m.received, ctx.zone), sender: m.from === '' ? '<>' : (m.from ?? '—') },
          evidence: logEvidence(m.lines),
          subject: m.id,
        }),
      );
    }
    for (const r of m.recipients) {
      if (!recipientMatches(r, ctx.filters)) continue;
      if (out.length >= MAX_RECIPIENT_FINDINGS) {
        left++;
        continue;
      }
      const f = recipientFinding(ctx, m, r);
      if (f) out.push(f);
    }
  }
  if (left > 0) {
    out.push(
      makeFinding(ctx.lang, {
        id: 'log.more-findings',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: { shown: out.length, left },
      }),
    );
  }
  return out;
}

/** How the search was phrased, for the "nothing found" finding. */
export function describeCriteria(f: Filters, zone: string): string {
  const parts: string[] = [];
  if (f.from) parts.push(`from=${f.from}`);
  if (f.to) parts.push(`to=${f.to}`);
  if (f.messageId) parts.push(`message-id=${f.messageId}`);
  if (f.queueId) parts.push(`queue-id=${f.queueId}`);
  if (f.since !== undefined) parts.push(`since=${formatInZone(f.since, zone)}`);
  if (f.until !== undefined) parts.push(`until=${formatInZone(f.until, zone)}`);
  return parts.length > 0 ? parts.join(', ') : '*';
}
