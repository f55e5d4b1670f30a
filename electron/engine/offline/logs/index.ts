/**
 * `traceLogs`: reconstructs each message's fate from the outgoing server's logs (Postfix, Exim,
 * Sendmail, Exchange message tracking, Microsoft 365 message trace), filtered by sender,
 * recipient, Message-ID, queue ID and time, reading plain or gzip files as a stream.
 */
import { makeFinding, type Lang } from '../../i18n/index.ts';
import { explainReply as knowledgeBase } from '../../kb/explain.ts';
import type { Finding } from '../../model/finding.ts';
import { isTimeZone } from '../../model/time.ts';
import { formatInZone, localZone, parseUserTime, YearTracker, ZoneClock } from './clock.ts';
import { detectFormat } from './detect.ts';
import type { LineParser } from './events.ts';
import { createEximParser } from './exim.ts';
import { describeCriteria, logEvidence, messageFindings } from './findings.ts';
import { createMicrosoftParser } from './microsoft.ts';
import { createPostfixParser } from './postfix.ts';
import { NeedleScanner, scanAll, WINDOW_CHUNKS, type FileCounts } from './scan.ts';
import { createArena, HeapPool } from './simd.ts';
import { createSendmailParser } from './sendmail.ts';
import { CHUNK_SIZE, ChunkReader, openSource, orderSources } from './source.ts';
import { MessageStore, normalizeFilters, type Explain, type Filters } from './store.ts';
import { SyslogHeader } from './syslog.ts';
import type { LogFormat, LogSource, TraceDeps, TraceFileSummary, TraceOptions, TraceResult } from './types.ts';

export type * from './types.ts';
export { LOG_FORMATS } from './types.ts';

const CHECK = 'log';
const SYSLOG_FORMATS: ReadonlySet<LogFormat> = new Set(['postfix', 'exim', 'sendmail']);

function makeParser(format: LogFormat, clock: ZoneClock, header: SyslogHeader): LineParser {
  switch (format) {
    case 'postfix':
      return createPostfixParser(header);
    case 'exim':
      return createEximParser(clock, header);
    case 'sendmail':
      return createSendmailParser(header);
    case 'exchange':
    case 'm365':
      return createMicrosoftParser(format, clock);
  }
}

/** The most selective string every matching line must contain, for the fast path. */
function needleOf(f: Filters): string | undefined {
  return f.queueId ?? f.messageId ?? f.to ?? f.from;
}

function invalid(lang: Lang, option: string, value: string): TraceResult {
  return {
    messages: [],
    messagesOmitted: 0,
    linesRead: 0,
    linesSkipped: 0,
    bytesRead: 0,
    format: 'unknown',
    files: [],
    findings: [
      makeFinding(lang, { id: 'log.invalid-option', check: CHECK, status: 'error', whoMustAct: 'sender-it', params: { option, value } }),
    ],
  };
}

function sampleLines(buf: Buffer | undefined): string[] {
  if (!buf) return [];
  return buf
    .toString('utf8', 0, Math.min(buf.length, 64 * 1024))
    .split('\n')
    .slice(0, 200)
    .map((l) => l.replace(/\r$/u, ''));
}

/**
 * Reads the logs (oldest rotation first), joins each message's lines by its MTA's id and returns
 * the messages that match every filter given, each recipient's fate with the lines that prove it,
 * and findings in the consultant's words. Messages are listed as they finish (in log order);
 * those still in flight at the end of the logs come last. Never throws on bad input: unreadable
 * files, foreign formats and invalid options are findings; only an abort rejects.
 */
export async function traceLogs(sources: readonly LogSource[], options: TraceOptions = {}, deps: TraceDeps = {}): Promise<TraceResult> {
  const lang = options.lang ?? 'en';
  const zone = options.timeZone ?? localZone();
  if (!isTimeZone(zone)) return invalid(lang, 'timeZone', zone);
  const clock = new ZoneClock(zone);
  const since = options.since !== undefined ? parseUserTime(options.since, clock) : undefined;
  if (options.since !== undefined && since === undefined) return invalid(lang, 'since', options.since);
  const until = options.until !== undefined ? parseUserTime(options.until, clock) : undefined;
  if (options.until !== undefined && until === undefined) return invalid(lang, 'until', options.until);
  const filters = normalizeFilters({
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.messageId !== undefined ? { messageId: options.messageId } : {}),
    ...(options.queueId !== undefined ? { queueId: options.queueId } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  });
  // The reply knowledge base names the reason of a failure and who must act on it.
  const explainReply = deps.explainReply ?? knowledgeBase;
  const explain: Explain = (r) => {
    try {
      return explainReply(r, lang).reason;
    } catch {
      // A failing table leaves the log's own words.
      return undefined;
    }
  };
  const store = new MessageStore(filters, options.maxMessages ?? 1000, explain);
  const needle = needleOf(filters);
  // The fast path keeps its chunks in a SIMD arena: the window, the chunk being read, the one
  // being prefetched and a spare.
  const arena = needle !== undefined && !deps.fullScan ? createArena(WINDOW_CHUNKS + 3, CHUNK_SIZE) : undefined;
  const pool = arena ?? new HeapPool(CHUNK_SIZE);
  const scanner = needle !== undefined && !deps.fullScan ? new NeedleScanner(needle, store, arena) : undefined;
  const sharedYears = options.year !== undefined ? new YearTracker({ year: options.year }) : undefined;
  const findings: Finding[] = [];
  const files: TraceFileSummary[] = [];
  const formats = new Set<LogFormat>();
  let first: number | undefined;
  let last: number | undefined;

  for (const src of orderSources(sources)) {
    const opened = await openSource(src);
    if (!opened.ok) {
      findings.push(
        makeFinding(lang, {
          id: 'log.unreadable',
          check: CHECK,
          status: 'error',
          whoMustAct: 'sender-it',
          params: { file: opened.name, error: opened.error },
        }),
      );
      continue;
    }
    const source = opened.source;
    const counts: FileCounts = { linesRead: 0, linesSkipped: 0, bytesRead: 0 };
    const reader = new ChunkReader(source.fill, pool);
    try {
      const head = await reader.peek();
      const sample = sampleLines(head);
      const format = options.format && options.format !== 'auto' ? options.format : detectFormat(sample).format;
      if (!format) {
        if (head) {
          const preview = sample
            .filter((l) => l.trim() !== '')
            .slice(0, 3)
            .map((text, i) => ({ n: i + 1, text: text.slice(0, 300) }));
          findings.push(
            makeFinding(lang, {
              id: 'log.not-a-log',
              check: CHECK,
              status: 'error',
              whoMustAct: 'sender-it',
              params: { file: source.name },
              evidence: preview.length > 0 ? [{ kind: 'log', file: source.name, lines: preview }] : [],
            }),
          );
        } else {
          findings.push(
            makeFinding(lang, {
              id: 'log.not-a-log',
              check: CHECK,
              status: 'error',
              whoMustAct: 'sender-it',
              params: { file: source.name },
            }),
          );
        }
        files.push({ name: source.name, compressed: source.compressed, linesRead: 0, linesSkipped: 0, bytesRead: head?.length ?? 0 });
        continue;
      }
      formats.add(format);
      const years = sharedYears ?? new YearTracker({ reference: source.mtime ?? deps.now?.() ?? new Date() });
      const header = new SyslogHeader(clock, years);
      const parser = makeParser(format, clock, header);
      const file = { name: source.name, reader, parser };
      if (scanner && SYSLOG_FORMATS.has(format)) await scanner.scan(file, counts, options.signal);
      else await scanAll(file, store, counts, options.signal);
      const yearAssumed = options.year === undefined ? parser.yearAssumed?.() : undefined;
      files.push({
        name: source.name,
        format,
        compressed: source.compressed,
        linesRead: counts.linesRead,
        linesSkipped: counts.linesSkipped,
        bytesRead: counts.bytesRead,
        ...(yearAssumed !== undefined ? { yearAssumed } : {}),
      });
      if (yearAssumed !== undefined) {
        findings.push(
          makeFinding(lang, {
            id: 'log.year-assumed',
            check: CHECK,
            status: 'info',
            whoMustAct: 'nobody',
            params: { file: source.name, year: yearAssumed },
          }),
        );
      }
      if (counts.linesSkipped > 0) {
        findings.push(
          makeFinding(lang, {
            id: 'log.lines-skipped',
            check: CHECK,
            status: 'info',
            whoMustAct: 'nobody',
            params: { file: source.name, skipped: counts.linesSkipped, read: counts.linesRead },
          }),
        );
      }
      // The span of the logs, for the "nothing found" finding.
      if (counts.firstAt !== undefined) first = Math.min(first ?? counts.firstAt, counts.firstAt);
      if (counts.lastAt !== undefined) last = Math.max(last ?? counts.lastAt, counts.lastAt);
    } finally {
      await reader.dispose();
      await source.close();
    }
  }
  scanner?.finish();
  store.close();

  const messages = store.matched;
  const ctx = { lang, zone, filters, explainReply };
  const recognised = files.filter((f) => f.format !== undefined);
  if (messages.length === 0 && recognised.length > 0) {
    const span = first !== undefined ? `${formatInZone(first, zone)} – ${last !== undefined ? formatInZone(last, zone) : '?'}` : '?';
    findings.unshift(
      makeFinding(lang, {
        id: 'log.not-found',
        check: CHECK,
        status: 'warning',
        whoMustAct: 'sender-it',
        params: {
          criteria: describeCriteria(filters, zone),
          files: recognised.length,
          lines: recognised.reduce((n, f) => n + f.linesRead, 0),
          span,
        },
      }),
    );
  }
  findings.unshift(...messageFindings(ctx, messages));
  if (store.omitted > 0) {
    findings.push(
      makeFinding(lang, {
        id: 'log.truncated',
        check: CHECK,
        status: 'info',
        whoMustAct: 'nobody',
        params: { shown: messages.length, omitted: store.omitted },
      }),
    );
  }
  const format = formats.size === 1 ? ([...formats][0] as LogFormat) : formats.size > 1 ? 'mixed' : 'unknown';
  return {
    messages,
    messagesOmitted: store.omitted,
    linesRead: files.reduce((n, f) => n + f.linesRead, 0),
    linesSkipped: files.reduce((n, f) => n + f.linesSkipped, 0),
    bytesRead: files.reduce((n, f) => n + f.bytesRead, 0),
    format,
    files,
    findings,
  };
}

export { logEvidence };
