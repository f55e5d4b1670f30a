/**
 * The message timeline: when the sender says it left, and what the headers (Received hops, the
 * Date field), the server logs (queueing, each recipient's fate) and bounces (last attempt) say
 * happened, in UTC order. Step data is `unknown` (each operation's own output), so every field is
 * checked before use.
 */
import { t, type Lang } from '../i18n/index.ts';
import { sentInstant } from '../model/case.ts';
import type { Report } from '../model/report.ts';
import { isObject, num, str, visitObjects, type JsonObject } from './walk.ts';

export interface TimelineEvent {
  /** ISO 8601 as the source gave it. */
  readonly at: string;
  /** Milliseconds since the epoch, for ordering. */
  readonly ms: number;
  /** What happened, one line. */
  readonly text: string;
  /** How, exactly: protocol, TLS, relay, the server's reply — each part as the source wrote it. */
  readonly details: readonly string[];
  /** Where this came from: `case` or the step name (`offline.headers`, `offline.logs`, …). */
  readonly source: string;
}

type Push = (at: unknown, text: string, detail: readonly (string | undefined)[], source: string) => void;

function hopEvents(data: JsonObject, source: string, lang: Lang, push: Push): void {
  const unknown = t(lang, 'report.timeline.unknownHost');
  for (const hop of data['hops'] as unknown[]) {
    if (!isObject(hop) || !isObject(hop['time'])) continue;
    const from = isObject(hop['from']) ? hop['from'] : {};
    const by = isObject(hop['by']) ? hop['by'] : {};
    const fromName = str(from['helo']) ?? str(from['rdns']) ?? (str(from['ip']) ? '' : str(from['text'])) ?? '';
    const fromIp = str(from['ip']);
    const fromText = `${fromName}${fromName && fromIp ? ' ' : ''}${fromIp ? `[${fromIp}]` : ''}` || unknown;
    const byText = str(by['host']) ?? str(by['text']) ?? unknown;
    const tls = isObject(hop['tls']) ? hop['tls'] : {};
    const tlsText =
      tls['state'] === 'yes'
        ? `${t(lang, 'report.timeline.tls')}${str(tls['version']) ? ` ${String(tls['version'])}` : ''}`
        : tls['state'] === 'no'
          ? t(lang, 'report.timeline.noTls')
          : undefined;
    const delay = num(hop['delaySeconds']);
    push(hop['time']['utc'], t(lang, 'report.timeline.hop', { by: byText, from: fromText }), [
      str(hop['protocol']) ? `with ${String(hop['protocol'])}` : undefined,
      tlsText,
      str(hop['id']) ? `id ${String(hop['id'])}` : undefined,
      delay !== undefined && delay > 0 ? t(lang, 'report.timeline.delay', { seconds: delay }) : undefined,
      str(hop['time']['original']),
    ], source);
  }
  if (str(data['dateUtc'])) push(data['dateUtc'], t(lang, 'report.timeline.date'), [str(data['date'])], source);
}

function logEvents(data: JsonObject, source: string, lang: Lang, push: Push): void {
  for (const m of data['messages'] as unknown[]) {
    if (!isObject(m)) continue;
    const id = str(m['id']) ?? '?';
    if (str(m['received'])) {
      push(m['received'], t(lang, 'report.timeline.queued', { id }), [
        typeof m['from'] === 'string' ? `from=<${m['from']}>` : undefined,
        str(m['client']) ? `client=${String(m['client'])}` : undefined,
        str(m['messageId']) ? `message-id=${String(m['messageId'])}` : undefined,
      ], source);
    }
    if (!Array.isArray(m['recipients'])) continue;
    for (const r of m['recipients'] as unknown[]) {
      if (!isObject(r)) continue;
      const attempts = num(r['attempts']);
      push(r['at'], `${str(r['address']) ?? '?'}: ${str(r['status']) ?? '?'} (${id})`, [
        str(r['relay']) ? `relay=${String(r['relay'])}` : undefined,
        str(r['dsn']) ? `dsn=${String(r['dsn'])}` : undefined,
        attempts !== undefined && attempts > 1 ? `attempts=${attempts}` : undefined,
        str(r['reply']),
      ], source);
    }
  }
}

function bounceEvents(data: JsonObject, source: string, lang: Lang, push: Push): void {
  for (const d of data['deliveries'] as unknown[]) {
    if (!isObject(d) || !str(d['lastAttemptDate'])) continue;
    push(d['lastAttemptDate'], t(lang, 'report.timeline.bounce', { recipient: str(d['recipient']) ?? '?', action: str(d['action']) ?? '?' }), [
      str(d['status']) ? `status=${String(d['status'])}` : undefined,
      str(d['remoteMta']) ? `remote=${String(d['remoteMta'])}` : undefined,
      str(d['diagnostic']),
    ], source);
  }
}

export function timeline(report: Report, lang: Lang): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  const push: Push = (at, text, detail, source) => {
    if (typeof at !== 'string') return;
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) return;
    const details = detail.filter((x): x is string => x !== undefined && x !== '');
    const key = `${ms}\u0000${text}\u0000${details.join('\u0000')}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push({ at, ms, text, details, source });
  };
  const sent = sentInstant(report.case);
  if (sent) push(sent, t(lang, 'report.timeline.sent'), [], 'case');
  for (const [step, result] of Object.entries(report.case.results)) {
    visitObjects(result.data, (obj) => {
      if (Array.isArray(obj['hops'])) hopEvents(obj, step, lang, push);
      if (Array.isArray(obj['messages'])) logEvents(obj, step, lang, push);
      if (Array.isArray(obj['deliveries'])) bounceEvents(obj, step, lang, push);
      return Array.isArray(obj['hops']) || Array.isArray(obj['messages']) ? 'skip' : undefined;
    });
  }
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.ms - b.e.ms || a.i - b.i).map((x) => x.e);
}
