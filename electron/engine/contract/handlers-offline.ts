/** Handlers of the offline analyses: bounces, headers (and logs). No network. */
import { readMbox } from '../offline/bounce/index.ts';
import { analyzeHeaders } from '../offline/headers/index.ts';
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
