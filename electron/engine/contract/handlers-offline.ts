/** Handlers of the offline analyses: bounces, headers (and logs). No network. */
import { readMbox } from '../offline/bounce/index.ts';
import { analyzeHeaders } from '../offline/headers/index.ts';
import { traceLogs } from '../offline/logs/index.ts';
import { explainReply } from '../kb/index.ts';
import { isTimeZone } from '../model/time.ts';
import { OpError } from './result.ts';
import type { OpContext } from './context.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';

/** The user's content as the parsers want it: raw bytes when given, so charsets survive. */
export function contentOf(content: { text?: string | undefined; base64?: string | undefined }): string | Uint8Array {
  return content.base64 !== undefined ? new Uint8Array(Buffer.from(content.base64, 'base64')) : (content.text ?? '');
}

export async function bounceRead(input: OpParsedInput<'bounceRead'>, ctx: OpContext): Promise<OpOutput<'bounceRead'>> {
  ctx.progress({ step: 'bounce', state: 'started', ...(input.content.name ? { message: input.content.name } : {}) });
  return { results: await readMbox(contentOf(input.content), ctx.lang) };
}

export function headersAnalyze(input: OpParsedInput<'headersAnalyze'>, ctx: OpContext): Promise<OpOutput<'headersAnalyze'>> {
  return Promise.resolve(analyzeHeaders(contentOf(input.content), ctx.lang));
}

export async function logTrace(input: OpParsedInput<'logTrace'>, ctx: OpContext): Promise<OpOutput<'logTrace'>> {
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) throw new OpError('invalid-input', `Unknown time zone "${input.timeZone}".`, 'timeZone');
  for (const [field, value] of [['since', input.since], ['until', input.until]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value.replace(/(T\d{2}:\d{2}(:\d{2})?)$/, '$1Z')))) {
      throw new OpError('invalid-input', `${field} is not an ISO 8601 time: "${value}"`, field);
    }
  }
  const sources = [
    ...input.paths,
    ...input.contents.map((c, i) => {
      const v = contentOf(c);
      return typeof v === 'string' ? { name: c.name ?? `log ${i + 1}`, text: v } : { name: c.name ?? `log ${i + 1}`, bytes: v };
    }),
  ];
  ctx.progress({ step: 'logs', state: 'started' });
  const result = await traceLogs(
    sources,
    {
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      ...(input.since ? { since: input.since } : {}),
      ...(input.until ? { until: input.until } : {}),
      ...(input.messageId ? { messageId: input.messageId } : {}),
      ...(input.queueId ? { queueId: input.queueId } : {}),
      format: input.format,
      timeZone: input.timeZone ?? ctx.services.env.timeZone,
      ...(input.year ? { year: input.year } : {}),
      maxMessages: input.maxMessages,
      lang: ctx.lang,
      signal: ctx.signal,
    },
    { explainReply, now: ctx.services.now },
  );
  ctx.progress({ step: 'logs', state: 'done' });
  return result;
}
