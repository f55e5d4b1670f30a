/**
 * Exim mainlog lines (Exim specification, chapter "Log files", sections "Log line flags" and
 * "Logging message reception / deliveries"):
 *   2025-12-31 10:00:01[.123][ +0100][ [pid]] 1rO5xY-0001Ab-Cd <= sender H=host (helo) [ip] U=u P=esmtpsa A=auth S=2345 id=msgid
 *   ... 1rO5xY-0001Ab-Cd => rcpt [<orig>] R=router T=transport H=mx [ip] X=... C="250 2.0.0 OK"
 *   ... -> additional address, >> cutthrough, *> suppressed (-N), ** failed, == deferred
 *   ... 1rO5xY-0001Ab-Cd Completed          ... Message is frozen / Frozen (delivery error message)
 *   ... H=host [ip] F=<sender> rejected RCPT <rcpt>: text          (refused before an id existed)
 * Message IDs are `XXXXXX-XXXXXX-XX` (before 4.97) or `XXXXXX-XXXXXXXXXXX-XXXX` (4.97+).
 * When Exim logs to syslog the line carries the syslog header and no Exim timestamp.
 */
import { fractionMs, stampFromParts, type ZoneClock } from './clock.ts';
import type { LineParser, LogEvent, ParsedLine } from './events.ts';
import { line as parsed, replyParts, unbracket } from './events.ts';
import type { SyslogHeader } from './syslog.ts';

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{3,6}))?(?: ([+-]\d{4}))?(?: \[\d+\])? /u;
const ID = /^([0-9A-Za-z]{6}-(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{2}|[0-9A-Za-z]{11}-[0-9A-Za-z]{4})) /u;
/** Field tags Exim puts on delivery and arrival lines, so values with spaces end at the next tag. */
const TAGS = /\s(?:[A-Z]{1,3}|id|QT|DT|RT|CV|DN|DKIM|SNI|PRDR|K|M8S)=/u;

function field(text: string, name: string): string | undefined {
  const at = text.indexOf(` ${name}=`);
  if (at === -1) return undefined;
  const start = at + name.length + 2;
  if (text[start] === '"') {
    let i = start + 1;
    while (i < text.length && !(text[i] === '"' && text[i - 1] !== '\\')) i++;
    return text.slice(start + 1, i).replace(/\\"/gu, '"');
  }
  const rest = text.slice(start);
  const next = TAGS.exec(rest);
  return (next ? rest.slice(0, next.index) : rest).trim();
}

function recipientOf(rest: string): { address: string; orig?: string; after: string } {
  const sp = rest.indexOf(' ');
  const first = sp === -1 ? rest : rest.slice(0, sp);
  let after = sp === -1 ? '' : rest.slice(sp);
  let orig: string | undefined;
  const o = /^ <([^>]*)>/u.exec(after);
  if (o) {
    orig = o[1];
    after = after.slice(o[0].length);
  }
  // Pipe and file deliveries log the path first and the address in angle brackets.
  if ((first.startsWith('|') || first.startsWith('/')) && orig) return { address: orig, after };
  const address = unbracket(first.replace(/:$/u, ''));
  // A local delivery logs the local part first and the full original address in brackets.
  if (orig && !address.includes('@') && orig.includes('@')) return { address: orig, after };
  return { address, ...(orig && orig !== address ? { orig } : {}), after };
}

function deliveryEvent(flag: string, rest: string): LogEvent | undefined {
  const { address, orig, after } = recipientOf(rest);
  // On `**`/`==` lines the reason follows the host after ": ".
  const host = field(after, 'H')?.split(': ')[0];
  const relay = host?.replace(/\s+/gu, '');
  const base = { type: 'recipient' as const, address, ...(orig ? { orig } : {}), ...(relay ? { relay } : {}) };
  if (flag === '=>' || flag === '->' || flag === '>>' || flag === '*>') {
    const conf = field(after, 'C');
    const transport = field(after, 'T') ?? '';
    const local = !host && !/smtp/iu.test(transport);
    const dsn = replyParts(conf).status;
    return { ...base, status: local ? 'delivered' : 'sent', ...(conf ? { reply: conf } : {}), ...(dsn ? { dsn } : {}) };
  }
  // `** addr [R= T= H=]: reason` and `== addr R= T= defer (errno): reason`
  const colon = after.search(/: /u);
  const reason = colon === -1 ? after.trim() : after.slice(colon + 2).trim();
  const parts = replyParts(reason);
  return {
    ...base,
    status: flag === '**' ? 'bounced' : 'deferred',
    reply: reason,
    ...(parts.status ? { dsn: parts.status } : {}),
  };
}

function arrivalEvent(rest: string): LogEvent {
  const sp = rest.indexOf(' ');
  const sender = sp === -1 ? rest : rest.slice(0, sp);
  const after = sp === -1 ? '' : rest.slice(sp);
  const size = field(after, 'S');
  const host = field(after, 'H');
  const user = field(after, 'U');
  const auth = field(after, 'A');
  const id = field(after, 'id');
  const subject = field(after, 'T');
  const saslUser = auth?.includes(':') ? auth.slice(auth.indexOf(':') + 1) : undefined;
  return {
    type: 'arrival',
    from: sender === '<>' ? '' : unbracket(sender),
    ...(size !== undefined && /^\d+$/u.test(size) ? { size: Number(size) } : {}),
    ...(host ? { client: host } : user ? { client: `local user ${user}` } : {}),
    ...(saslUser ? { saslUser } : {}),
    ...(id ? { messageId: unbracket(id) } : {}),
    ...(subject ? { subject } : {}),
  };
}

function messageLine(rest: string): LogEvent | undefined {
  const flag = rest.slice(0, 2);
  if (rest[2] === ' ') {
    if (flag === '<=') return arrivalEvent(rest.slice(3));
    if (flag === '=>' || flag === '->' || flag === '>>' || flag === '*>' || flag === '**' || flag === '==') {
      return deliveryEvent(flag, rest.slice(3));
    }
    if (flag === '(=') return undefined;
  }
  if (rest.startsWith('Completed')) return { type: 'completed' };
  if (/^(?:Message is frozen|Frozen|frozen by)/u.test(rest)) return { type: 'frozen' };
  if (/^(?:removed by|Message removed|deleted by)/u.test(rest)) return { type: 'removed', admin: true };
  return undefined;
}

/** `H=host [ip] F=<s> rejected RCPT <r>: text` */
function rejectLine(rest: string): LogEvent | undefined {
  const m = /^(?:H=(.*?) )?(?:U=\S+ )?(?:F=<([^>]*)> )?rejected RCPT <([^>]*)>: (.*)$/u.exec(rest);
  if (!m) return undefined;
  const reply = m[4] as string;
  const dsn = replyParts(reply).status;
  return {
    type: 'rejected',
    reply,
    address: m[3] as string,
    ...(m[2] !== undefined ? { from: m[2] } : {}),
    ...(m[1] ? { client: m[1] } : {}),
    ...(dsn ? { dsn } : {}),
  };
}

function parseBody(at: number, iso: string, body: string): ParsedLine {
  const id = ID.exec(body);
  if (!id) return parsed(at, iso, undefined, rejectLine(body));
  return parsed(at, iso, id[1] as string, messageLine(body.slice(id[0].length)));
}

export function createEximParser(clock: ZoneClock, header: SyslogHeader): LineParser {
  return {
    format: 'exim',
    yearAssumed: () => header.years.firstYear,
    isArrival: (e) => e.type === 'arrival',
    quickKey: (prefix) => /(?:^|\s)([0-9A-Za-z]{6}-(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{2}|[0-9A-Za-z]{11}-[0-9A-Za-z]{4})) /u.exec(prefix)?.[1],
    parse(line: string): ParsedLine | undefined {
      const m = STAMP.exec(line);
      if (m) {
        const t = stampFromParts(
          clock,
          Number(m[1]),
          Number(m[2]),
          Number(m[3]),
          Number(m[4]),
          Number(m[5]),
          Number(m[6]),
          fractionMs(m[7]),
          m[8],
        );
        if (!t) return undefined;
        return parseBody(t.at, t.iso, line.slice(m[0].length));
      }
      const h = header.parse(line);
      if (!h || !h.tag.startsWith('exim')) return undefined;
      return parseBody(h.at, h.iso, h.msg);
    },
  };
}
