/**
 * The message store: joins parsed lines by key into messages, decides when a message is finished
 * (Postfix `removed`, Exim `Completed`, Sendmail's last recipient, or a week of silence), and keeps
 * only finished messages that match the filters — so memory holds the messages still in flight,
 * not the whole log.
 */
import type { BounceReason } from '../../kb/index.ts';
import type { LogEvent, ParsedLine } from './events.ts';
import { replyParts } from './events.ts';
import type { DelayBreakdown, LogFormat, LogLineRef, RecipientStatus, TraceMessage, TraceRecipient } from './types.ts';

export interface Filters {
  readonly from?: string;
  readonly to?: string;
  readonly messageId?: string;
  readonly queueId?: string;
  readonly since?: number;
  readonly until?: number;
}

/** Statuses after which the MTA will not try this recipient again. */
const FINAL: ReadonlySet<RecipientStatus> = new Set([
  'sent',
  'delivered',
  'bounced',
  'expired',
  'failed',
  'rejected',
  'removed',
  'dropped',
  'quarantined',
  'filtered',
]);
const MAX_LINES = 200;
const MAX_RCPT_LINES = 50;
/** A message silent for longer than any queue lifetime (Postfix default 5 days) is done. */
export const IDLE_MS = 7 * 86_400_000;

interface RecipientState {
  address: string;
  orig?: string;
  status: RecipientStatus;
  at: string;
  firstAttempt?: string;
  attempts: number;
  relay?: string;
  dsn?: string;
  reply?: string;
  delay?: number;
  delays?: DelayBreakdown;
  lines: LogLineRef[];
}

interface MessageState {
  key: string;
  id: string;
  format: LogFormat;
  messageId?: string;
  from?: string;
  received?: string;
  size?: number;
  client?: string;
  saslUser?: string;
  subject?: string;
  notification?: string;
  nrcpt?: number;
  recipients: Map<string, RecipientState>;
  lines: LogLineRef[];
  firstAt: number;
  lastAt: number;
}

export type Explain = (reply: { replyCode?: number; status?: string; text: string }) => BounceReason | undefined;

function addrMatches(address: string | undefined, filter: string): boolean {
  if (address === undefined) return false;
  const a = address.toLowerCase();
  return filter.startsWith('@') ? a.endsWith(filter) : a === filter;
}

export function normalizeFilters(f: Filters): Filters {
  const strip = (v: string | undefined): string | undefined => {
    const t = v?.trim().replace(/^<(.*)>$/u, '$1');
    return t ? t : undefined;
  };
  const from = strip(f.from)?.toLowerCase();
  const to = strip(f.to)?.toLowerCase();
  const messageId = strip(f.messageId);
  const queueId = strip(f.queueId);
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(messageId ? { messageId } : {}),
    ...(queueId ? { queueId } : {}),
    ...(f.since !== undefined ? { since: f.since } : {}),
    ...(f.until !== undefined ? { until: f.until } : {}),
  };
}

export class MessageStore {
  private readonly live = new Map<string, MessageState>();
  private readonly filters: Filters;
  private readonly max: number;
  private readonly explain: Explain | undefined;
  private standalone = 0;
  /** Recently finished messages, so a report logged just after the end (Sendmail's DSN line) still attaches. */
  private readonly recent = new Map<string, { m: MessageState; index: number }>();
  readonly matched: TraceMessage[] = [];
  omitted = 0;

  constructor(filters: Filters, maxMessages: number, explain?: Explain) {
    this.filters = filters;
    this.max = maxMessages;
    this.explain = explain;
  }

  isLive(key: string): boolean {
    return this.live.has(key);
  }

  get liveCount(): number {
    return this.live.size;
  }

  /**
   * Applies one parsed line. Returns true when the line finished its message (so a scanner can
   * stop following the key).
   */
  apply(format: LogFormat, p: ParsedLine, ref: LogLineRef): boolean {
    if (p.events.length === 0 && p.key === undefined) return false;
    if (p.key === undefined) {
      // A refusal before queueing (NOQUEUE): a message of its own, finished at once.
      for (const e of p.events) {
        if (e.type !== 'rejected') continue;
        const m = this.open(`NOQUEUE#${++this.standalone}`, format, p.at, 'NOQUEUE');
        this.event(m, e, p, ref);
        this.finish(m);
      }
      return false;
    }
    let m = this.live.get(p.key);
    if (!m) {
      if (p.events.length === 0) return false;
      const late = this.recent.get(p.key);
      if (late && p.events.every((e) => e.type === 'notification' || e.type === 'removed' || e.type === 'completed')) {
        this.applyLate(p, ref);
        return false;
      }
      m = this.open(p.key, format, p.at, p.key);
    }
    m.lastAt = Math.max(m.lastAt, p.at);
    m.firstAt = Math.min(m.firstAt, p.at);
    if (m.lines.length < MAX_LINES) m.lines.push(ref);
    let done = false;
    for (const e of p.events) done = this.event(m, e, p, ref) || done;
    if (!done && m.format === 'sendmail' && m.nrcpt !== undefined && m.recipients.size >= m.nrcpt) {
      done = [...m.recipients.values()].every((r) => FINAL.has(r.status));
    }
    if (done) this.finish(m);
    return done;
  }

  /**
   * A line found just after its message finished (Sendmail logs the DSN after the last
   * recipient): attached to the finished message when it only reports on it, else ignored.
   */
  applyLate(p: ParsedLine, ref: LogLineRef): void {
    if (p.key === undefined || this.live.has(p.key)) return;
    const late = this.recent.get(p.key);
    if (!late || !p.events.every((e) => e.type === 'notification' || e.type === 'removed' || e.type === 'completed')) return;
    if (late.m.lines.length < MAX_LINES) late.m.lines.push(ref);
    for (const e of p.events) this.event(late.m, e, p, ref);
    if (late.index >= 0) this.matched[late.index] = this.build(late.m);
  }

  /** Finishes messages silent for longer than IDLE_MS before `now`. */
  expireIdle(now: number): void {
    for (const m of this.live.values()) if (now - m.lastAt > IDLE_MS) this.finish(m);
  }

  /** End of input: everything still in flight is reported as it stands. */
  close(): void {
    for (const m of [...this.live.values()].sort((a, b) => a.firstAt - b.firstAt)) this.finish(m);
  }

  private open(key: string, format: LogFormat, at: number, id: string): MessageState {
    const m: MessageState = { key, id, format, recipients: new Map(), lines: [], firstAt: at, lastAt: at };
    this.live.set(key, m);
    return m;
  }

  private recipient(m: MessageState, address: string, iso: string): RecipientState {
    const k = address.toLowerCase();
    let r = m.recipients.get(k);
    if (!r) {
      r = { address, status: 'queued', at: iso, attempts: 0, lines: [] };
      m.recipients.set(k, r);
    }
    return r;
  }

  /** Returns true when the event finishes the message. */
  private event(m: MessageState, e: LogEvent, p: ParsedLine, ref: LogLineRef): boolean {
    switch (e.type) {
      case 'arrival':
        m.received ??= p.iso;
        if (e.client) m.client = e.client;
        if (e.saslUser) m.saslUser = e.saslUser;
        if (e.from !== undefined) m.from ??= e.from;
        if (e.size !== undefined) m.size = e.size;
        if (e.messageId) m.messageId = e.messageId;
        if (e.subject) m.subject = e.subject;
        return false;
      case 'message-id':
        m.messageId = e.messageId;
        return false;
      case 'sender':
        m.received ??= p.iso;
        m.from = e.from;
        if (e.size !== undefined) m.size = e.size;
        if (e.nrcpt !== undefined) m.nrcpt = e.nrcpt;
        return false;
      case 'recipient': {
        const r = this.recipient(m, e.address, p.iso);
        if (r.lines.length < MAX_RCPT_LINES) r.lines.push(ref);
        if (e.attempt === false && e.status === 'queued' && r.status !== 'queued') return false;
        if (e.attempt !== false) {
          r.attempts++;
          r.firstAttempt ??= p.iso;
        }
        const changed = r.status !== e.status;
        r.status = e.status;
        r.at = p.iso;
        if (e.orig) r.orig = e.orig;
        if (e.relay !== undefined || changed) r.relay = e.relay;
        if (e.dsn !== undefined || changed) r.dsn = e.dsn;
        if (e.reply !== undefined || changed) r.reply = e.reply;
        if (e.delay !== undefined) r.delay = e.delay;
        if (e.delays !== undefined) r.delays = e.delays;
        return false;
      }
      case 'expired':
        for (const r of m.recipients.values()) {
          if (FINAL.has(r.status)) continue;
          r.status = 'expired';
          r.at = p.iso;
          if (e.reply) r.reply = e.reply;
          if (r.lines.length < MAX_RCPT_LINES) r.lines.push(ref);
        }
        return false;
      case 'notification':
        if (e.kind === 'non-delivery' || m.notification === undefined) m.notification = e.id;
        return false;
      case 'removed':
        if (e.admin) {
          for (const r of m.recipients.values()) {
            if (FINAL.has(r.status)) continue;
            r.status = 'removed';
            r.at = p.iso;
            if (r.lines.length < MAX_RCPT_LINES) r.lines.push(ref);
          }
        }
        return true;
      case 'completed':
        return true;
      case 'frozen':
        for (const r of m.recipients.values()) {
          if (!FINAL.has(r.status)) {
            r.status = 'frozen';
            r.at = p.iso;
          }
        }
        return false;
      case 'rejected': {
        if (e.from !== undefined) m.from ??= e.from;
        if (e.client) m.client ??= e.client;
        m.received ??= p.iso;
        const r = this.recipient(m, e.address ?? '', p.iso);
        r.status = 'rejected';
        r.at = p.iso;
        r.reply = e.reply;
        if (e.dsn) r.dsn = e.dsn;
        r.attempts++;
        if (r.lines.length < MAX_RCPT_LINES) r.lines.push(ref);
        return false;
      }
    }
  }

  private matches(m: MessageState): boolean {
    const f = this.filters;
    if (f.from !== undefined && !addrMatches(m.from, f.from) && !addrMatches(m.saslUser, f.from)) return false;
    if (
      f.to !== undefined &&
      ![...m.recipients.values()].some((r) => addrMatches(r.address, f.to as string) || addrMatches(r.orig, f.to as string))
    )
      return false;
    if (f.messageId !== undefined && m.messageId !== f.messageId && m.messageId?.toLowerCase() !== f.messageId.toLowerCase()) return false;
    if (f.queueId !== undefined && m.id !== f.queueId && m.id.toLowerCase() !== f.queueId.toLowerCase()) return false;
    if (f.since !== undefined && m.lastAt < f.since) return false;
    if (f.until !== undefined && m.firstAt > f.until) return false;
    return true;
  }

  private finish(m: MessageState): void {
    if (this.live.get(m.key) === m) this.live.delete(m.key);
    let index = -1;
    if (this.matches(m)) {
      if (this.matched.length >= this.max) this.omitted++;
      else index = this.matched.push(this.build(m)) - 1;
    }
    this.recent.delete(m.key);
    this.recent.set(m.key, { m, index });
    if (this.recent.size > 256) this.recent.delete(this.recent.keys().next().value as string);
  }

  private build(m: MessageState): TraceMessage {
    const recipients: TraceRecipient[] = [...m.recipients.values()].map((r) => {
      const parts = replyParts(r.reply);
      const reason =
        r.reply && !['sent', 'delivered', 'queued', 'expanded', 'redirected'].includes(r.status)
          ? this.explain?.({
              ...(parts.code ? { replyCode: parts.code } : {}),
              ...((r.dsn ?? parts.status) ? { status: r.dsn ?? parts.status } : {}),
              text: r.reply,
            })
          : undefined;
      return {
        address: r.address,
        ...(r.orig ? { origRecipient: r.orig } : {}),
        status: r.status,
        at: r.at,
        ...(r.firstAttempt && r.firstAttempt !== r.at ? { firstAttempt: r.firstAttempt } : {}),
        attempts: r.attempts,
        ...(r.relay ? { relay: r.relay } : {}),
        ...(r.dsn ? { dsn: r.dsn } : {}),
        ...(r.reply ? { reply: r.reply } : {}),
        ...(parts.code ? { replyCode: parts.code } : {}),
        ...(r.delay !== undefined ? { delay: r.delay } : {}),
        ...(r.delays ? { delays: r.delays } : {}),
        ...(reason ? { reason } : {}),
        lines: r.lines,
      };
    });
    return {
      id: m.id,
      ...(m.messageId ? { messageId: m.messageId } : {}),
      ...(m.from !== undefined ? { from: m.from } : {}),
      ...(m.received ? { received: m.received } : {}),
      ...(m.size !== undefined ? { size: m.size } : {}),
      ...(m.client ? { client: m.client } : {}),
      ...(m.saslUser ? { saslUser: m.saslUser } : {}),
      ...(m.subject ? { subject: m.subject } : {}),
      ...(m.notification ? { notification: m.notification } : {}),
      format: m.format,
      recipients,
      lines: m.lines,
    };
  }
}
