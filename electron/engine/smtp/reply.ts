/**
 * SMTP replies (RFC 5321 §4.2): one or more lines `ddd-text`, the last one `ddd text` (or `ddd`
 * alone). Enhanced status codes (RFC 3463, announced by RFC 2034's ENHANCEDSTATUSCODES) lead the
 * text of each line as `class.subject.detail`.
 */

/** A complete reply. */
export interface Reply {
  readonly code: number;
  /** Enhanced status code from the first line, when present, e.g. `5.1.1`. */
  readonly status?: string;
  /** The text of every line without code and status, joined by a space. */
  readonly text: string;
  /** The lines as received. */
  readonly lines: readonly string[];
}

const LINE = /^([2-5][0-9][0-9])([ -]|$)(.*)$/u;
const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})(?=\s|$)/u;

/** How one reply line reads: its code, whether more lines follow, and its text. */
export interface ReplyLine {
  readonly code: number;
  readonly more: boolean;
  readonly text: string;
}

/** Parses one line; undefined when it is not a reply line (a protocol violation). */
export function parseReplyLine(line: string): ReplyLine | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  return { code: Number(m[1]), more: m[2] === '-', text: m[3] ?? '' };
}

/** The enhanced status code at the start of a text, and the text after it. */
export function splitStatus(text: string): { status?: string; rest: string } {
  const m = STATUS.exec(text);
  if (!m) return { rest: text };
  return { status: `${m[1]}.${m[2]}.${m[3]}`, rest: text.slice(m[0].length).trimStart() };
}

/** Builds a reply from its raw lines (the last line's code wins, per RFC 5321 §4.2.1). */
export function makeReply(lines: readonly string[]): Reply {
  let code = 0;
  let status: string | undefined;
  const texts: string[] = [];
  for (const raw of lines) {
    const parsed = parseReplyLine(raw);
    if (!parsed) continue;
    code = parsed.code;
    const split = splitStatus(parsed.text);
    if (status === undefined && split.status !== undefined) status = split.status;
    if (split.rest.length > 0) texts.push(split.rest);
  }
  return { code, ...(status !== undefined ? { status } : {}), text: texts.join(' '), lines: [...lines] };
}

/** The reply as one line for evidence and step details: `550 5.1.1 text`. */
export function replySummary(reply: Reply): string {
  return [String(reply.code), reply.status, reply.text].filter((x) => x !== undefined && x !== '').join(' ');
}

/** Parses a reply from nodemailer's `response` string (lines joined by newlines). */
export function replyFromText(response: string): Reply | undefined {
  const lines = response.split(/\r?\n/u).filter((l) => l.length > 0);
  if (lines.length === 0 || lines.some((l) => !parseReplyLine(l))) return undefined;
  return makeReply(lines);
}

export function isPositive(reply: Reply): boolean {
  return reply.code >= 200 && reply.code < 400;
}

export function isTemporary(reply: Reply): boolean {
  return reply.code >= 400 && reply.code < 500;
}
