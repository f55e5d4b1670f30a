/**
 * Postfix log lines (syslog or `maillog_file`), joined by queue ID. What each daemon logs is
 * documented in the Postfix manual pages and DEBUG_README / "Postfix logging"; the shapes read here:
 *   smtpd    QID: client=host[ip][:port][, sasl_method=M, sasl_username=U]
 *            NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 <rcpt>: text; from=<s> to=<r> proto=ESMTP helo=<h>
 *   pickup   QID: uid=N from=<sender>
 *   cleanup  QID: message-id=<id>          QID: reject|discard|hold: header ... from host; from=<s> to=<r> ...: text
 *   qmgr     QID: from=<s>, size=N, nrcpt=N (queue active)
 *            QID: from=<s>, status=expired, returned to sender          QID: removed
 *   smtp/lmtp/local/virtual/pipe/error/discard
 *            QID: to=<r>, [orig_to=<o>, ]relay=R, [conn_use=N, ]delay=D, delays=a/b/c/d, dsn=X.Y.Z, status=S (text)
 *   bounce   QID: sender non-delivery notification: QID2   (also "delay" and "delivery status")
 *   postsuper QID: removed
 * Queue IDs are short (hex, enable_long_queue_ids=no) or long (base-52 time + `z` + inode).
 */
import type { LineParser, LogEvent, ParsedLine } from './events.ts';
import { keyAfterTag, line as parsed, replyParts, unbracket } from './events.ts';
import type { SyslogHeader } from './syslog.ts';
import type { DelayBreakdown, RecipientStatus } from './types.ts';

/** Short IDs: upper-case hex. Long IDs (enable_long_queue_ids): base-52 time, `z`, inode number. */
const QID = /^([0-9A-F]{6,20}|[0-9A-Za-z]{10,20}z[0-9A-Za-z]{2,12}): /u;
const LOCAL_AGENTS = new Set(['local', 'virtual', 'lmtp', 'pipe', 'maildrop', 'dovecot']);
const FIELD = /(?:^|, )([a-z_]+)=(<[^>]*>|[^,]*)/gu;

/** Whether a syslog tag belongs to Postfix (default syslog_name `postfix`, multi-instance `postfix-out`). */
export function isPostfixTag(tag: string): boolean {
  return tag.startsWith('postfix') || tag.includes('/smtpd') || tag.includes('/smtp') || tag.includes('/qmgr') || tag.includes('/cleanup');
}

function daemonOf(tag: string): string {
  const slash = tag.lastIndexOf('/');
  return slash === -1 ? tag : tag.slice(slash + 1);
}

function number(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function parseDelays(v: string | undefined): DelayBreakdown | undefined {
  if (!v) return undefined;
  const p = v.split('/').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isFinite(x))) return undefined;
  return { beforeQueue: p[0] as number, inQueue: p[1] as number, connect: p[2] as number, transmit: p[3] as number };
}

/** `status=sent (250 ok)` → status word and the text inside the outer parentheses. */
function statusAndText(rest: string): { status: string; text?: string } | undefined {
  const i = rest.indexOf('status=');
  if (i === -1) return undefined;
  const after = rest.slice(i + 7);
  const sp = after.indexOf(' ');
  const status = sp === -1 ? after : after.slice(0, sp);
  if (sp === -1) return { status };
  const tail = after.slice(sp + 1).trim();
  const text = tail.startsWith('(') && tail.endsWith(')') ? tail.slice(1, -1) : tail;
  return { status, text };
}

function mapStatus(status: string, daemon: string): RecipientStatus | undefined {
  switch (status) {
    case 'sent':
      return LOCAL_AGENTS.has(daemon) ? 'delivered' : 'sent';
    case 'deferred':
    case 'SOFTBOUNCE':
      return 'deferred';
    case 'bounced':
    case 'undeliverable':
      return 'bounced';
    case 'expired':
      return 'expired';
    case 'deliverable':
      return 'sent';
    default:
      return undefined;
  }
}

function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(FIELD)) {
    const k = m[1] as string;
    if (!out.has(k)) out.set(k, (m[2] as string).trim());
  }
  return out;
}

/** `...; from=<s> to=<r> proto=ESMTP helo=<h>` (the tail of a reject line). */
function rejectTail(text: string): { from?: string; to?: string } {
  const from = /\bfrom=<([^>]*)>/u.exec(text)?.[1];
  const to = /\bto=<([^>]*)>/u.exec(text)?.[1];
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function messageEvent(daemon: string, body: string): LogEvent | undefined {
  if (body.startsWith('to=<')) {
    const f = fields(body.slice(0, body.indexOf(' status=') + 1 || body.length));
    const st = statusAndText(body);
    const address = unbracket(f.get('to') ?? '');
    const status = st && mapStatus(st.status, daemon);
    if (!status) return undefined;
    const delay = number(f.get('delay'));
    const delays = parseDelays(f.get('delays'));
    const orig = f.get('orig_to');
    return {
      type: 'recipient',
      address,
      status,
      ...(orig ? { orig: unbracket(orig) } : {}),
      ...(f.get('relay') ? { relay: f.get('relay') as string } : {}),
      ...(f.get('dsn') ? { dsn: f.get('dsn') as string } : {}),
      ...(st?.text ? { reply: st.text } : {}),
      ...(delay !== undefined ? { delay } : {}),
      ...(delays ? { delays } : {}),
    };
  }
  if (body.startsWith('from=<')) {
    const f = fields(body);
    const from = unbracket(f.get('from') ?? '');
    if (f.get('status')?.startsWith('expired')) return { type: 'expired' };
    const size = number(f.get('size'));
    const nrcpt = number(f.get('nrcpt')?.split(' ')[0]);
    return { type: 'sender', from, ...(size !== undefined ? { size } : {}), ...(nrcpt !== undefined ? { nrcpt } : {}) };
  }
  if (body.startsWith('client=')) {
    const f = fields(body);
    const client = f.get('client');
    const sasl = f.get('sasl_username');
    return { type: 'arrival', ...(client ? { client } : {}), ...(sasl ? { saslUser: sasl } : {}) };
  }
  if (body.startsWith('message-id=')) {
    const id = unbracket(body.slice(11).trim());
    return { type: 'message-id', messageId: id };
  }
  if (body === 'removed') return { type: 'removed', admin: daemon === 'postsuper' };
  if (body.startsWith('uid=')) {
    const from = /\bfrom=<([^>]*)>/u.exec(body)?.[1];
    return { type: 'arrival', ...(from !== undefined ? { from } : {}) };
  }
  const note = /^sender (non-delivery|delay|delivery status) notification: (\S+)/u.exec(body);
  if (note) {
    const kind = note[1] === 'non-delivery' ? 'non-delivery' : note[1] === 'delay' ? 'delay' : 'success';
    return { type: 'notification', kind, id: note[2] as string };
  }
  // smtpd refusing one more recipient of a queued message: shaped like a NOQUEUE reject.
  const rcpt = body.startsWith('reject: ') ? noqueue(body) : undefined;
  if (rcpt) return rcpt;
  // cleanup header/body checks and milters: the message is refused while the client is still there.
  const rej = /^(?:milter-)?reject: (.*)$/u.exec(body);
  if (rej) {
    const text = rej[1] as string;
    const tail = rejectTail(text);
    const colon = text.lastIndexOf(': ');
    const reply = colon === -1 ? text : text.slice(colon + 2);
    return {
      type: 'rejected',
      reply,
      ...(tail.to !== undefined ? { address: tail.to } : {}),
      ...(tail.from !== undefined ? { from: tail.from } : {}),
    };
  }
  return undefined;
}

/** `NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 <r>: Relay access denied; from=<s> to=<r> ...` */
function noqueue(body: string): LogEvent | undefined {
  const m = /^reject: (?:RCPT|MAIL|DATA|END-OF-MESSAGE|CONNECT|EHLO|HELO|VRFY|ETRN|BDAT) from (\S+?): (.*?); (from=.*)$/u.exec(body);
  if (!m) return undefined;
  const tail = rejectTail(m[3] as string);
  const reply = m[2] as string;
  const dsn = replyParts(reply).status;
  return {
    type: 'rejected',
    reply,
    client: m[1] as string,
    ...(dsn ? { dsn } : {}),
    ...(tail.to !== undefined ? { address: tail.to } : {}),
    ...(tail.from !== undefined ? { from: tail.from } : {}),
  };
}

export function createPostfixParser(header: SyslogHeader): LineParser {
  return {
    format: 'postfix',
    yearAssumed: () => header.years.firstYear,
    isArrival: (e) => e.type === 'arrival',
    quickKey: keyAfterTag,
    parse(line: string): ParsedLine | undefined {
      const h = header.parse(line);
      if (!h) return undefined;
      if (!isPostfixTag(h.tag)) return parsed(h.at, h.iso, undefined);
      const daemon = daemonOf(h.tag);
      const msg = h.msg;
      if (msg.startsWith('NOQUEUE: ')) return parsed(h.at, h.iso, undefined, noqueue(msg.slice(9)));
      const q = QID.exec(msg);
      if (!q) return parsed(h.at, h.iso, undefined);
      return parsed(h.at, h.iso, q[1] as string, messageEvent(daemon, msg.slice(q[0].length)));
    },
  };
}
