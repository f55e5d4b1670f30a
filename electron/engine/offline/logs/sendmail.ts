/**
 * Sendmail lines (sendmail/op.me "Logging", and the syslog lines of sm-mta / sendmail / sm-msp-queue):
 *   QID: from=<s>, size=N, class=0, nrcpts=N, msgid=<id>, proto=ESMTP, daemon=MTA, relay=host [ip]
 *   QID: to=<r>[,<r2>...], [ctladdr=..., ]delay=HH:MM:SS, xdelay=..., mailer=esmtp, pri=N,
 *        relay=mx. [ip], dsn=2.0.0, stat=Sent (reply)          (or stat=Deferred: ..., stat=User unknown)
 *   QID: QID2: DSN: User unknown                                (the bounce to the sender)
 *   QID: QID2: return to sender: Cannot send message for 5 days (gave up: expired)
 *   QID: ruleset=check_rcpt, arg1=<r>, relay=host [ip], reject=550 5.7.1 <r>... Relaying denied
 * Sendmail has no "removed" line: a message is done when every counted recipient has a final status.
 */
import type { LineParser, LogEvent, ParsedLine } from './events.ts';
import { keyAfterTag, line as parsed, replyParts, unbracket } from './events.ts';
import type { SyslogHeader } from './syslog.ts';
import type { RecipientStatus } from './types.ts';

const TAGS = new Set(['sm-mta', 'sendmail', 'sm-msp-queue', 'sm-mta-rx', 'sm-mta-tx']);
const QID = /^([0-9A-Za-z]{8,20}): /u;
const LOCAL_MAILERS = new Set(['local', 'prog', 'lmtp', 'cyrusv2', 'cyrus', 'procmail', 'dovecot']);

/** `00:00:05` or `5+00:00:05` → seconds. */
function duration(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const m = /^(?:(\d+)\+)?(\d{1,2}):(\d{2}):(\d{2})$/u.exec(v);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

/** Splits `k=v, k=v, ...` where the last field (`stat=` or `reject=`) runs to the end of the line. */
function fields(text: string, last: string): Map<string, string> {
  const out = new Map<string, string>();
  const tail = text.indexOf(`${last}=`);
  const head = tail === -1 ? text : text.slice(0, tail);
  for (const part of head.split(', ')) {
    const eq = part.indexOf('=');
    if (eq > 0)
      out.set(
        part.slice(0, eq).trim(),
        part
          .slice(eq + 1)
          .trim()
          .replace(/,$/u, ''),
      );
  }
  if (tail !== -1) out.set(last, text.slice(tail + last.length + 1).trim());
  return out;
}

function statStatus(stat: string, dsn: string | undefined, mailer: string | undefined): RecipientStatus {
  if (/^Sent\b/iu.test(stat)) return mailer && LOCAL_MAILERS.has(mailer) ? 'delivered' : 'sent';
  if (/^Deferred\b/iu.test(stat)) return 'deferred';
  if (/^queued\b/iu.test(stat)) return 'queued';
  if (dsn?.startsWith('4.')) return 'deferred';
  return 'bounced';
}

function toLine(body: string): LogEvent[] {
  const f = fields(body, 'stat');
  const list = f.get('to') ?? '';
  const stat = f.get('stat') ?? '';
  const dsn = f.get('dsn');
  const mailer = f.get('mailer');
  const status = statStatus(stat, dsn, mailer);
  const delay = duration(f.get('delay'));
  const relay = f.get('relay')?.replace(/\s+/gu, '');
  // `Sent (reply)` keeps the reply; `Deferred: reason` keeps the reason; others are the reason.
  const reply = stat.replace(/^Sent \((.*)\)$/su, '$1').replace(/^Deferred: /u, '');
  return list
    .split(',')
    .map((a) => unbracket(a))
    .filter((a) => a.length > 0)
    .map((address) => ({
      type: 'recipient' as const,
      address,
      status,
      reply,
      ...(relay ? { relay } : {}),
      ...(dsn ? { dsn } : {}),
      ...(delay !== undefined ? { delay } : {}),
    }));
}

function messageEvents(body: string): LogEvent[] {
  if (body.startsWith('from=')) {
    const f = fields(body, 'relay');
    const size = Number(f.get('size'));
    const nrcpt = Number(f.get('nrcpts'));
    const msgid = f.get('msgid');
    const relay = f.get('relay');
    return [
      { type: 'arrival', ...(relay ? { client: relay } : {}), ...(msgid ? { messageId: unbracket(msgid) } : {}) },
      {
        type: 'sender',
        from: unbracket(f.get('from') ?? ''),
        ...(Number.isFinite(size) ? { size } : {}),
        ...(Number.isFinite(nrcpt) ? { nrcpt } : {}),
      },
    ];
  }
  if (body.startsWith('to=')) return toLine(body);
  const dsn = /^(\S+): DSN: (.*)$/u.exec(body);
  if (dsn)
    return [{ type: 'notification', kind: /return receipt/iu.test(dsn[2] as string) ? 'success' : 'non-delivery', id: dsn[1] as string }];
  const ret = /^(\S+): return to sender: (.*)$/u.exec(body);
  if (ret) {
    const text = ret[2] as string;
    const events: LogEvent[] = [{ type: 'notification', kind: 'non-delivery', id: ret[1] as string }];
    if (/Cannot send message for/iu.test(text)) events.unshift({ type: 'expired', reply: text });
    return events;
  }
  if (body.startsWith('ruleset=check_rcpt')) {
    const f = fields(body, 'reject');
    const reply = f.get('reject');
    if (!reply) return [];
    const dsnCode = replyParts(reply).status;
    const arg = f.get('arg1');
    const relay = f.get('relay');
    return [
      {
        type: 'rejected',
        reply,
        ...(arg ? { address: unbracket(arg) } : {}),
        ...(relay ? { client: relay } : {}),
        ...(dsnCode ? { dsn: dsnCode } : {}),
      },
    ];
  }
  return [];
}

export function createSendmailParser(header: SyslogHeader): LineParser {
  return {
    format: 'sendmail',
    yearAssumed: () => header.years.firstYear,
    isArrival: (e) => e.type === 'arrival',
    quickKey: keyAfterTag,
    parse(line: string): ParsedLine | undefined {
      const h = header.parse(line);
      if (!h) return undefined;
      if (!TAGS.has(h.tag)) return parsed(h.at, h.iso, undefined);
      const q = QID.exec(h.msg);
      if (!q) return parsed(h.at, h.iso, undefined);
      return parsed(h.at, h.iso, q[1] as string, messageEvents(h.msg.slice(q[0].length)));
    },
  };
}
