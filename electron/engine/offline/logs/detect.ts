/**
 * Tells a log's format from its first lines: the syslog tag (postfix/…, sm-mta, exim), Exim's own
 * line shape, Exchange's `#Software`/`#Fields:` header, or the header row of a Microsoft 365 export.
 */
import { Columns, splitCsv } from './csv.ts';
import { isPostfixTag } from './postfix.ts';
import type { LogFormat } from './types.ts';

const SYSLOG_TAG =
  /^(?:<\d{1,3}>1? ?)?(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}\S*) \S+ ([^\s[:]+)/u;
const EXIM =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [+-]\d{4})?(?: \[\d+\])? (?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (?:<=|=>|->|\*\*|==|>>|\*>|Completed|Message is frozen|Frozen)|(?:H=.*)?rejected RCPT|Start queue run|End queue run|exim )/u;
const SENDMAIL_TAGS = new Set(['sm-mta', 'sendmail', 'sm-msp-queue', 'sm-mta-rx', 'sm-mta-tx']);
const M365_COLUMNS = ['senderaddress', 'recipientaddress', 'recipientstatus', 'messagetraceid', 'networkmessageid', 'messageid'];

export interface Detection {
  readonly format?: LogFormat;
  /** Lines of the sample each format recognised, for the "not a log" finding's evidence. */
  readonly scores: Readonly<Record<LogFormat, number>>;
}

export function detectFormat(lines: readonly string[]): Detection {
  const scores: Record<LogFormat, number> = { postfix: 0, exim: 0, sendmail: 0, exchange: 0, m365: 0 };
  let firstData: string | undefined;
  for (const raw of lines) {
    const line = raw.replace(/^\uFEFF/u, '');
    if (line.trim() === '') continue;
    if (line.startsWith('#Software: Microsoft Exchange') || line.startsWith('#Log-type: Message Tracking')) scores.exchange += 10;
    if (line.startsWith('#Fields:') && line.includes('event-id')) scores.exchange += 10;
    if (firstData === undefined && !line.startsWith('#')) firstData = line;
    if (EXIM.test(line)) {
      scores.exim++;
      continue;
    }
    const tag = SYSLOG_TAG.exec(line)?.[1];
    if (tag) {
      if (tag.startsWith('exim')) scores.exim++;
      else if (SENDMAIL_TAGS.has(tag)) scores.sendmail++;
      else if (isPostfixTag(tag)) scores.postfix++;
    }
  }
  if (scores.exchange === 0 && firstData !== undefined) {
    const row = splitCsv(firstData);
    if (row && row.length >= 4) {
      const cols = new Columns(row);
      const hits = M365_COLUMNS.filter((c) => cols.has(c)).length;
      if (hits >= 2) scores.m365 += 10;
    }
  }
  let best: LogFormat | undefined;
  for (const f of Object.keys(scores) as LogFormat[]) {
    if (scores[f] > 0 && (best === undefined || scores[f] > scores[best])) best = f;
  }
  return { ...(best ? { format: best } : {}), scores };
}
