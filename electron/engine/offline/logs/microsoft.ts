/**
 * Microsoft's CSV logs, joined by Message-ID:
 * - Exchange Server message tracking logs (MSGTRK*.LOG): `#Software:`/`#Version:`/`#Log-type:`/
 *   `#Date:`/`#Fields:` header lines, then one row per event ("Message tracking in Exchange Server":
 *   date-time, client-ip, client-hostname, server-ip, server-hostname, source-context, connector-id,
 *   source, event-id, internal-message-id, message-id, network-message-id, recipient-address,
 *   recipient-status, total-bytes, recipient-count, related-recipient-address, reference,
 *   message-subject, sender-address, return-path, message-info, directionality, ...).
 *   recipient-address and recipient-status are `;`-separated lists in the same order.
 * - Microsoft 365 extended reports: the same events with `date_time_utc`, `event_id`, ...
 * - Microsoft 365 summaries, one row per recipient with a final status: Get-MessageTrace /
 *   Get-MessageTraceV2 (`Received, SenderAddress, RecipientAddress, Subject, Status, ToIP, FromIP,
 *   Size, MessageId, MessageTraceId`), the new EAC export (`date_time_utc, sender_address,
 *   recipient_address, subject, status, ..., message_id, message_trace_id`) and the enhanced
 *   summary (`origin_timestamp_utc, sender_address, recipient_status` as `addr##Receive, Send;...`).
 */
import { stampFromParts, type ZoneClock } from './clock.ts';
import { Columns, parseExportDate, splitCsv } from './csv.ts';
import type { LineParser, LogEvent, ParsedLine } from './events.ts';
import { line as parsed, replyParts, unbracket } from './events.ts';
import type { LogFormat, RecipientStatus } from './types.ts';

type Schema = 'tracking' | 'summary' | 'enhanced';

const TIME = ['datetime', 'datetimeutc', 'received', 'date', 'dateutc', 'origintimestamputc', 'origintimestamp', 'receiveddatetime'];
const MSGID = ['messageid'];
const KEY = ['messagetraceid', 'networkmessageid'];

function list(v: string | undefined): string[] {
  return v
    ? v
        .split(';')
        .map((x) => x.trim())
        .filter((x) => x.length > 0)
    : [];
}

function summaryStatus(status: string, toIp: string | undefined): RecipientStatus | undefined {
  switch (status.toLowerCase().replace(/[^a-z]/gu, '')) {
    case 'delivered':
      // "To IP: the IP address where the service attempted to deliver the message" — blank for
      // mailboxes inside the organisation, so an address there means it left for another server.
      return toIp ? 'sent' : 'delivered';
    case 'failed':
      return 'failed';
    case 'pending':
    case 'gettingstatus':
      return 'pending';
    case 'expanded':
      return 'expanded';
    case 'quarantined':
      return 'quarantined';
    case 'filteredasspam':
    case 'spam':
      return 'filtered';
    case 'resolved':
      return 'redirected';
    case 'none':
      return 'queued';
    default:
      return undefined;
  }
}

/** The last step of an enhanced-summary `##Receive, Send` chain. */
function enhancedStatus(steps: string): RecipientStatus {
  const last =
    steps
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean)
      .pop() ?? '';
  const map: Record<string, RecipientStatus> = {
    send: 'sent',
    deliver: 'delivered',
    fail: 'failed',
    defer: 'deferred',
    expand: 'expanded',
    drop: 'dropped',
    resolve: 'redirected',
    redirect: 'redirected',
    receive: 'queued',
    quarantine: 'quarantined',
  };
  return map[last] ?? 'queued';
}

function trackingEvents(cols: Columns, row: readonly string[]): LogEvent[] {
  const ev = (cols.get(row, 'eventid') ?? '').toUpperCase();
  const rcpts = list(cols.get(row, 'recipientaddress'));
  // Statuses are `;`-separated like the addresses, but a status may itself hold `;`
  // (`550 4.4.7 QUEUE.Expired;<ErrorText>`), so split only before a new status.
  const rawStatus = cols.get(row, 'recipientstatus');
  const statuses =
    rcpts.length <= 1
      ? rawStatus
        ? [rawStatus]
        : []
      : (rawStatus ?? '').split(/;(?=\s*(?:[245]\d\d\b|To$|Cc$|Bcc$|To;|Cc;|Bcc;))/u).map((x) => x.trim());
  const related = list(cols.get(row, 'relatedrecipientaddress'));
  const server = cols.get(row, 'serverhostname');
  const serverIp = cols.get(row, 'serverip');
  const relay = server ? `${server}${serverIp ? `[${serverIp}]` : ''}` : serverIp;
  // Only SMTP events talk to another server; QUEUE/ROUTING events name this one.
  const fromSmtp = (cols.get(row, 'source') ?? '').toUpperCase() === 'SMTP';
  const per = (status: RecipientStatus, attempt = true): LogEvent[] =>
    rcpts.map((address, i) => {
      const reply = statuses[i] ?? (statuses.length === 1 ? statuses[0] : undefined);
      const dsn = replyParts(reply).status;
      const expired = status === 'failed' && reply !== undefined && /QUEUE\.Expired/iu.test(reply);
      return {
        type: 'recipient' as const,
        address,
        status: expired ? 'expired' : status,
        attempt,
        ...(relay && fromSmtp && (status === 'sent' || status === 'deferred' || status === 'failed') ? { relay } : {}),
        ...(reply && !/^(To|Cc|Bcc)$/iu.test(reply) ? { reply } : {}),
        ...(dsn ? { dsn } : {}),
      };
    });
  switch (ev) {
    case 'RECEIVE':
    case 'SUBMIT':
    case 'CLIENTSUBMISSION': {
      const returnPath = cols.get(row, 'returnpath');
      const from = returnPath !== undefined ? unbracket(returnPath) : cols.get(row, 'senderaddress');
      const size = Number(cols.get(row, 'totalbytes'));
      const host = cols.get(row, 'clienthostname');
      const ip = cols.get(row, 'clientip', 'originalclientip');
      const client = host ? `${host}${ip ? `[${ip}]` : ''}` : ip;
      const msgid = cols.get(row, ...MSGID);
      const subject = cols.get(row, 'messagesubject', 'subject');
      const arrival: LogEvent = {
        type: 'arrival',
        ...(from !== undefined ? { from } : {}),
        ...(Number.isFinite(size) && size > 0 ? { size } : {}),
        ...(client ? { client } : {}),
        ...(msgid ? { messageId: unbracket(msgid) } : {}),
        ...(subject ? { subject } : {}),
      };
      return [arrival, ...per('queued', false)];
    }
    case 'SEND':
      return per('sent');
    case 'DELIVER':
    case 'DUPLICATEDELIVER':
      return per('delivered');
    case 'FAIL':
    case 'BADMAIL':
    case 'POISONMESSAGE':
      return per('failed');
    case 'DEFER':
      return per('deferred');
    case 'DROP':
      return per('dropped');
    case 'EXPAND':
      return [
        ...per('expanded', false),
        ...related.map((address) => ({ type: 'recipient' as const, address, status: 'queued' as const, attempt: false })),
      ];
    case 'REDIRECT':
    case 'RESOLVE': {
      // The original address is the recipient of REDIRECT and the related address of RESOLVE.
      const [from, to] = ev === 'REDIRECT' ? [rcpts, related] : [related, rcpts];
      const out: LogEvent[] = from.map((address) => ({
        type: 'recipient' as const,
        address,
        status: 'redirected' as const,
        attempt: false,
      }));
      for (const [i, address] of to.entries()) {
        const orig = from[i] ?? from[0];
        out.push({ type: 'recipient', address, status: 'queued', attempt: false, ...(orig ? { orig } : {}) });
      }
      return out;
    }
    case 'DSN': {
      const dsnId = cols.get(row, ...MSGID);
      return dsnId ? [{ type: 'notification', kind: 'non-delivery', id: unbracket(dsnId) }] : [];
    }
    default:
      return [];
  }
}

function summaryEvents(cols: Columns, row: readonly string[], schema: Schema): LogEvent[] {
  const from = cols.get(row, 'senderaddress', 'sender');
  const size = Number(cols.get(row, 'size', 'totalbytes', 'messagesize'));
  const msgid = cols.get(row, ...MSGID);
  const subject = cols.get(row, 'subject', 'messagesubject');
  const fromIp = cols.get(row, 'fromip', 'originalclientip');
  const events: LogEvent[] = [
    {
      type: 'arrival',
      ...(from !== undefined ? { from } : {}),
      ...(Number.isFinite(size) && size > 0 ? { size } : {}),
      ...(msgid ? { messageId: unbracket(msgid) } : {}),
      ...(subject ? { subject } : {}),
      ...(fromIp ? { client: fromIp } : {}),
    },
  ];
  if (schema === 'enhanced') {
    for (const item of list(cols.get(row, 'recipientstatus'))) {
      const [address, steps] = item.split('##');
      const status = enhancedStatus(steps ?? '');
      const attempt = status === 'sent' || status === 'delivered' || status === 'failed' || status === 'deferred';
      if (address) events.push({ type: 'recipient', address: address.trim(), status, attempt });
    }
    return events;
  }
  const toIp = cols.get(row, 'toip');
  const status = summaryStatus(cols.get(row, 'status', 'deliverystatus') ?? '', toIp);
  // A summary row is the outcome of at least one attempt when it is final.
  const attempt = status === 'sent' || status === 'delivered' || status === 'failed';
  for (const address of list(cols.get(row, 'recipientaddress', 'recipient'))) {
    if (status) events.push({ type: 'recipient', address, status, attempt, ...(toIp ? { relay: toIp } : {}) });
  }
  return events;
}

/** Parser for Exchange tracking logs (`format` exchange) and Microsoft 365 exports (m365). */
export function createMicrosoftParser(format: LogFormat, clock: ZoneClock): LineParser {
  let cols: Columns | undefined;
  let schema: Schema | undefined;
  const header = (names: string[]): ParsedLine => {
    cols = new Columns(names);
    schema = cols.has('eventid') ? 'tracking' : cols.has('status', 'deliverystatus') ? 'summary' : 'enhanced';
    return parsed(0, '', undefined);
  };
  return {
    format,
    isArrival: (e) => e.type === 'arrival',
    parse(text: string): ParsedLine | undefined {
      const line = text.replace(/^\uFEFF/u, '');
      if (line.startsWith('#')) {
        if (line.startsWith('#Fields:')) return header(line.slice(8).trim().split(','));
        return parsed(0, '', undefined);
      }
      const row = splitCsv(line);
      if (!row) return undefined;
      if (!cols) {
        // No `#Fields:` line: the first record is the header (M365 exports).
        const probe = new Columns(row);
        return probe.has(...TIME) && probe.size >= 3 ? header(row) : undefined;
      }
      const raw = cols.get(row, ...TIME);
      const d = raw ? parseExportDate(raw) : undefined;
      const t = d && stampFromParts(clock, d.y, d.mo, d.d, d.h, d.mi, d.s, d.ms, d.offset);
      if (!t) return undefined;
      const msgid = cols.get(row, ...MSGID);
      const key = cols.get(row, ...KEY) ?? (msgid ? unbracket(msgid) : undefined) ?? cols.get(row, 'internalmessageid');
      const events = schema === 'tracking' ? trackingEvents(cols, row) : summaryEvents(cols, row, schema ?? 'summary');
      // Tracking rows join on Message-ID across servers; summaries on the trace id. A DSN row is
      // the report itself: its `reference` names the original message it belongs to.
      const ref = cols.get(row, 'reference');
      const isDsn = schema === 'tracking' && (cols.get(row, 'eventid') ?? '').toUpperCase() === 'DSN';
      const joinKey = isDsn && ref ? unbracket(ref) : schema === 'tracking' ? (msgid ? unbracket(msgid) : key) : key;
      return parsed(t.at, t.iso, joinKey, events);
    },
  };
}
