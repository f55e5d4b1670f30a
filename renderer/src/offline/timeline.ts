/**
 * The message's journey, client → outgoing server → recipient's mail server, put together from
 * every offline result in the case: Received hops of the headers (oldest first, RFC 5321 §4.4),
 * the outgoing server's log (received from the client, then each delivery attempt), and the
 * bounce (when the original was written, and the recipient server's refusal).
 */
import type { TraceMessage } from '../../../electron/engine/offline/logs/types.ts';
import type { Hop, HeaderAnalysis } from '../../../electron/engine/offline/headers/types.ts';
import type { BounceResult } from '../../../electron/engine/offline/bounce/types.ts';
import type { OfflineResultData } from './analyze.ts';

/** Where along the way an event happened. */
export type Leg =
  /** The sender's mail program hands the message to the outgoing server. */
  | 'submit'
  /** Between servers of the sender's side (filters, relays). */
  | 'sender'
  /** The outgoing side hands the message to the recipient's mail server. */
  | 'handover'
  /** Inside the recipient's systems. */
  | 'recipient'
  /** A hop that cannot be placed. */
  | 'relay';

export type JourneyEvent =
  | { readonly type: 'written'; readonly at: string; readonly source: string; readonly from?: string }
  | {
      readonly type: 'hop';
      readonly at?: string;
      readonly source: string;
      readonly leg: Leg;
      readonly from?: string;
      readonly by?: string;
      readonly protocol?: string;
      readonly tls: 'yes' | 'no' | 'unknown';
      readonly delaySeconds?: number;
      readonly largestDelay?: boolean;
      readonly clockSkew?: boolean;
    }
  | { readonly type: 'log-received'; readonly at?: string; readonly source: string; readonly client?: string; readonly id: string }
  | {
      readonly type: 'log-delivery';
      readonly at: string;
      readonly source: string;
      readonly address: string;
      readonly status: string;
      readonly relay?: string;
      readonly dsn?: string;
      readonly reply?: string;
      readonly id: string;
    }
  | {
      readonly type: 'bounce';
      readonly at?: string;
      readonly source: string;
      readonly recipient: string;
      readonly action: string;
      readonly status: string | null;
      readonly remoteMta: string | null;
    };

/** The three stations of the journey, named as far as the evidence names them. */
export interface Stations {
  client?: string;
  outgoing?: string;
  recipientMx?: string;
  /** How the last leg ended: delivered to the recipient's server, refused, or still being tried. */
  outcome?: 'accepted' | 'refused' | 'delayed';
}

export interface Journey {
  readonly events: readonly JourneyEvent[];
  readonly stations: Stations;
}

function hostText(name: string | undefined, ip: string | undefined): string | undefined {
  if (name && ip && name !== ip && !name.includes(ip)) return `${name} [${ip}]`;
  return name ?? ip;
}

function legOf(hop: Hop, h: HeaderAnalysis): Leg {
  if (h.submission?.hopIndex === hop.index) return 'submit';
  if (h.sendingHopIndex === undefined) return 'relay';
  if (hop.index < h.sendingHopIndex) return 'sender';
  return hop.index === h.sendingHopIndex ? 'handover' : 'recipient';
}

function fromHeaders(h: HeaderAnalysis, source: string, events: JourneyEvent[], st: Stations): void {
  if (h.dateUtc) events.push({ type: 'written', at: h.dateUtc, source, ...(h.from ? { from: h.from } : {}) });
  for (const hop of h.hops) {
    const leg = legOf(hop, h);
    const from = hostText(hop.from?.rdns && hop.from.rdns !== 'unknown' ? hop.from.rdns : hop.from?.helo, hop.from?.ip);
    const by = hop.by?.host;
    events.push({
      type: 'hop',
      source,
      leg,
      tls: hop.tls.state,
      ...(hop.time ? { at: hop.time.utc } : {}),
      ...(from ? { from } : {}),
      ...(by ? { by } : {}),
      ...(hop.protocol ? { protocol: hop.protocol } : {}),
      ...(hop.delaySeconds !== undefined ? { delaySeconds: hop.delaySeconds } : {}),
      ...(hop.largestDelay ? { largestDelay: true } : {}),
      ...(hop.clockSkew ? { clockSkew: true } : {}),
    });
    if (leg === 'handover') {
      st.recipientMx ??= by;
      st.outgoing ??= from;
      st.outcome ??= 'accepted';
    }
  }
  if (h.submission) {
    st.client ??= hostText(h.submission.clientName, h.submission.clientIp);
    st.outgoing ??= h.submission.host;
  }
}

function fromLog(messages: readonly TraceMessage[], source: string, events: JourneyEvent[], st: Stations): void {
  for (const m of messages) {
    events.push({
      type: 'log-received',
      source,
      id: m.id,
      ...(m.received ? { at: m.received } : {}),
      ...(m.client ? { client: m.client } : {}),
    });
    if (m.client) st.client ??= m.client;
    for (const r of m.recipients) {
      events.push({
        type: 'log-delivery',
        source,
        id: m.id,
        at: r.at,
        address: r.address,
        status: r.status,
        ...(r.relay ? { relay: r.relay } : {}),
        ...(r.dsn ? { dsn: r.dsn } : {}),
        ...(r.reply ? { reply: r.reply } : {}),
      });
      if (r.relay && r.relay !== 'none') st.recipientMx ??= r.relay;
      if (r.status === 'sent' || r.status === 'delivered') st.outcome ??= 'accepted';
      else if (r.status === 'deferred' || r.status === 'queued' || r.status === 'pending') st.outcome ??= 'delayed';
      else st.outcome ??= 'refused';
    }
  }
}

function fromBounce(results: readonly BounceResult[], source: string, events: JourneyEvent[], st: Stations): void {
  for (const r of results) {
    if (r.kind === 'not-a-bounce' || r.kind === 'autoreply') continue;
    if (r.original.date) {
      const t = Date.parse(r.original.date);
      if (!Number.isNaN(t))
        events.push({ type: 'written', at: new Date(t).toISOString(), source, ...(r.original.from ? { from: r.original.from } : {}) });
    }
    for (const d of r.deliveries) {
      const t = d.lastAttemptDate ? Date.parse(d.lastAttemptDate) : Number.NaN;
      events.push({
        type: 'bounce',
        source,
        recipient: d.recipient,
        action: d.action,
        status: d.status,
        remoteMta: d.remoteMta,
        ...(!Number.isNaN(t) ? { at: new Date(t).toISOString() } : {}),
      });
      if (d.remoteMta) st.recipientMx ??= d.remoteMta;
      st.outcome ??= d.action === 'delayed' ? 'delayed' : d.action === 'delivered' || d.action === 'relayed' ? 'accepted' : 'refused';
    }
  }
}

/**
 * Events in time order. An event without a time keeps its place in its own source: it sorts with
 * the event before it (or, at the start, the first timed one after it; in a source with no times
 * at all, at the end). Within a source the order never changes, so a hop stamped by a wrong clock
 * stays where it happened.
 */
function ordered(sources: readonly (readonly JourneyEvent[])[]): JourneyEvent[] {
  const keyed: { e: JourneyEvent; key: number; i: number }[] = [];
  for (const list of sources) {
    const times = list.map((e) => (e.at !== undefined ? Date.parse(e.at) : Number.NaN));
    let last = times.find((t) => !Number.isNaN(t)) ?? Number.POSITIVE_INFINITY;
    list.forEach((e, j) => {
      const t = times[j] ?? Number.NaN;
      if (!Number.isNaN(t)) last = Math.max(last, t);
      keyed.push({ e, key: last, i: keyed.length });
    });
  }
  return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.e);
}

export function buildJourney(results: readonly OfflineResultData[]): Journey {
  const sources: JourneyEvent[][] = [];
  const stations: Stations = {};
  for (const r of results) {
    const events: JourneyEvent[] = [];
    if (r.kind === 'headers') fromHeaders(r.output, r.source.name, events, stations);
    else if (r.kind === 'log') fromLog(r.output.messages, r.source.name, events, stations);
    else fromBounce(r.output.results, r.source.name, events, stations);
    sources.push(events);
  }
  return { events: ordered(sources), stations };
}
